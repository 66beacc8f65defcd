#include "SmsOutbox.h"

#include "RecordStore.h"
#include "ServerDatabase.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"

namespace guichet::server {

namespace {

SmsTemplates::Kind kindFromName(const QString &name)
{
    return name == QLatin1String("reminder") ? SmsTemplates::Kind::Reminder
                                             : SmsTemplates::Kind::Confirmation;
}

} // namespace

SmsOutbox::SmsOutbox(ServerDatabase &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{}

QString SmsOutbox::stateColumn(SmsTemplates::Kind kind)
{
    return kind == SmsTemplates::Kind::Confirmation ? QStringLiteral("confirmation_state")
                                                    : QStringLiteral("reminder_state");
}

QString SmsOutbox::now() const
{
    return timefmt::toStoreMs(m_clock.nowUtc());
}

QList<SmsMessage> SmsOutbox::enqueue(const QString &appointmentId, qint64 expectedVersion,
                                     const QList<SmsMessage> &messages)
{
    QList<SmsMessage> queued;
    const QString at = now();
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    RecordStore records(m_db);
    // First: the writers' lock. The appointment is read under it, so that a counter's change
    // committed meanwhile is neither lost nor overwritten by the state written here.
    const qint64 change = records.takeChangeNumber();
    std::optional<StoredRecord> appointment = records.find(appointmentId);
    if (!appointment || appointment->deleted || appointment->version != expectedVersion)
        return queued; // changed since it was planned: the next run plans it again
    bool changed = false;
    for (const SmsMessage &message : messages) {
        const int inserted =
            m_db.exec(QStringLiteral(
                          "INSERT INTO sms_messages (id, appointment_id, kind, starts_at, to_number, "
                          "body, state, attempts, last_error, next_attempt_at, created_at) VALUES "
                          "(?, ?, ?, ?, ?, ?, 'queued', 0, '', ?, ?) ON CONFLICT (appointment_id, "
                          "kind, starts_at) DO NOTHING"),
                      {message.id, appointmentId, SmsTemplates::kindName(message.kind), message.startsAt,
                       message.to, message.body, at, at})
                .numRowsAffected();
        if (inserted != 1)
            continue;
        queued << message;
        const QString column = stateColumn(message.kind);
        if (appointment->data.value(column).toString() != QLatin1String("queued")) {
            appointment->data.insert(column, QStringLiteral("queued"));
            changed = true;
        }
    }
    if (changed) {
        appointment->version = change;
        appointment->serverBookkeeping = true;
        records.write(*appointment, at);
    }
    transaction.commit();
    return queued;
}

QList<SmsMessage> SmsOutbox::claimDue(int limit, int claimMs)
{
    QList<SmsMessage> due;
    if (limit <= 0)
        return due;
    const QDateTime current = m_clock.nowUtc();
    const QString at = timefmt::toStoreMs(current);
    const QString claimedUntil = timefmt::toStoreMs(current.addMSecs(claimMs));
    {
        // Read first, outside any transaction: most runs find nothing due, and take no write lock.
        QSqlQuery &query = m_db.exec(
            QStringLiteral("SELECT id, appointment_id, kind, starts_at, to_number, body, attempts FROM "
                           "sms_messages WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY "
                           "next_attempt_at, created_at LIMIT ?"),
            {at, limit});
        while (query.next()) {
            SmsMessage message;
            message.id = query.value(0).toString();
            message.appointmentId = query.value(1).toString();
            message.kind = kindFromName(query.value(2).toString());
            message.startsAt = query.value(3).toString();
            message.to = query.value(4).toString();
            message.body = query.value(5).toString();
            message.attempts = query.value(6).toInt();
            due << message;
        }
        query.finish();
    }
    QList<SmsMessage> claimed;
    if (due.isEmpty())
        return claimed;
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    for (const SmsMessage &message : std::as_const(due)) {
        // Another server process may have claimed it since the SELECT: the condition says.
        const int rows =
            m_db.exec(QStringLiteral("UPDATE sms_messages SET next_attempt_at = ? WHERE id = ? AND state = "
                                     "'queued' AND next_attempt_at <= ?"),
                      {claimedUntil, message.id, at})
                .numRowsAffected();
        if (rows == 1)
            claimed << message;
    }
    transaction.commit();
    return claimed;
}

void SmsOutbox::markSent(const SmsMessage &message)
{
    const QString at = now();
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    const qint64 change = RecordStore(m_db).takeChangeNumber();
    const int rows =
        m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'sent', attempts = attempts + 1, "
                                 "last_error = '', sent_at = ? WHERE id = ? AND state = 'queued'"),
                  {at, message.id})
            .numRowsAffected();
    if (rows == 1)
        setAppointmentState(message, QStringLiteral("sent"), change, at);
    transaction.commit();
}

