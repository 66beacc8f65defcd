// The demo city's requests: ~2,000 over the past eight months (1,000,000 over two years when
// large), across every channel, with a history consistent with their status. Everything follows
// from the seed and the clock's today. The large size is written with one prepared statement per
// table, the secondary indexes rebuilt once at the end, so that it takes about a minute.
#include "demo/DemoCity.h"
#include "demo/DemoRequestCatalog.h"
#include "demo/DemoRequestWriter.h"
#include "domain/PublicHolidays.h"
#include "domain/RequestDueDate.h"
#include "domain/RequestReference.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace guichet {

namespace {

using Channel = Request::Channel;
using Kind = RequestEvent::Kind;

struct SiteInfo
{
    QString id;
    QString code;
    QString place; // "69003 Lyon"
};

using Planned = DemoRequestWriter::Step;

QList<SiteInfo> loadSites(const DemoContext &context)
{
    QHash<QString, QString> codeById;
    for (auto it = context.siteIdByCode.cbegin(); it != context.siteIdByCode.cend(); ++it)
        codeById.insert(it.value(), it.key());
    QSqlQuery q = sql::exec(context.db,
                            QStringLiteral("SELECT id, code, postal_code, city FROM sites WHERE deleted = 0 "
                                           "ORDER BY code"));
    QHash<QString, SiteInfo> known;
    QList<SiteInfo> ordered;
    while (q.next()) {
        SiteInfo site{q.value(0).toString(), q.value(1).toString(),
                      (q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString()).trimmed()};
        known.insert(site.id, site);
        ordered << site;
    }
    if (context.siteIds.isEmpty())
        return ordered;
    QList<SiteInfo> result;
    for (const QString &id : context.siteIds)
        result << known.value(id, SiteInfo{id, codeById.value(id, QStringLiteral("GU")), QString()});
    return result;
}

QStringList loadAgents(const DemoContext &context)
{
    if (!context.agentIds.isEmpty())
        return context.agentIds;
    QStringList result;
    QSqlQuery q =
        sql::exec(context.db, QStringLiteral("SELECT id FROM agents WHERE deleted = 0 ORDER BY id"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

int pick(QRandomGenerator &rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(total));
    int index = 0;
    for (int w : weights) {
        if (r < w)
            return index;
        r -= w;
        ++index;
    }
    return index - 1;
}

qint64 localEpoch(const QDate &day, int secondsOfDay)
{
    return (day.toJulianDay() - 2440588) * 86400 + secondsOfDay;
}

QDate dayOf(qint64 local)
{
    return QDate::fromJulianDay(local / 86400 + 2440588);
}

// Moves a moment into office hours (Monday–Friday, 08:30–17:30, not a public holiday).
qint64 officeHours(QRandomGenerator &rng, qint64 local)
{
    QDate day = dayOf(local);
    const int sod = int(local % 86400);
    if (RequestDueDate::isWorkingDay(day) && sod >= 8 * 3600 + 1800 && sod < 17 * 3600 + 1800)
        return local;
    if (sod >= 8 * 3600 + 1800)
        day = day.addDays(1);
    while (!RequestDueDate::isWorkingDay(day))
        day = day.addDays(1);
    return localEpoch(day, 8 * 3600 + 1800 + int(rng.bounded(4 * 3600)));
}

qint64 addWorkingDays(QRandomGenerator &rng, qint64 local, int days)
{
    QDate day = dayOf(local);
    for (int n = 0; n < days;) {
        day = day.addDays(1);
        if (RequestDueDate::isWorkingDay(day))
            ++n;
    }
    return officeHours(rng, localEpoch(day, int(local % 86400)));
}

// The whole life a request would have, cut later at "now".
std::vector<Planned> planHistory(QRandomGenerator &rng, qint64 created, Channel channel, const QDate &due)
{
    std::vector<Planned> plan;
    plan.push_back({created, Kind::Created, 0, channel != Channel::Web});
    qint64 ack = created;
    switch (channel) {
    case Channel::Counter:
        ack += 60 + rng.bounded(240);
        break;
    case Channel::Phone:
        ack += 120 + rng.bounded(3600);
        break;
    case Channel::Mail:
        ack = addWorkingDays(rng, created, 1 + int(rng.bounded(3)));
        break;
    case Channel::Email:
    case Channel::Web:
        ack += 30 + rng.bounded(270);
        break;
    case Channel::Social:
        ack += 3600 + rng.bounded(8 * 3600);
        break;
    }
    const bool automatic = channel == Channel::Email || channel == Channel::Web;
    plan.push_back({ack, Kind::Acknowledged, int(channel), !automatic});
    const qint64 assigned = officeHours(rng, ack + 2 * 3600 + rng.bounded(46 * 3600));
    plan.push_back({assigned, Kind::Assigned, 0, true});

    const int r = int(rng.bounded(100));
    const int delay = r < 70   ? 1 + int(rng.bounded(12))
                      : r < 92 ? 8 + int(rng.bounded(13))
                               : 15 + int(rng.bounded(46));
    const qint64 answered = addWorkingDays(rng, assigned, delay);
    const int noteRoll = int(rng.bounded(11));
    const int noteCount = noteRoll < 5 ? 0 : noteRoll < 9 ? 1 : 2;
    for (int n = 0; n < noteCount; ++n)
        plan.push_back({officeHours(rng, assigned + 1 + qint64(rng.bounded(quint32(answered - assigned)))),
                        Kind::Note, int(rng.bounded(7)), true});
    const qint64 reminder = localEpoch(due.addDays(1), 8 * 3600);
    if (answered > reminder)
        plan.push_back({officeHours(rng, reminder), Kind::ReminderSent, 0, false});
    plan.push_back(
        {answered, Kind::Answered, channel == Channel::Web ? int(Channel::Email) : int(channel), true});
    if (rng.bounded(100) < 82)
        plan.push_back({addWorkingDays(rng, answered, 1 + int(rng.bounded(6))), Kind::Closed,
                        int(rng.bounded(4)), true});
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.local < b.local; });
    return plan;
}

} // namespace

