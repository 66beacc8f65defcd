#pragma once

#include "SmsOutbox.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace guichet {
class Clock;
}

namespace guichet::server {

class ServerDatabase;
class ServerLog;
class SmsGateway;

// Sends the appointments' SMS from guichet-server (issue 4, item 6). Every `intervalSeconds` (and
// soon after start-up) it
//   1. queues what is newly due (SmsPlanner: confirmations, reminders), each in its own
//      transaction, before anything is sent (SmsOutbox: exactly once);
//   2. sends the queued messages that are due — new ones, retries whose backoff is over, and
//      those a crash left queued, with their same id — at most kMaxInFlight at a time;
//   3. marks each sent, or retried later (backoff doubling from the interval), or failed after
//      SmsOutbox::kMaxAttempts, or at once when the gateway refuses the message itself.
// The counters see each state in the appointment's confirmation_state / reminder_state. Logs
// carry message and appointment ids, never a phone number or a text.
class SmsScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 8;
    static constexpr int kBatch = 500;           // appointments looked at per query
    static constexpr int kMaxBatchesPerRun = 40; // then the event loop breathes; the next run goes on
    static constexpr int kMaxRetryDelaySeconds = 3600;

    struct Options
    {
        int intervalSeconds = 30;
        int reminderHours = 48;
    };

    SmsScheduler(ServerDatabase &database, SmsGateway &gateway, const Clock &clock, ServerLog &log,
                 Options options, QObject *parent = nullptr);

    void start();   // the first run within a second, then one every interval
    void runOnce(); // plans, then sends what is due

private:
    void planNew();
    void sendDue();
    void send(const SmsMessage &message);
    void settle(const SmsMessage &message, bool accepted, bool permanent, const QString &error,
                const QString &answer);
    int retryDelaySeconds(int attemptsMade) const;

    ServerDatabase &m_db;
    SmsGateway &m_gateway;
    const Clock &m_clock;
    ServerLog &m_log;
    Options m_options;
    SmsOutbox m_outbox;
    QTimer m_timer;
    QSet<QString> m_inFlight; // message ids being sent by this process
};

} // namespace guichet::server
