#pragma once

#include "sms/SmsTemplates.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {
class Clock;
}

namespace guichet::server {

class ServerDatabase;

// An SMS about an appointment, as sms_messages keeps it.
struct SmsMessage
{
    QString id; // a UUID, the gateway's idempotency key: the same for every attempt
    QString appointmentId;
    SmsTemplates::Kind kind = SmsTemplates::Kind::Confirmation;
    QString startsAt; // the appointment start it is about, as stored
    QString to;       // E.164
    QString body;
    int attempts = 0; // attempts already made (before this one)
};

// The server's SMS outbox (table sms_messages, server schema 2) and what the counters see of it:
// each change of a message's state is written, in the same transaction, to the appointment's
// `confirmation_state` or `reminder_state` with a new change number, so that counters pull it.
//
// Exactly once: a message is written "queued" and committed BEFORE anything is sent; the UNIQUE
// key (appointment, kind, start) lets only one exist, whatever the restarts or the number of
// server processes. A message still queued after a crash is sent again with the same id, and the
// gateway treats the id as an idempotency key. Before a send the message is claimed for a while
// (next_attempt_at moves on), so that two server processes never send it at the same time.
class SmsOutbox
{
public:
    static constexpr int kMaxAttempts = 5;

    SmsOutbox(ServerDatabase &database, const Clock &clock);

    // The appointment's state column for `kind`: confirmation_state / reminder_state.
    static QString stateColumn(SmsTemplates::Kind kind);

    // Queues `messages` (new ids) for appointment `appointmentId`, in one transaction, if the
    // appointment is still at `expectedVersion` (what they were planned from); a message that
    // already exists for its (appointment, kind, start) is left out. Returns those queued.
    QList<SmsMessage> enqueue(const QString &appointmentId, qint64 expectedVersion,
                              const QList<SmsMessage> &messages);

    // Queued messages due now (new, to retry, or left by a crash), at most `limit`, oldest first,
    // each claimed for `claimMs` so that no other server process sends it meanwhile.
    QList<SmsMessage> claimDue(int limit, int claimMs);

    // The gateway accepted it.
    void markSent(const SmsMessage &message);
    // The gateway did not. Returns true when it is given up (permanent, or the last attempt):
    // state failed; otherwise it is retried after `retryAfterSeconds`.
    bool markFailed(const SmsMessage &message, const QString &error, bool permanent, int retryAfterSeconds);
    // Not to be sent any more (appointment cancelled, moved, started, consent withdrawn…): failed,
    // and the appointment's state back to "none" when the message was about its current start.
    void markObsolete(const SmsMessage &message, const QString &reason);

    // Appointments (id, version) that get no SMS, and why: not looked at again until they change.
    struct Ineligible
    {
        QString appointmentId;
        qint64 version = 0;
        QString reason;
    };
    void recordIneligible(const QList<Ineligible> &appointments);

private:
    // Sets the appointment's state for the message's kind, if the appointment is still about the
    // message's start and the state differs. Inside a transaction that took `change` first.
    void setAppointmentState(const SmsMessage &message, const QString &state, qint64 change,
                             const QString &now);
    QString now() const;

    ServerDatabase &m_db;
    const Clock &m_clock;
};

} // namespace guichet::server