void generateRequests(DemoContext &context)
{
    const DemoRequestCatalog &catalog = DemoRequestCatalog::instance();
    const bool large = context.large();
    const qint64 total = large ? 1000000 : 2000;
    const int spanDays = large ? 730 : 240;

    const QList<SiteInfo> sites = loadSites(context);
    const QStringList agents = loadAgents(context);
    QRandomGenerator rng = context.rngFor(QStringLiteral("requests"));

    DemoRequestWriter writer(context, large);
    const QTimeZone zone = defaultTimeZone();
    const QDateTime nowUtc = context.clock.nowUtc();
    const qint64 nowLocal = nowUtc.toSecsSinceEpoch() + nowUtc.toTimeZone(zone).offsetFromUtc();
    const QDate first = context.today.addDays(-(spanDays - 1));

    // Requests per day: weekdays busy, Saturday mornings at the counters, Sundays online only.
    std::vector<int> weights;
    qint64 weightSum = 0;
    for (QDate d = first; d <= context.today; d = d.addDays(1)) {
        const int w = RequestDueDate::isWorkingDay(d)                             ? 20
                      : d.dayOfWeek() == 6 && !PublicHolidays::isHoliday(d) ? 7
                                                                                  : 3;
        weights.push_back(w);
        weightSum += w;
    }

    QHash<qint64, int> numbers; // (site index, year) → last number
    QHash<qint64, QDate> dueByDay;
    qint64 cumulative = 0;
    qint64 written = 0;
    std::vector<std::pair<int, Channel>> day;
    for (int dayIndex = 0; dayIndex < int(weights.size()); ++dayIndex) {
        const QDate date = first.addDays(dayIndex);
        cumulative += weights[size_t(dayIndex)];
        const qint64 upTo = total * cumulative / weightSum;
        const int count = int(upTo - written);
        const bool working = RequestDueDate::isWorkingDay(date);
        const bool saturday = !working && date.dayOfWeek() == 6 && weights[size_t(dayIndex)] == 7;
        const int nowSod = date == context.today ? int(nowLocal % 86400) : 86400;

        day.clear();
        for (int i = 0; i < count; ++i) {
            Channel channel;
            if (working)
                channel = Channel(pick(rng, {30, 25, 7, 20, 13, 5}));
            else if (saturday)
                channel = std::array{Channel::Counter, Channel::Email, Channel::Web,
                                     Channel::Social}[size_t(pick(rng, {35, 25, 30, 10}))];
            else
                channel = std::array{Channel::Email, Channel::Web,
                                     Channel::Social}[size_t(pick(rng, {40, 45, 15}))];
            int sod;
            switch (channel) {
            case Channel::Counter:
                sod = saturday ? 9 * 3600 + int(rng.bounded(3 * 3600))
                               : 8 * 3600 + 1800 + int(rng.bounded(8 * 3600 + 1800));
                break;
            case Channel::Phone:
                sod = 8 * 3600 + 1800 + int(rng.bounded(9 * 3600));
                break;
            case Channel::Mail:
                sod = 9 * 3600 + int(rng.bounded(2 * 3600 + 1800));
                break;
            default:
                sod = 7 * 3600 + int(rng.bounded(16 * 3600));
            }
            if (sod >= nowSod)
                sod = int(rng.bounded(quint32(qMax(1, nowSod))));
            day.emplace_back(sod, channel);
        }
        std::sort(day.begin(), day.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const QDate due = dueByDay.contains(date.toJulianDay())
                              ? dueByDay.value(date.toJulianDay())
                              : *dueByDay.insert(date.toJulianDay(), RequestDueDate::after(date));

        for (const auto &[sod, channel] : day) {
            ++written;
            // Where: the counters spread over the mairies, the switchboard and mail at the Hôtel de Ville.
            int siteIndex = 0;
            if (!sites.isEmpty()) {
                const bool central = channel != Channel::Counter && rng.bounded(100) < 70;
                siteIndex = central ? 0 : int(rng.bounded(int(sites.size())));
            }
            const int number = ++numbers[qint64(siteIndex) * 10000 + date.year()];
            DemoRequestWriter::Row row;
            row.reference = RequestReference::make(
                sites.isEmpty() ? QStringLiteral("GU") : sites.at(siteIndex).code, date.year(), number);
            row.siteId = sites.isEmpty() ? QString() : sites.at(siteIndex).id;
            row.channel = channel;
            row.created = localEpoch(date, sod);
            row.due = due;

            int r = int(rng.bounded(catalog.totalWeight));
            int c = 0;
            while (r >= catalog.categories.at(c).weight)
                r -= catalog.categories.at(c++).weight;
            row.category = &catalog.categories.at(c);
            row.subject = int(rng.bounded(int(row.category->subjects.size())));
            const int firstName = int(rng.bounded(int(catalog.firstNames.size())));
            const int surname = int(rng.bounded(int(catalog.surnames.size())));
            row.name = catalog.surnames.at(surname) + QLatin1Char(' ') + catalog.firstNames.at(firstName);
            if (rng.bounded(100) < 85)
                row.phone =
                    (rng.bounded(2) ? QStringLiteral("04 65 71 %1 %2") : QStringLiteral("06 39 98 %1 %2"))
                        .arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                        .arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
            const bool online =
                channel == Channel::Email || channel == Channel::Web || channel == Channel::Social;
            if (online || rng.bounded(100) < 45)
                row.email = catalog.firstNameEmails.at(firstName) + QLatin1Char('.') +
                            catalog.surnameEmails.at(surname) +
                            (rng.bounded(3) == 0 ? QString::number(rng.bounded(100)) : QString()) +
                            QStringLiteral("@example.org");
            row.address = QStringLiteral("%1 %2, %3")
                              .arg(1 + rng.bounded(120))
                              .arg(catalog.streets.at(int(rng.bounded(int(catalog.streets.size())))),
                                   sites.isEmpty() ? QString() : sites.at(siteIndex).place);
            row.consent = rng.bounded(100) < 86;
            row.createdBy = channel == Channel::Web || agents.isEmpty()
                                ? QString()
                                : agents.at(int(rng.bounded(int(agents.size()))));
            row.handler = agents.isEmpty() ? QString() : agents.at(int(rng.bounded(int(agents.size()))));

            std::vector<Planned> plan = planHistory(rng, row.created, channel, due);
            for (const Planned &step : plan) {
                if (step.local > nowLocal)
                    break;
                row.events.push_back(step);
            }
            writer.write(row);
        }
    }
    writer.finish();
}

} // namespace guichet
