#include "interpreting/AgentNetwork.h"

#include "core/Clock.h"
#include "repo/AgentRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QCollator>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace guichet {

namespace {

bool isOpenNow(const SiteRepository &sites, const Site &site, const QDateTime &nowUtc)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    const QDateTime local = nowUtc.toTimeZone(zone.isValid() ? zone : QTimeZone("Europe/Paris"));
    if (sites.isClosedOn(site, local.date()))
        return false;
    const QTime now = local.time();
    for (const OpeningHours::Range &range : site.openingHours.ranges(local.date().dayOfWeek()))
        if (range.start <= now && now < range.end)
            return true;
    return false;
}

} // namespace

QList<AgentNetwork::Member> AgentNetwork::speakers(const QString &language, const QString &siteId,
                                                   const QString &excludeAgentId) const
{
    const QString code = language.trimmed().toLower();
    if (code.isEmpty() || code == QLatin1String("fr"))
        return {};
    // agents.languages is a JSON list of codes: a LIKE on the quoted code narrows the rows, the
    // parsed list decides.
    QSqlQuery q = sql::exec(m_store.connection(),
                            QStringLiteral("SELECT %1 FROM agents WHERE deleted = 0 AND languages LIKE ?")
                                .arg(AgentRepository::selectColumns()),
                            {QStringLiteral("%\"%1\"%").arg(code)});
    const SiteRepository siteRepository(m_store);
    QHash<QString, Site> sites;
    QHash<QString, int> siteOrder;
    QHash<QString, bool> siteOpen;
    const QList<Site> allSites = siteRepository.all();
    const QDateTime now = m_store.clock().nowUtc();
    for (int i = 0; i < allSites.size(); ++i) {
        sites.insert(allSites[i].id, allSites[i]);
        siteOrder.insert(allSites[i].id, i);
        siteOpen.insert(allSites[i].id, isOpenNow(siteRepository, allSites[i], now));
    }

    QList<Member> members;
    while (q.next()) {
        const Agent agent = AgentRepository::fromQuery(q);
        if (agent.id == excludeAgentId || !agent.languages.contains(code))
            continue;
        Member member;
        member.agent = agent;
        member.siteName = sites.value(agent.homeSiteId).name;
        member.atThisSite = !siteId.isEmpty() && agent.homeSiteId == siteId;
        member.onDuty = siteOpen.value(agent.homeSiteId, false);
        members << member;
    }
    QCollator collator;
    auto rank = [&](const Member &m) {
        if (m.atThisSite)
            return 0;
        return m.agent.homeSiteId.isEmpty() ? 2 : 1;
    };
    std::sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.onDuty != b.onDuty)
            return a.onDuty;
        const int siteA = siteOrder.value(a.agent.homeSiteId, 1000);
        const int siteB = siteOrder.value(b.agent.homeSiteId, 1000);
        if (siteA != siteB)
            return siteA < siteB;
        return collator.compare(a.agent.displayName, b.agent.displayName) < 0;
    });
    return members;
}

} // namespace guichet
