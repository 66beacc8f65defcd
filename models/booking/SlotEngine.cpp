#include "booking/SlotEngine.h"

#include "booking/SlotOccupancy.h"
#include "core/Clock.h"
#include "domain/PublicHolidays.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <algorithm>

namespace guichet {

namespace {

constexpr int kDaysPerRound = 7; // days whose occupancy is read at once

} // namespace

SlotEngine::SlotEngine(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QList<SlotEngine::SiteRules> SlotEngine::rulesFor(const QString &serviceId, const QStringList &siteIds) const
{
    SiteRepository sites(m_store);
    QList<SiteRules> rules;
    QHash<QString, int> index;
    const QList<Site> all = sites.all();
    for (const QString &id : siteIds)
        if (std::none_of(all.cbegin(), all.cend(), [&](const Site &s) { return s.id == id; }))
            throw StoreError(StoreError::Kind::InvalidInput,
                             tr("This site is not known at this counter (%1).").arg(id));
    for (const Site &site : all) {
        if (!siteIds.isEmpty() && !siteIds.contains(site.id))
            continue;
        SiteRules r;
        r.site = site;
        const QTimeZone zone(site.timeZone.toUtf8());
        r.zone = zone.isValid() ? zone : defaultTimeZone();
        index.insert(site.id, static_cast<int>(rules.size()));
        rules << r;
    }
    for (const Schedule &schedule : ServiceRepository(m_store).schedulesOfService(serviceId)) {
        const int at = index.value(schedule.siteId, -1);
        if (at >= 0)
            rules[at].schedules << schedule;
    }
    // Only the sites that offer the service; their closures.
    rules.erase(
        std::remove_if(rules.begin(), rules.end(), [](const SiteRules &r) { return r.schedules.isEmpty(); }),
        rules.end());
    for (SiteRules &r : rules)
        r.closures = sites.closures(r.site.id);
    return rules;
}

bool SlotEngine::isClosed(const SiteRules &rules, const QDate &day)
{
    if (PublicHolidays::isHoliday(day, rules.site.alsaceMoselle))
        return true;
    return std::any_of(rules.closures.cbegin(), rules.closures.cend(),
                       [&](const SiteClosure &closure) { return closure.covers(day); });
}

QList<SlotEngine::Candidate> SlotEngine::candidatesOn(const SiteRules &rules, int index, const QDate &day,
                                                      const Service &service)
{
    QList<Candidate> candidates;
    if (isClosed(rules, day))
        return candidates;
    const OpeningHours &hours = rules.site.openingHours;
    // One offset for the whole day unless the clocks change that day (QDateTime in a QTimeZone is
    // costly: thousands of slots are placed per search).
    const int morning = rules.zone.offsetFromUtc(QDateTime(day, QTime(0, 0), Qt::UTC));
    const int evening = rules.zone.offsetFromUtc(QDateTime(day, QTime(23, 59), Qt::UTC));
    const bool steadyDay = morning == evening;
    for (const Schedule &schedule : rules.schedules) {
        if (!schedule.appliesOn(day))
            continue;
        for (int i = 0; i < schedule.slotCount(); ++i) {
            const QTime start = schedule.slotStart(i);
            const QTime end = start.addSecs(qint64(service.durationMinutes) * 60);
            if (end <= start || end > schedule.end)
                continue; // the visit would not end before the schedule does (or after midnight)
            if (!hours.isEmpty() && !hours.covers(day.dayOfWeek(), start, end))
                continue;
            if (steadyDay) {
                candidates << Candidate{index, QDateTime(day, start, Qt::UTC).addSecs(-morning),
                                        schedule.capacity};
                continue;
            }
            const QDateTime local(day, start, rules.zone);
            if (!local.isValid() || local.time() != start)
                continue; // a local time that does not exist that day (the clocks went forward)
            candidates << Candidate{index, local.toUTC(), schedule.capacity};
        }
    }
    return candidates;
}

QDateTime SlotEngine::earliestStart(const Service &service) const
{
    return m_clock.nowUtc().addSecs(qint64(std::max(0, service.minNoticeHours)) * 3600);
}

QList<FreeSlot> SlotEngine::freeSlots(const SlotQuery &query) const
{
    const Service service = ServiceRepository(m_store).byId(query.serviceId);
    if (!service.isValid())
        throw StoreError(
            StoreError::Kind::InvalidInput,
            tr("This appointment reason is not known at this counter (%1).").arg(query.serviceId));
    const QList<SiteRules> rules = rulesFor(query.serviceId, query.siteIds);
    QList<FreeSlot> found;
    if (rules.isEmpty() || query.limit <= 0 || query.days <= 0)
        return found;
    const QDateTime notBefore = earliestStart(service);
    // Days are each site's own; the zones of one city are the same or nearly: a round covers the
    // same calendar days everywhere, read with one occupancy query.
    QDate first = query.from.isValid() ? query.from : m_clock.todayIn(rules.first().zone);
    first = std::max(first, notBefore.toTimeZone(rules.first().zone).date().addDays(-1));
    const QDate last = (query.from.isValid() ? query.from : first).addDays(query.days - 1);
    QStringList siteIds;
    for (const SiteRules &r : rules)
        siteIds << r.site.id;
    QHash<int, int> perSite;
    for (QDate day = first; day <= last && found.size() < query.limit; day = day.addDays(kDaysPerRound)) {
        const QDate roundEnd = std::min(last, day.addDays(kDaysPerRound - 1));
        QList<Candidate> candidates;
        for (QDate d = day; d <= roundEnd; d = d.addDays(1))
            for (int s = 0; s < rules.size(); ++s)
                candidates << candidatesOn(rules.at(s), s, d, service);
        if (candidates.isEmpty())
            continue;
        std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
            if (a.startsAt != b.startsAt)
                return a.startsAt < b.startsAt;
            return rules.at(a.site).site.code < rules.at(b.site).site.code;
        });
        const SlotOccupancy occupancy(m_store, query.serviceId, siteIds, candidates.first().startsAt,
                                      candidates.last().startsAt.addSecs(1));
        for (const Candidate &candidate : std::as_const(candidates)) {
            if (candidate.startsAt < notBefore)
                continue;
            if (query.perSite > 0 && perSite.value(candidate.site) >= query.perSite)
                continue;
            const QString siteId = rules.at(candidate.site).site.id;
            const int used = occupancy.used(siteId, candidate.startsAt);
            if (used >= candidate.capacity)
                continue;
            found << FreeSlot{siteId,
                              query.serviceId,
                              candidate.startsAt,
                              candidate.startsAt.addSecs(qint64(service.durationMinutes) * 60),
                              candidate.capacity,
                              used};
            ++perSite[candidate.site];
            if (found.size() >= query.limit)
                break;
        }
    }
    return found;
}

