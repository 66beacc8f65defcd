#include "interpreting/CallFigures.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace guichet {

namespace {

const std::array<std::pair<CallFigures::Grouping, const char *>, 5> kGroupings = {{
    {CallFigures::Grouping::Language, "language"},
    {CallFigures::Grouping::Mode, "mode"},
    {CallFigures::Grouping::Site, "site"},
    {CallFigures::Grouping::Provider, "provider"},
    {CallFigures::Grouping::Outcome, "outcome"},
}};

struct Call
{
    QString key;
    QString name;
    int seconds = 0;
    bool reached = false;
};

// Adds the calls of one group (or of all) and works out its median.
class Tally
{
public:
    void add(const Call &call)
    {
        ++m_group.calls;
        m_group.totalSeconds += call.seconds;
        if (call.reached) {
            ++m_group.reached;
            m_reachedSeconds.push_back(call.seconds);
        }
    }

    CallFigures::Group finish(QString key, QString name)
    {
        m_group.key = std::move(key);
        m_group.name = std::move(name);
        if (!m_reachedSeconds.empty()) {
            std::sort(m_reachedSeconds.begin(), m_reachedSeconds.end());
            const std::size_t n = m_reachedSeconds.size();
            m_group.medianSeconds =
                n % 2 == 1 ? double(m_reachedSeconds[n / 2])
                           : (double(m_reachedSeconds[n / 2 - 1]) + double(m_reachedSeconds[n / 2])) / 2.0;
        }
        return m_group;
    }

private:
    CallFigures::Group m_group;
    std::vector<int> m_reachedSeconds;
};

// Each site's time zone (Europe/Paris for a call without a site, or a site that has none).
class SiteZones
{
public:
    explicit SiteZones(const QSqlDatabase &db)
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, time_zone FROM sites"));
        while (q.next()) {
            const QTimeZone zone(q.value(1).toString().toUtf8());
            if (zone.isValid())
                m_zones.insert(q.value(0).toString(), zone);
        }
    }

    QDate localDate(const QString &siteId, const QDateTime &utc) const
    {
        const auto it = m_zones.constFind(siteId);
        return utc.toTimeZone(it == m_zones.constEnd() ? defaultTimeZone() : *it).date();
    }

private:
    QHash<QString, QTimeZone> m_zones;
};

} // namespace

QString CallFigures::groupingName(Grouping grouping)
{
    for (const auto &[value, text] : kGroupings)
        if (value == grouping)
            return QLatin1String(text);
    return QStringLiteral("language");
}

CallFigures::Grouping CallFigures::groupingFromName(const QString &name, bool *ok)
{
    for (const auto &[value, text] : kGroupings) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Grouping::Language;
}

QList<CallFigures::Grouping> CallFigures::groupings()
{
    QList<Grouping> result;
    for (const auto &[value, text] : kGroupings)
        result << value;
    return result;
}

CallFigures::Result CallFigures::compute(const Query &query) const
{
    const QSqlDatabase db = m_store.connection();
    const SiteZones zones(db);

    // The candidates by UTC time (call_logs_started), a day wider on each side than the range: no
    // time zone is a day away from UTC. Each call is then placed on its site's local day.
    QString statement = QStringLiteral(
        "SELECT c.site_id, c.provider_id, c.mode, c.language, c.started_at, c.duration_s, c.outcome, "
        "coalesce(s.name, ''), coalesce(p.name, '') FROM call_logs c "
        "LEFT JOIN sites s ON s.id = c.site_id LEFT JOIN interpreter_providers p ON p.id = c.provider_id "
        "WHERE c.deleted = 0");
    QVariantList values;
    if (query.from.isValid()) {
        statement += QStringLiteral(" AND c.started_at >= ?");
        values << timefmt::toStore(QDateTime(query.from.addDays(-1), QTime(0, 0), QTimeZone::utc()));
    }
    if (query.to.isValid()) {
        statement += QStringLiteral(" AND c.started_at < ?");
        values << timefmt::toStore(QDateTime(query.to.addDays(2), QTime(0, 0), QTimeZone::utc()));
    }
    if (!query.siteId.isEmpty()) {
        statement += QStringLiteral(" AND c.site_id = ?");
        values << query.siteId;
    }
    QSqlQuery q = sql::exec(db, statement, values);

    Result result;
    result.query = query;
    Tally total;
    QHash<QString, Tally> tallies;
    QHash<QString, QString> names;
    QStringList order;
    while (q.next()) {
        const QString siteId = q.value(0).toString();
        const QDateTime started = timefmt::fromStore(q.value(4).toString());
        if (!started.isValid())
            continue;
        const QDate day = zones.localDate(siteId, started);
        if ((query.from.isValid() && day < query.from) || (query.to.isValid() && day > query.to))
            continue;
        Call call;
        call.seconds = std::max(0, q.value(5).toInt());
        call.reached = q.value(6).toString() == QLatin1String("done");
        switch (query.grouping) {
        case Grouping::Language:
            call.key = q.value(3).toString();
            break;
        case Grouping::Mode:
            call.key = q.value(2).toString();
            break;
        case Grouping::Site:
            call.key = siteId;
            call.name = q.value(7).toString();
            break;
        case Grouping::Provider:
            call.key = q.value(1).toString();
            call.name = q.value(8).toString();
            break;
        case Grouping::Outcome:
            call.key = q.value(6).toString();
            break;
        }
        total.add(call);
        auto it = tallies.find(call.key);
        if (it == tallies.end()) {
            it = tallies.insert(call.key, Tally());
            names.insert(call.key, call.name);
            order << call.key;
        }
        it->add(call);
    }
    for (const QString &key : std::as_const(order))
        result.groups << tallies[key].finish(key, names.value(key));
    std::sort(result.groups.begin(), result.groups.end(), [](const Group &a, const Group &b) {
        if (a.calls != b.calls)
            return a.calls > b.calls;
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty(); // "none" last
        return a.key < b.key;
    });
    result.total = total.finish({}, {});
    return result;
}

} // namespace guichet
