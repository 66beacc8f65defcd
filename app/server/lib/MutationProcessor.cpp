#include "MutationProcessor.h"

#include "MutationRules.h"
#include "RecordStore.h"
#include "RecordValidator.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "SlotCapacity.h"
#include "core/FailPoint.h"
#include "core/TimeFormat.h"
#include "store/StoreError.h"

#include <QJsonDocument>

namespace guichet::server {

using protocol::MutationResult;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool isCitizenRecord(const QString &entity)
{
    return entity == QLatin1String("appointments") || entity == QLatin1String("requests") ||
           entity == QLatin1String("request_events");
}

} // namespace

MutationProcessor::MutationProcessor(ServerDatabase &database, RecordValidator &validator, Clock &clock,
                                     ServerLog &log)
    : m_db(database)
    , m_validator(validator)
    , m_clock(clock)
    , m_log(log)
{}

qint64 MutationProcessor::lastSeq(const QString &deviceId)
{
    return m_db.scalar(QStringLiteral("SELECT last_seq FROM devices WHERE id = ?"), {deviceId}).toLongLong();
}

QList<MutationResult> MutationProcessor::process(const Session &session, const QList<Mutation> &mutations)
{
    return processAll({Push{session, mutations}}).constFirst();
}

QList<QList<MutationResult>> MutationProcessor::processAll(const QList<Push> &pushes)
{
    // One write transaction for the pushes, a savepoint per mutation: each mutation is applied
    // together with its "processed" record and the device's last sequence number, or not at all;
    // the pushes become durable with one commit (one fsync rather than one per mutation or per
    // push), and the answers are sent only after that commit. A crash before it loses nothing
    // acknowledged: the counters push again and the server applies what it had not.
    QList<QList<MutationResult>> answers(pushes.size());
    QList<std::optional<std::pair<Mutation, QString>>> failures(pushes.size());
    {
        ServerTransaction batch(m_db, ServerTransaction::Mode::Write);
        RecordStore(m_db).takeChangeNumber(); // the writers' lock, held until the commit
        for (qsizetype p = 0; p < pushes.size(); ++p) {
            const Push &push = pushes.at(p);
            for (const Mutation &mutation : push.mutations) {
                m_db.direct(QStringLiteral("SAVEPOINT mutation"));
                try {
                    MutationResult result = processOne(push.session, mutation);
                    m_db.direct(QStringLiteral("RELEASE SAVEPOINT mutation"));
                    failpoint::hit("server_mid_batch"); // applied, not committed
                    const bool gap = result.outcome == MutationResult::Outcome::Gap;
                    answers[p] << result;
                    if (gap)
                        break; // later mutations wait for the missing one: order is per device
                } catch (const StoreError &error) {
                    m_db.direct(QStringLiteral("ROLLBACK TO SAVEPOINT mutation"));
                    m_db.direct(QStringLiteral("RELEASE SAVEPOINT mutation"));
                    failures[p] = std::make_pair(mutation, error.message());
                    break;
                }
            }
        }
        batch.commit();
    }
    failpoint::hit("server_after_commit"); // committed, not yet answered
    for (qsizetype p = 0; p < pushes.size(); ++p) {
        const Session &session = pushes.at(p).session;
        for (const MutationResult &result : std::as_const(answers.at(p)))
            if (result.outcome == MutationResult::Outcome::Rejected && !result.duplicate)
                m_log.info(QStringLiteral("mutation_rejected"), {{QStringLiteral("device"), session.deviceId},
                                                                 {QStringLiteral("seq"), result.seq},
                                                                 {QStringLiteral("reason"), result.reason}});
        if (failures.at(p))
            answers[p] << recordFailure(session, failures.at(p)->first, failures.at(p)->second);
    }
    return answers;
}

std::optional<MutationResult> MutationProcessor::storedResult(const Session &session,
                                                              const Mutation &mutation)
{
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT seq, outcome, version, reason, message, entity, entity_id "
                                 "FROM processed_mutations WHERE mutation_id = ?"),
                  {mutation.mutationId});
    if (!query.next())
        return std::nullopt;
    MutationResult result;
    result.mutationId = mutation.mutationId;
    result.seq = query.value(0).toLongLong();
    result.duplicate = true;
    result.outcome = query.value(1).toString() == QLatin1String("applied")
                         ? MutationResult::Outcome::Applied
                         : MutationResult::Outcome::Rejected;
    result.version = query.value(2).toLongLong();
    result.reason = query.value(3).toString();
    result.message = query.value(4).toString();
    const QString entity = query.value(5).toString();
    const QString entityId = query.value(6).toString();
    query.finish();
    if (result.outcome == MutationResult::Outcome::Rejected)
        result.record = RecordStore(m_db).visibleState(entity, entityId, session.siteIds);
    return result;
}

MutationResult MutationProcessor::processOne(const Session &session, const Mutation &mutation)
{
    {
        if (auto stored = storedResult(session, mutation))
            return *stored;
        const qint64 expected = lastSeq(session.deviceId) + 1;
        if (mutation.seq != expected) {
            MutationResult result;
            result.mutationId = mutation.mutationId;
            result.seq = mutation.seq;
            if (mutation.seq > expected) {
                result.outcome = MutationResult::Outcome::Gap;
                result.expectedSeq = expected;
                result.message =
                    QStringLiteral("the server expects mutation %1 of this device first").arg(expected);
            } else {
                // The number was used by another mutation: the counter's outbox lost its order.
                result.outcome = MutationResult::Outcome::Rejected;
                result.reason = protocol::reason::Invalid;
                result.message = QStringLiteral("sequence number %1 was already used by another mutation")
                                     .arg(mutation.seq);
            }
            return result;
        }
        return apply(session, mutation);
    }
}

