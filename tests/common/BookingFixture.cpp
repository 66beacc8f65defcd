#include "BookingFixture.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "domain/OpeningHours.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::testing {

namespace {
const QString kUpdated = QStringLiteral("2026-11-01T00:00:00.000Z");
}

BookingFixture::BookingFixture(LocalStore &store)
    : m_store(store)
{
    OpeningHours m1;
    for (int day = 1; day <= 5; ++day) {
        m1.add(day, QTime(8, 30), QTime(12, 0));
        m1.add(day, QTime(13, 30), QTime(17, 0));
    }
    m1.add(6, QTime(9, 0), QTime(12, 0));
    OpeningHours alsace;
    for (int day = 1; day <= 5; ++day)
        alsace.add(day, QTime(8, 30), QTime(17, 0));
    const QString insertSite = QStringLiteral(
        "INSERT INTO sites (id, code, name, kind, address, postal_code, city, phone, time_zone, opening_hours, "
        "alsace_moselle, updated_at) VALUES (?, ?, ?, 'mairie_arrondissement', ?, ?, ?, ?, 'Europe/Paris', ?, ?, ?)");
    exec(insertSite, {site1, QStringLiteral("M1"), QStringLiteral("Mairie du 1er arrondissement"),
                      QStringLiteral("2 place Sathonay"), QStringLiteral("69001"), QStringLiteral("Lyon"),
                      QStringLiteral("04 72 10 30 30"), m1.toJson(), 0, kUpdated});
    exec(insertSite, {siteAlsace, QStringLiteral("SXB"), QStringLiteral("Mairie de quartier Neudorf"),
                      QStringLiteral("1 place du Marché"), QStringLiteral("67100"), QStringLiteral("Strasbourg"),
                      QStringLiteral("03 88 00 00 00"), alsace.toJson(), 1, kUpdated});
    exec(QStringLiteral("INSERT INTO services (id, code, name, duration_minutes, documents, min_notice_hours, "
                        "max_per_person, max_per_person_days, updated_at) VALUES (?, 'CNI', "
                        "'Carte d''identité / passeport', 15, '[\"Pré-demande ANTS\",\"Photo d''identité\"]', 2, "
                        "1, 30, ?)"),
         {service, kUpdated});
    exec(QStringLiteral("INSERT INTO agents (id, login, display_name, role, home_site_id, updated_at) VALUES "
                        "(?, 'cmartin', 'Claire Martin', 'agent', ?, ?)"),
         {agent, site1, kUpdated});
}

void BookingFixture::exec(const QString &statement, const QVariantList &values) const
{
    sql::exec(m_store.connection(), statement, values);
}

int BookingFixture::count(const QString &table) const
{
    return sql::scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void BookingFixture::addSchedule(const QString &site, int weekday, const QTime &from, const QTime &to,
                                 int slotMinutes, int capacity)
{
    exec(QStringLiteral("INSERT INTO schedules (id, site_id, service_id, weekday, start_time, end_time, "
                        "slot_minutes, capacity, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {newId(), site, service, weekday, from.toString(QStringLiteral("HH:mm")),
          to.toString(QStringLiteral("HH:mm")), slotMinutes, capacity, kUpdated});
}

void BookingFixture::addDefaultSchedules()
{
    for (int day = 1; day <= 5; ++day) {
        addSchedule(site1, day, QTime(9, 0), QTime(12, 0), 15, 2);
        addSchedule(siteAlsace, day, QTime(14, 0), QTime(16, 0), 15, 1);
    }
    addSchedule(site1, 6, QTime(9, 0), QTime(11, 0), 15, 1);
}

void BookingFixture::addClosure(const QString &site, const QDate &first, const QDate &last)
{
    exec(QStringLiteral("INSERT INTO site_closures (id, site_id, first_day, last_day, reason, updated_at) VALUES "
                        "(?, ?, ?, ?, 'Travaux', ?)"),
         {newId(), site, first.toString(Qt::ISODate), last.toString(Qt::ISODate), kUpdated});
}

QString BookingFixture::addAppointment(const QString &site, const QDateTime &startUtc, const QString &status,
                                       const QString &phone)
{
    const QString id = newId();
    exec(QStringLiteral("INSERT INTO appointments (id, reference, site_id, service_id, starts_at, ends_at, "
                        "visitor_name, visitor_phone, status, created_at, version, updated_at) VALUES (?, ?, ?, ?, "
                        "?, ?, 'Visiteur Test', ?, ?, ?, 1, ?)"),
         {id, QStringLiteral("RDV-") + id.left(8).toUpper(), site, service, timefmt::toStore(startUtc),
          timefmt::toStore(startUtc.addSecs(900)), phone.isNull() ? QStringLiteral("") : phone, status, kUpdated,
          kUpdated});
    return id;
}

QString BookingFixture::addUnsentAppointment(const QString &site, const QDateTime &startUtc)
{
    const QString id = addAppointment(site, startUtc, QStringLiteral("pending"));
    exec(QStringLiteral("UPDATE appointments SET version = 0 WHERE id = ?"), {id});
    const QJsonObject payload{{QStringLiteral("site_id"), site},
                              {QStringLiteral("starts_at"), timefmt::toStore(startUtc)}};
    exec(QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, operation, payload, created_at) "
                        "VALUES (?, 'appointments', ?, 'create', ?, ?)"),
         {newId(), id, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), kUpdated});
    return id;
}

void BookingFixture::setServerCount(const QString &site, const QDateTime &startUtc, int booked)
{
    exec(QStringLiteral("INSERT INTO slot_counts (id, site_id, service_id, starts_at, booked, version, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, 5, ?) ON CONFLICT (id) DO UPDATE SET booked = excluded.booked"),
         {site + timefmt::toStore(startUtc), site, service, timefmt::toStore(startUtc), booked, kUpdated});
}

QDateTime BookingFixture::paris(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Paris"))).toUTC();
}

} // namespace guichet::testing
