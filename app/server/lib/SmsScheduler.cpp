#include "SmsScheduler.h"

#include "RecordStore.h"
#include "ServerLog.h"
#include "SmsGateway.h"
#include "SmsPlanner.h"
#include "core/Clock.h"
#include "core/FailPoint.h"
#include "store/StoreError.h"

#include <algorithm>

namespace guichet::server {

namespace {

QJsonObject ids(const SmsMessage &message)
{
    return {{QStringLiteral("message"), message.id},
            {QStringLiteral("appointment"), message.appointmentId},
            {QStringLiteral("kind"), SmsTemplates::kindName(message.kind)}};
}

} // namespace

SmsScheduler::SmsScheduler(ServerDatabase &database, SmsGateway &gateway, const Clock &clock, ServerLog &log,
                           Options options, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_gateway(gateway)
    , m_clock(clock)
    , m_log(log)
    , m_options(options)
    , m_outbox(database, clock)
{
    m_options.intervalSeconds = std::max(1, m_options.intervalSeconds);
    m_timer.setInterval(m_options.intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SmsScheduler::runOnce);
}

void SmsScheduler::start()
{
    m_timer.start();
    // Soon, not at once: the server answers its first requests first. This first run also sends
    // what a crash left queued.
    QTimer::singleShot(std::min(1000, m_options.intervalSeconds * 1000), this, &SmsScheduler::runOnce);
}

void SmsScheduler::runOnce()
{
    try {
        planNew();
    } catch (const StoreError &error) {
        m_log.error(QStringLiteral("sms_store_error"), {{QStringLiteral("step"), QStringLiteral("plan")},
                                                        {QStringLiteral("error"), error.message()}});
    }
    try {
        sendDue();
    } catch (const StoreError &error) {
        m_log.error(QStringLiteral("sms_store_error"), {{QStringLiteral("step"), QStringLiteral("send")},
                                                        {QStringLiteral("error"), error.message()}});
    }
}

void SmsScheduler::planNew()
{
    SmsPlanner planner(m_db, SmsTemplates::builtIn(), m_options.reminderHours);
    RecordStore records(m_db);
    for (int batch = 0; batch < kMaxBatchesPerRun; ++batch) {
        const QList<SmsPlanner::Candidate> candidates = planner.candidates(m_clock.nowUtc(), kBatch);
        QList<SmsOutbox::Ineligible> ineligible;
        int queued = 0;
        for (const SmsPlanner::Candidate &candidate : candidates) {
            const std::optional<StoredRecord> appointment = records.find(candidate.appointmentId);
            if (!appointment)
                continue;
            QString why;
            const QList<SmsMessage> messages = planner.plan(candidate, *appointment, &why);
            if (messages.isEmpty()) {
                ineligible << SmsOutbox::Ineligible{candidate.appointmentId, appointment->version, why};
                continue;
            }
            for (const SmsMessage &message :
                 m_outbox.enqueue(candidate.appointmentId, appointment->version, messages)) {
                ++queued;
                m_log.info(QStringLiteral("sms_queued"), ids(message));
            }
        }
        m_outbox.recordIneligible(ineligible);
        if (!ineligible.isEmpty())
            m_log.debug(QStringLiteral("sms_ineligible"),
                        {{QStringLiteral("appointments"), ineligible.size()}});
        // Done, or stuck on appointments that changed under us (the next run plans them again).
        if (candidates.size() < kBatch || (queued == 0 && ineligible.isEmpty()))
            return;
    }
}

void SmsScheduler::sendDue()
{
    const int room = kMaxInFlight - static_cast<int>(m_inFlight.size());
    // The claim outlasts the longest send: no other server process sends it meanwhile, and if
    // this one dies the message is due again once the claim is over, with its same id.
    for (const SmsMessage &message : m_outbox.claimDue(room, m_gateway.maxSendMs() + 3000))
        if (!m_inFlight.contains(message.id))
            send(message);
}

void SmsScheduler::send(const SmsMessage &message)
{
    const std::optional<StoredRecord> appointment = RecordStore(m_db).find(message.appointmentId);
    const QString why =
        SmsPlanner::obsolete(message, appointment ? &*appointment : nullptr, m_clock.nowUtc());
    if (!why.isEmpty()) {
        m_outbox.markObsolete(message, why);
        QJsonObject fields = ids(message);
        fields.insert(QStringLiteral("reason"), why);
        m_log.info(QStringLiteral("sms_not_sent"), fields);
        return;
    }
    m_inFlight.insert(message.id);
    m_gateway.send(message.id, message.to, message.body, [this, message](const SmsGateway::Result &result) {
        m_inFlight.remove(message.id);
        if (result.accepted)
            failpoint::hit("sms_after_send"); // accepted by the gateway, not yet marked sent
        settle(message, result.accepted, result.permanent, result.error, result.answer);
        try {
            sendDue();
        } catch (const StoreError &error) {
            m_log.error(QStringLiteral("sms_store_error"), {{QStringLiteral("step"), QStringLiteral("send")},
                                                            {QStringLiteral("error"), error.message()}});
        }
    });
}

void SmsScheduler::settle(const SmsMessage &message, bool accepted, bool permanent, const QString &error,
                          const QString &answer)
{
    QJsonObject fields = ids(message);
    fields.insert(QStringLiteral("attempt"), message.attempts + 1);
    try {
        if (accepted) {
            m_outbox.markSent(message);
            m_log.info(QStringLiteral("sms_sent"), fields);
            return;
        }
        const int delay = retryDelaySeconds(message.attempts + 1);
        const QString reason = answer.isEmpty() ? error : error + QStringLiteral(": ") + answer;
        fields.insert(QStringLiteral("error"), error);
        if (m_outbox.markFailed(message, reason, permanent, delay)) {
            m_log.warning(QStringLiteral("sms_failed"), fields);
        } else {
            fields.insert(QStringLiteral("retry_in_s"), delay);
            m_log.info(QStringLiteral("sms_retry"), fields);
        }
    } catch (const StoreError &storeError) {
        // Nothing marked: the message stays queued and is sent again, with its id, once the
        // claim is over — the gateway drops the copy if it had accepted it.
        fields.insert(QStringLiteral("error"), storeError.message());
        m_log.error(QStringLiteral("sms_store_error"), fields);
    }
}

int SmsScheduler::retryDelaySeconds(int attemptsMade) const
{
    qint64 delay = m_options.intervalSeconds;
    for (int i = 1; i < attemptsMade && delay < kMaxRetryDelaySeconds; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, kMaxRetryDelaySeconds));
}

} // namespace guichet::server