bool SmsOutbox::markFailed(const SmsMessage &message, const QString &error, bool permanent,
                           int retryAfterSeconds)
{
    const QDateTime current = m_clock.nowUtc();
    const QString at = timefmt::toStoreMs(current);
    const int attempts = message.attempts + 1;
    const bool givenUp = permanent || attempts >= kMaxAttempts;
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    if (!givenUp) {
        // Still queued: only the message changes, no record, so no change number.
        m_db.exec(
            QStringLiteral("UPDATE sms_messages SET attempts = ?, last_error = ?, next_attempt_at = ? "
                           "WHERE id = ? AND state = 'queued'"),
            {attempts, error.left(500), timefmt::toStoreMs(current.addSecs(retryAfterSeconds)), message.id});
        transaction.commit();
        return false;
    }
    const qint64 change = RecordStore(m_db).takeChangeNumber();
    const int rows =
        m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'failed', attempts = ?, last_error = "
                                 "? WHERE id = ? AND state = 'queued'"),
                  {attempts, error.left(500), message.id})
            .numRowsAffected();
    if (rows == 1)
        setAppointmentState(message, QStringLiteral("failed"), change, at);
    transaction.commit();
    return true;
}

void SmsOutbox::markObsolete(const SmsMessage &message, const QString &reason)
{
    const QString at = now();
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    const qint64 change = RecordStore(m_db).takeChangeNumber();
    const int rows =
        m_db.exec(QStringLiteral(
                      "UPDATE sms_messages SET state = 'failed', last_error = ? WHERE id = ? AND state "
                      "= 'queued'"),
                  {QStringLiteral("not sent: ") + reason, message.id})
            .numRowsAffected();
    if (rows == 1)
        setAppointmentState(message, QStringLiteral("none"), change, at);
    transaction.commit();
}

void SmsOutbox::recordIneligible(const QList<Ineligible> &appointments)
{
    if (appointments.isEmpty())
        return;
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    for (const Ineligible &appointment : appointments)
        m_db.exec(
            QStringLiteral("INSERT INTO sms_ineligible (appointment_id, version, reason) VALUES (?, ?, ?) "
                           "ON CONFLICT (appointment_id) DO UPDATE SET version = excluded.version, reason = "
                           "excluded.reason"),
            {appointment.appointmentId, appointment.version, appointment.reason});
    transaction.commit();
}

void SmsOutbox::setAppointmentState(const SmsMessage &message, const QString &state, qint64 change,
                                    const QString &now)
{
    RecordStore records(m_db);
    std::optional<StoredRecord> appointment = records.find(message.appointmentId);
    if (!appointment || appointment->entity != QLatin1String("appointments"))
        return;
    // A message about a start the appointment no longer has (rescheduled) says nothing of the
    // SMS about the new one.
    if (appointment->data.value(QLatin1String("starts_at")).toString() != message.startsAt)
        return;
    const QString column = stateColumn(message.kind);
    if (appointment->data.value(column).toString() == state)
        return;
    appointment->data.insert(column, state);
    appointment->version = change;
    appointment->serverBookkeeping = true;
    records.write(*appointment, now);
}

} // namespace guichet::server