std::optional<FreeSlot> SlotEngine::slotAt(const QString &siteId, const QString &serviceId,
                                           const QDateTime &startUtc, QString *why) const
{
    auto refuse = [why](const QString &reason) {
        if (why != nullptr)
            *why = reason;
        return std::nullopt;
    };
    const Service service = ServiceRepository(m_store).byId(serviceId);
    if (!service.isValid())
        return refuse(tr("This appointment reason is not known at this counter (%1).").arg(serviceId));
    if (!startUtc.isValid())
        return refuse(tr("The start time is not a valid date and time."));
    const QList<SiteRules> rules = rulesFor(serviceId, {siteId});
    if (rules.isEmpty())
        return refuse(tr("This site does not offer this appointment reason."));
    if (startUtc < m_clock.nowUtc())
        return refuse(tr("This time has already passed."));
    if (startUtc < earliestStart(service))
        return refuse(
            tr("This reason must be booked at least %n hour(s) ahead.", nullptr, service.minNoticeHours));
    const SiteRules &r = rules.first();
    const QDate day = startUtc.toTimeZone(r.zone).date();
    if (isClosed(r, day))
        return refuse(tr("The site is closed that day (public holiday or closure)."));
    for (const Candidate &candidate : candidatesOn(r, 0, day, service)) {
        if (candidate.startsAt != startUtc)
            continue;
        const SlotOccupancy occupancy(m_store, serviceId, {siteId}, startUtc, startUtc.addSecs(1));
        return FreeSlot{siteId,
                        serviceId,
                        startUtc,
                        startUtc.addSecs(qint64(service.durationMinutes) * 60),
                        candidate.capacity,
                        occupancy.used(siteId, startUtc)};
    }
    return refuse(tr("No schedule of the site offers this reason at this time."));
}

} // namespace guichet
