// Demo city, part 2: appointments around today at every site, on open days and within the
// schedules only, never more bookings in a slot than its capacity. Small: ~6,000 over six weeks
// either side of today; large: exactly 200,000 (the window then reaches further into the past).
// Every seat of every slot is a candidate with a demand weight (identity documents are in high
// demand, far-future days are emptier); the bookings are a weighted sample without replacement
// (Efraimidis–Spirakis), so the result is exact in size and deterministic for a seed and a day.
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "demo/DemoVisitors.h"
#include "domain/OpeningHours.h"
#include "domain/PublicHolidays.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <vector>

namespace guichet {

namespace {

struct DemoSchedule
{
    int service = 0; // index into the services
    int weekday = 1;
    QTime start;
    int slotMinutes = 15;
    int slotTotal = 0;
    int capacity = 1;
    QTime slotStart(int index) const { return start.addSecs(qint64(index) * slotMinutes * 60); }
};

struct DemoSite
{
    QString id;
    QString code;
    QTimeZone zone;
    QList<QPair<QDate, QDate>> closures;
    std::vector<DemoSchedule> schedules;
    QStringList agents; // who books at the counter or on the phone
};

struct Candidate
{
    double key = 0; // log(u) / weight: the largest keys win
    qint32 day = 0; // offset from the window's first day
    qint16 site = 0;
    qint16 schedule = 0;
    qint16 slot = 0;
    qint16 seat = 0;
};

struct ServiceInfo
{
    QString id;
    QString code;
    double demand = 1;
};

double demandOf(const QString &code)
{
    static const QHash<QString, double> demand = {{QStringLiteral("CNI-PASSEPORT"), 6.0},
                                                  {QStringLiteral("ETAT-CIVIL"), 1.5},
                                                  {QStringLiteral("ELECTIONS"), 1.0},
                                                  {QStringLiteral("RECENSEMENT"), 0.8},
                                                  {QStringLiteral("ATTESTATION-ACCUEIL"), 0.8},
                                                  {QStringLiteral("LEGALISATION"), 0.7},
                                                  {QStringLiteral("PACS"), 3.0},
                                                  {QStringLiteral("MARIAGE"), 2.5},
                                                  {QStringLiteral("INSCRIPTION-SCOLAIRE"), 0.6},
                                                  {QStringLiteral("CONCESSION"), 0.5},
                                                  {QStringLiteral("NAISSANCE"), 1.2},
                                                  {QStringLiteral("CERTIFICAT-VIE"), 0.6}};
    return demand.value(code, 1.0);
}

void prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        sql::fail(query.lastError(), QStringLiteral("demo: prepare"));
}

std::vector<ServiceInfo> loadServices(DemoContext &context, QHash<QString, int> &indexById)
{
    std::vector<ServiceInfo> services;
    QSqlQuery query = sql::exec(context.db, QStringLiteral("SELECT id, code FROM services ORDER BY code"));
    while (query.next()) {
        indexById.insert(query.value(0).toString(), int(services.size()));
        services.push_back(
            {query.value(0).toString(), query.value(1).toString(), demandOf(query.value(1).toString())});
    }
    return services;
}

std::vector<DemoSite> loadSites(DemoContext &context, const QHash<QString, int> &serviceIndex)
{
    std::vector<DemoSite> sites;
    for (const QString &siteId : std::as_const(context.siteIds)) {
        DemoSite site;
        site.id = siteId;
        QSqlQuery row =
            sql::exec(context.db, QStringLiteral("SELECT code, time_zone FROM sites WHERE id = ?"), {siteId});
        if (!row.next())
            continue;
        site.code = row.value(0).toString();
        site.zone = QTimeZone(row.value(1).toString().toUtf8());
        if (!site.zone.isValid())
            site.zone = defaultTimeZone();
        QSqlQuery closures = sql::exec(
            context.db,
            QStringLiteral("SELECT first_day, last_day FROM site_closures WHERE site_id = ? AND deleted = 0"),
            {siteId});
        while (closures.next())
            site.closures.append({timefmt::dateFromStore(closures.value(0).toString()),
                                  timefmt::dateFromStore(closures.value(1).toString())});
        QSqlQuery schedules = sql::exec(
            context.db,
            QStringLiteral(
                "SELECT service_id, weekday, start_time, end_time, slot_minutes, capacity FROM schedules "
                "WHERE site_id = ? AND deleted = 0 ORDER BY weekday, start_time, service_id"),
            {siteId});
        while (schedules.next()) {
            DemoSchedule schedule;
            schedule.service = serviceIndex.value(schedules.value(0).toString(), -1);
            schedule.weekday = schedules.value(1).toInt();
            schedule.start = QTime::fromString(schedules.value(2).toString(), QStringLiteral("HH:mm"));
            const QTime end = QTime::fromString(schedules.value(3).toString(), QStringLiteral("HH:mm"));
            schedule.slotMinutes = schedules.value(4).toInt();
            schedule.capacity = schedules.value(5).toInt();
            schedule.slotTotal =
                schedule.slotMinutes > 0 ? schedule.start.secsTo(end) / 60 / schedule.slotMinutes : 0;
            if (schedule.service >= 0 && schedule.slotTotal > 0)
                site.schedules.push_back(schedule);
        }
        for (auto it = context.agentHomeSite.cbegin(); it != context.agentHomeSite.cend(); ++it)
            if (it.value() == siteId)
                site.agents << it.key();
        site.agents.sort(); // QHash order is not stable across runs
        sites.push_back(std::move(site));
    }
    return sites;
}

bool isClosed(const DemoSite &site, const QDate &day)
{
    if (PublicHolidays::isHoliday(day))
        return true;
    return std::any_of(site.closures.cbegin(), site.closures.cend(),
                       [&](const QPair<QDate, QDate> &c) { return c.first <= day && day <= c.second; });
}

QString pickStatus(QRandomGenerator &rng, const QDateTime &start, const QDateTime &end, const QDateTime &now)
{
    const quint32 r = rng.bounded(100U);
    if (end <= now) // over
        return r < 80   ? QStringLiteral("done")
               : r < 90 ? QStringLiteral("no_show")
                        : QStringLiteral("cancelled");
    if (start <= now) // under way
        return r < 85   ? QStringLiteral("checked_in")
               : r < 92 ? QStringLiteral("booked")
                        : QStringLiteral("cancelled");
    if (start.date() == now.date() && now.secsTo(start) <= 3600) // early arrivals in the waiting room
        return r < 30   ? QStringLiteral("checked_in")
               : r < 95 ? QStringLiteral("booked")
                        : QStringLiteral("cancelled");
    return r < 93 ? QStringLiteral("booked") : QStringLiteral("cancelled");
}

QString channelFor(QRandomGenerator &rng)
{
    const quint32 r = rng.bounded(100U);
    return r < 50 ? QStringLiteral("web") : r < 80 ? QStringLiteral("phone") : QStringLiteral("counter");
}

// Optional text columns are NOT NULL DEFAULT '': a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString antsNumber(QRandomGenerator &rng)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString number;
    for (int i = 0; i < 10; ++i)
        number += alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
    return number;
}

} // namespace

