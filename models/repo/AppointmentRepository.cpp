#include "repo/AppointmentRepository.h"

#include "core/TimeFormat.h"
#include "domain/AppointmentStatusLabel.h"
#include "repo/OutboxRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace guichet {

QString AppointmentRepository::selectColumns()
{
    return QStringLiteral(
        "a.id, a.reference, a.site_id, a.service_id, s.name, a.starts_at, a.ends_at, a.counter_no, "
        "a.visitor_name, "
        "a.visitor_phone, a.visitor_email, a.visitor_language, a.need_interpreter, a.need_sign_language, "
        "a.need_wheelchair, a.status, a.reminder_state, a.booked_by, a.channel, a.notes, a.created_at, "
        "a.version, "
        "a.updated_at, a.confirmation_state, a.sms_opt_in");
}

Appointment AppointmentRepository::fromQuery(const QSqlQuery &query)
{
    Appointment a;
    a.id = query.value(0).toString();
    a.reference = query.value(1).toString();
    a.siteId = query.value(2).toString();
    a.serviceId = query.value(3).toString();
    a.serviceName = query.value(4).toString();
    a.startsAt = timefmt::fromStore(query.value(5).toString());
    a.endsAt = timefmt::fromStore(query.value(6).toString());
    a.counterNo = query.value(7).toInt();
    a.visitorName = query.value(8).toString();
    a.visitorPhone = query.value(9).toString();
    a.visitorEmail = query.value(10).toString();
    a.visitorLanguage = query.value(11).toString();
    a.needs.interpreter = query.value(12).toInt() != 0;
    a.needs.signLanguage = query.value(13).toInt() != 0;
    a.needs.wheelchair = query.value(14).toInt() != 0;
    a.status = Appointment::statusFromName(query.value(15).toString());
    a.reminderState = query.value(16).toString();
    a.bookedBy = query.value(17).toString();
    a.channel = Appointment::channelFromName(query.value(18).toString());
    a.notes = query.value(19).toString();
    a.createdAt = timefmt::fromStore(query.value(20).toString());
    a.version = query.value(21).toLongLong();
    a.updatedAt = timefmt::fromStore(query.value(22).toString());
    a.confirmationState = query.value(23).toString();
    a.smsOptIn = query.value(24).toInt() != 0;
    return a;
}

QTimeZone AppointmentRepository::siteTimeZone(const QString &siteId) const
{
    const QString name = sql::scalar(m_store.connection(),
                                     QStringLiteral("SELECT time_zone FROM sites WHERE id = ?"), {siteId})
                             .toString();
    const QTimeZone zone(name.toUtf8());
    return name.isEmpty() || !zone.isValid() ? defaultTimeZone() : zone;
}

QPair<QDateTime, QDateTime> AppointmentRepository::utcBoundsOfDay(const QDate &day, const QTimeZone &zone)
{
    const QDateTime start = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    return {start, end};
}

QList<Appointment> AppointmentRepository::dayOfSite(const QString &siteId, const QDate &day) const
{
    return daysOfSite(siteId, day, 1);
}

QList<Appointment> AppointmentRepository::daysOfSite(const QString &siteId, const QDate &firstDay,
                                                      int days) const
{
    const QTimeZone zone = siteTimeZone(siteId);
    const QDateTime start = utcBoundsOfDay(firstDay, zone).first;
    const QDateTime end = utcBoundsOfDay(firstDay.addDays(std::max(days, 1) - 1), zone).second;
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM appointments a JOIN services s ON s.id = a.service_id "
                       "WHERE a.site_id = ? AND a.starts_at >= ? AND a.starts_at < ? AND a.deleted = 0 "
                       "ORDER BY a.starts_at, a.counter_no, a.visitor_name, a.id")
            .arg(selectColumns()),
        {siteId, timefmt::toStore(start), timefmt::toStore(end)});
    QList<Appointment> appointments;
    while (query.next())
        appointments << fromQuery(query);
    return appointments;
}

Appointment AppointmentRepository::byId(const QString &id) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM appointments a JOIN services s ON s.id = a.service_id "
                                 "WHERE a.id = ?")
                      .arg(selectColumns()),
                  {id});
    return query.next() ? fromQuery(query) : Appointment();
}

Appointment AppointmentRepository::byReference(const QString &reference) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM appointments a JOIN services s ON s.id = a.service_id "
                                 "WHERE a.reference = ? AND a.reference <> '' AND a.deleted = 0")
                      .arg(selectColumns()),
                  {reference.trimmed().toUpper()});
    return query.next() ? fromQuery(query) : Appointment();
}

void AppointmentRepository::setStatus(const QString &id, Appointment::Status status,
                                      const QString &agentId) const
{
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        QSqlQuery row = sql::exec(db,
                                  QStringLiteral("SELECT status, version FROM appointments "
                                                 "WHERE id = ? AND deleted = 0"),
                                  {id});
        if (!row.next())
            throw StoreError(
                StoreError::Kind::InvalidInput,
                QCoreApplication::translate("guichet::AppointmentRepository",
                                            "This appointment is not in the local store (%1): it may "
                                            "have been deleted. Refresh the day and try again.")
                    .arg(id));
        const Appointment::Status current = Appointment::statusFromName(row.value(0).toString());
        const qint64 baseVersion = row.value(1).toLongLong();
        row.finish();
        if (current == status)
            return; // nothing to do: no change, no mutation
        if (!Appointment::canChange(current, status))
            throw StoreError(StoreError::Kind::InvalidInput,
                             QCoreApplication::translate("guichet::AppointmentRepository",
                                                         "An appointment marked “%1” cannot be marked “%2”.")
                                 .arg(appointmentStatusLabel(current), appointmentStatusLabel(status)));
        if (!agentId.isEmpty() &&
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM agents WHERE id = ?"), {agentId}).toInt() ==
                0)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                QCoreApplication::translate("guichet::AppointmentRepository",
                                            "The agent signed in at this counter is unknown to the "
                                            "local store: sign in again."));

        const QString statusName = Appointment::statusName(status);
        sql::exec(db, QStringLiteral("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?"),
                  {statusName, timefmt::toStoreMs(m_store.clock().nowUtc()), id});
        Mutation mutation;
        mutation.entity = QStringLiteral("appointments");
        mutation.entityId = id;
        mutation.operation = Mutation::Operation::Update;
        mutation.payload = QJsonObject{{QStringLiteral("status"), statusName}};
        mutation.baseVersion = baseVersion;
        OutboxRepository(m_store).enqueue(db, mutation);
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("appointments"));
}

QMap<Appointment::Status, int> AppointmentRepository::countByStatus(const QString &siteId,
                                                                    const QDate &day) const
{
    const auto [start, end] = utcBoundsOfDay(day, siteTimeZone(siteId));
    QSqlQuery query = sql::exec(m_store.connection(),
                                QStringLiteral("SELECT status, count(*) FROM appointments WHERE site_id = ? "
                                               "AND starts_at >= ? AND starts_at < ? AND deleted = 0 "
                                               "GROUP BY status"),
                                {siteId, timefmt::toStore(start), timefmt::toStore(end)});
    QMap<Appointment::Status, int> counts;
    while (query.next()) {
        bool known = false;
        const Appointment::Status status = Appointment::statusFromName(query.value(0).toString(), &known);
        if (known)
            counts.insert(status, query.value(1).toInt());
    }
    return counts;
}

QMap<Appointment::Status, int> AppointmentRepository::countTodayByStatus(const QString &siteId) const
{
    return countByStatus(siteId, m_store.clock().todayIn(siteTimeZone(siteId)));
}

} // namespace guichet