MutationResult MutationProcessor::apply(const Session &session, const Mutation &mutation)
{
    RecordStore records(m_db);
    SlotCapacity capacity(m_db, records);
    MutationRules rules(records, m_validator, capacity);
    const QString now = timefmt::toStoreMs(m_clock.nowUtc());

    MutationDecision decision = rules.decide(session, mutation);
    MutationResult result;
    result.mutationId = mutation.mutationId;
    result.seq = mutation.seq;
    if (decision.refused) {
        result.outcome = MutationResult::Outcome::Rejected;
        result.reason = decision.reason;
        result.message = decision.message;
        // The record as the server has it, for the counter to show the way forward — only when
        // the device may see it (a refusal must not show another site's record).
        result.record = records.visibleState(mutation.entity, mutation.entityId, session.siteIds);
    } else {
        result.outcome = MutationResult::Outcome::Applied;
        if (decision.auditOnly) {
            const QJsonObject &opening = decision.record.data;
            m_db.exec(QStringLiteral("INSERT INTO audit_log (at, agent_id, device_id, action, entity, entity_id, "
                                     "detail) VALUES (?, ?, ?, ?, 'requests', ?, ?)"),
                      {opening.value(QLatin1String("opened_at")).toString(), session.agentId, session.deviceId,
                       QStringLiteral("open:") + opening.value(QLatin1String("action")).toString(QStringLiteral("view")),
                       opening.value(QLatin1String("request_id")).toString(),
                       opening.value(QLatin1String("reference")).toString()});
            result.version = 0;
        } else if (decision.noChange) {
            result.version = decision.before->version;
        } else {
            decision.record.version = records.takeChangeNumber();
            records.write(decision.record, now);
            if (mutation.entity == QLatin1String("appointments"))
                capacity.record(mutation.entityId, decision.before ? &decision.before->data : nullptr,
                                decision.record.data, now);
            result.version = decision.record.version;
        }
    }
    m_db.exec(
        QStringLiteral(
            "INSERT INTO processed_mutations (mutation_id, device_id, seq, entity, entity_id, operation, "
            "payload, outcome, version, reason, message, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)"),
        {mutation.mutationId, session.deviceId, mutation.seq, mutation.entity, mutation.entityId,
         Mutation::operationName(mutation.operation), compact(mutation.payload),
         MutationResult::outcomeName(result.outcome), result.version, text(result.reason),
         text(result.message), now});
    m_db.exec(QStringLiteral(
                  "UPDATE devices SET last_seq = ?, failing_seq = 0, failing_attempts = 0, last_seen = ? "
                  "WHERE id = ?"),
              {mutation.seq, now, session.deviceId});
    if (isCitizenRecord(mutation.entity))
        m_db.exec(QStringLiteral(
                      "INSERT INTO audit_log (at, agent_id, device_id, action, entity, entity_id, detail) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {now, session.agentId, session.deviceId, Mutation::operationName(mutation.operation),
                   mutation.entity, mutation.entityId, MutationResult::outcomeName(result.outcome)});
    return result;
}

MutationResult MutationProcessor::recordFailure(const Session &session, const Mutation &mutation,
                                                const QString &error)
{
    m_log.error(QStringLiteral("mutation_failed"), {{QStringLiteral("device"), session.deviceId},
                                                    {QStringLiteral("seq"), mutation.seq},
                                                    {QStringLiteral("error"), error}});
    MutationResult result;
    result.mutationId = mutation.mutationId;
    result.seq = mutation.seq;
    result.outcome = MutationResult::Outcome::Retry;
    result.message = QStringLiteral("the server could not apply it this time; it will be sent again");
    try {
        int attempts = 0;
        {
            ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
            m_db.exec(QStringLiteral("UPDATE devices SET failing_attempts = CASE WHEN failing_seq = ? THEN "
                                     "failing_attempts + 1 ELSE 1 END, failing_seq = ? WHERE id = ?"),
                      {mutation.seq, mutation.seq, session.deviceId});
            attempts = m_db.scalar(QStringLiteral("SELECT failing_attempts FROM devices WHERE id = ?"),
                                   {session.deviceId})
                           .toInt();
            transaction.commit();
        }
        if (attempts < kMaxAttempts || lastSeq(session.deviceId) + 1 != mutation.seq)
            return result;
        // It failed every time: refuse it for good, so that the mutations after it can go through.
        const QString now = timefmt::toStoreMs(m_clock.nowUtc());
        ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
        m_db.exec(QStringLiteral(
                      "INSERT INTO processed_mutations (mutation_id, device_id, seq, entity, entity_id, "
                      "operation, payload, outcome, version, reason, message, processed_at) VALUES (?, ?, ?, "
                      "?, ?, ?, ?, 'rejected', 0, ?, ?, ?)"),
                  {mutation.mutationId, session.deviceId, mutation.seq, mutation.entity, mutation.entityId,
                   Mutation::operationName(mutation.operation), compact(mutation.payload),
                   protocol::reason::Unprocessable, error.left(500), now});
        m_db.exec(QStringLiteral(
                      "UPDATE devices SET last_seq = ?, failing_seq = 0, failing_attempts = 0 WHERE id = ?"),
                  {mutation.seq, session.deviceId});
        transaction.commit();
        result.outcome = MutationResult::Outcome::Rejected;
        result.reason = protocol::reason::Unprocessable;
        result.message = error.left(500);
    } catch (const StoreError &second) {
        m_log.error(QStringLiteral("store_unavailable"), {{QStringLiteral("error"), second.message()}});
    }
    return result;
}

} // namespace guichet::server