void generateAppointments(DemoContext &context)
{
    QHash<QString, int> serviceIndex;
    const std::vector<ServiceInfo> services = loadServices(context, serviceIndex);
    const std::vector<DemoSite> sites = loadSites(context, serviceIndex);
    if (sites.empty() || services.empty())
        return;

    const qint64 target = context.large() ? 200000 : 6000;
    const int daysBefore = context.large() ? 150 : 42;
    const int daysAfter = 42;
    const QDate first = context.today.addDays(-daysBefore);
    // The city follows from the seed and today only, never from the time of generation: the demo
    // sees its day at 10:00 in Paris (the morning's first visitors are served or waiting, the
    // rest is to come), and every booking was made before today began (the records' stamp).
    const QDateTime now = QDateTime(context.today, QTime(10, 0), defaultTimeZone()).toUTC();
    QDateTime bookedBefore = timefmt::fromStore(context.stamp);
    if (!bookedBefore.isValid() || bookedBefore > now)
        bookedBefore = now;

    // 1. Every seat of every slot in the window, with a random key weighted by demand.
    QRandomGenerator rng = context.rngFor(QStringLiteral("appointments"));
    std::vector<Candidate> candidates;
    candidates.reserve(context.large() ? 900000 : 300000);
    for (int day = 0; day <= daysBefore + daysAfter; ++day) {
        const QDate date = first.addDays(day);
        const int ahead = int(context.today.daysTo(date));
        const double horizon = ahead <= 0 ? 1.0 : std::max(0.15, 1.0 - ahead / 50.0);
        for (size_t s = 0; s < sites.size(); ++s) {
            const DemoSite &site = sites[s];
            if (isClosed(site, date))
                continue;
            for (size_t k = 0; k < site.schedules.size(); ++k) {
                const DemoSchedule &schedule = site.schedules[k];
                if (schedule.weekday != date.dayOfWeek())
                    continue;
                for (int slot = 0; slot < schedule.slotTotal; ++slot) {
                    for (int seat = 0; seat < schedule.capacity; ++seat) {
                        const double weight =
                            services[size_t(schedule.service)].demand * horizon * std::pow(0.8, seat);
                        const double u = std::max(rng.generateDouble(), 1e-300);
                        candidates.push_back(
                            {std::log(u) / weight, day, qint16(s), qint16(k), qint16(slot), qint16(seat)});
                    }
                }
            }
        }
    }

    // 2. The `target` largest keys, then in calendar order (site, day, time, counter).
    const size_t count = std::min<size_t>(size_t(target), candidates.size());
    std::nth_element(candidates.begin(), candidates.begin() + qsizetype(count), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.key > b.key; });
    candidates.resize(count);
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.site != b.site)
            return a.site < b.site;
        if (a.day != b.day)
            return a.day < b.day;
        const QTime ta = sites[size_t(a.site)].schedules[size_t(a.schedule)].slotStart(a.slot);
        const QTime tb = sites[size_t(b.site)].schedules[size_t(b.schedule)].slotStart(b.slot);
        if (ta != tb)
            return ta < tb;
        if (a.schedule != b.schedule)
            return a.schedule < b.schedule;
        return a.seat < b.seat;
    });

    // 3. Write them through one prepared statement.
    QSqlQuery insert(context.db);
    prepare(
        insert,
        QStringLiteral(
            "INSERT INTO appointments (id, reference, site_id, service_id, starts_at, ends_at, counter_no, "
            "visitor_name, visitor_phone, visitor_email, visitor_language, need_interpreter, "
            "need_sign_language, need_wheelchair, status, reminder_state, booked_by, channel, notes, "
            "created_at, version, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    QRandomGenerator details = context.rngFor(QStringLiteral("appointments/details"));
    QHash<qint64, int> offsets; // (site, day) → UTC offset at noon (no DST change during opening hours)
    QList<int> perSite(int(sites.size()), 0);
    const QVariant noAgent(QMetaType(QMetaType::QString));
    for (const Candidate &c : candidates) {
        const DemoSite &site = sites[size_t(c.site)];
        const DemoSchedule &schedule = site.schedules[size_t(c.schedule)];
        const ServiceInfo &service = services[size_t(schedule.service)];
        const QDate date = first.addDays(c.day);
        const qint64 offsetKey = qint64(c.site) << 32 | c.day;
        auto offset = offsets.constFind(offsetKey);
        if (offset == offsets.cend())
            offset =
                offsets.insert(offsetKey, site.zone.offsetFromUtc(QDateTime(date, QTime(12, 0), site.zone)));
        const QTime localStart = schedule.slotStart(c.slot);
        const QDateTime start = QDateTime(date, localStart, Qt::UTC).addSecs(-offset.value());
        const QDateTime end = start.addSecs(qint64(schedule.slotMinutes) * 60);

        const DemoVisitor visitor = DemoVisitor::make(details);
        const QString status = pickStatus(details, start, end, now);
        const QString channel = channelFor(details);
        const QVariant bookedBy =
            channel == QLatin1String("web") || site.agents.isEmpty()
                ? noAgent
                : QVariant(site.agents.at(int(details.bounded(quint32(site.agents.size())))));
        // Booked one to forty days ahead, and before today.
        QDateTime created = start.addSecs(-qint64(details.bounded(86400U, 40U * 86400U)));
        if (created >= bookedBefore)
            created = bookedBefore.addSecs(-qint64(details.bounded(600U, 3U * 86400U)));
        QString reminder = QStringLiteral("none");
        if (!visitor.phone.isEmpty() && status != QLatin1String("cancelled") &&
            now.secsTo(start) <= 2 * 86400)
            reminder = QStringLiteral("sent");
        QString notes;
        if (service.code == QLatin1String("CNI-PASSEPORT") && details.bounded(100U) < 70U)
            notes = QStringLiteral("Pré-demande ANTS n° %1").arg(antsNumber(details));
        else if (visitor.language != QLatin1String("fr") && !visitor.interpreter &&
                 details.bounded(100U) < 40U)
            notes = QStringLiteral("Vient accompagné d'un proche qui traduira");

        const int number = ++perSite[c.site];
        const QString key =
            QStringLiteral("%1/%2/%3").arg(site.code, timefmt::toStore(start)).arg(c.schedule) +
            QLatin1Char('/') + QString::number(c.seat);
        sql::run(insert, {context.idFor(QStringLiteral("appointment"), key),
                          QStringLiteral("%1-%2").arg(site.code).arg(number, 6, 10, QLatin1Char('0')),
                          site.id,
                          service.id,
                          timefmt::toStore(start),
                          timefmt::toStore(end),
                          c.seat + 1,
                          visitor.name,
                          text(visitor.phone),
                          text(visitor.email),
                          visitor.language,
                          int(visitor.interpreter),
                          int(visitor.signLanguage),
                          int(visitor.wheelchair),
                          status,
                          reminder,
                          bookedBy,
                          channel,
                          text(notes),
                          timefmt::toStore(created),
                          context.stamp});
    }
}

} // namespace guichet
