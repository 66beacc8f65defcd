#include "repo/CallLogRepository.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "domain/Mutation.h"
#include "repo/LocalChange.h"
#include "repo/OutboxRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace guichet {

namespace {

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

QHash<QString, int> CallLogRepository::callsByLanguage(const QString &siteId) const
{
    QString statement =
        QStringLiteral("SELECT language, count(*) FROM call_logs WHERE deleted = 0 AND language <> ''");
    QVariantList values;
    if (!siteId.isEmpty()) {
        statement += QStringLiteral(" AND site_id = ?");
        values << siteId;
    }
    QSqlQuery q = sql::exec(m_store.connection(), statement + QStringLiteral(" GROUP BY language"), values);
    QHash<QString, int> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

int CallLogRepository::callCount() const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM call_logs WHERE deleted = 0"))
        .toInt();
}

CallLog CallLogRepository::logCall(CallLog call)
{
    if (InterpretingMode::needsLanguage(call.mode) && call.language.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("Choose the visitor's language before calling a foreign-language interpreter."));
    if (call.durationS < 0)
        throw StoreError(StoreError::Kind::InvalidInput, tr("A call cannot last a negative time."));

    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    if (!call.providerId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM interpreter_providers WHERE id = ? AND deleted = 0"),
                     {call.providerId})
             .isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("This interpreter service is no longer in the list: the call was not logged."));

    const QDateTime now = m_store.clock().nowUtc();
    call.id = newId();
    if (!call.startedAt.isValid())
        call.startedAt = now;
    call.language = call.language.trimmed().toLower();
    call.version = 0;
    call.updatedAt = now;
    call.deleted = false;
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO call_logs (id, agent_id, site_id, provider_id, mode, language, started_at, "
                  "duration_s, outcome, version, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "0, ?, 0)"),
              {call.id, sql::nullIfEmpty(call.agentId), sql::nullIfEmpty(call.siteId),
               sql::nullIfEmpty(call.providerId), InterpretingMode::name(call.mode), text(call.language),
               timefmt::toStore(call.startedAt), call.durationS, CallLog::outcomeName(call.outcome),
               timefmt::toStoreMs(now)});

    Mutation mutation;
    mutation.entity = QStringLiteral("call_logs");
    mutation.entityId = call.id;
    mutation.operation = Mutation::Operation::Create;
    mutation.payload = call.toJson();
    OutboxRepository(m_store).enqueue(db, mutation);
    transaction.commit();

    m_store.notifyChanged(QStringLiteral("call_logs"));
    m_store.notifyChanged(QStringLiteral("outbox"));
    return call;
}

void CallLogRepository::finishCall(const QString &id, CallLog::Outcome outcome, int durationS)
{
    constexpr int kLongestCall = 8 * 3600;
    if (durationS < 0 || durationS > kLongestCall)
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("A call lasts between 0 seconds and 8 hours: the call was not updated."));
    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM call_logs WHERE id = ? AND deleted = 0"), {id}).isValid())
        throw StoreError(StoreError::Kind::InvalidInput, tr("This call is not in the log of this counter."));
    LocalChange(m_store, db).update(QStringLiteral("call_logs"), id,
                                    {{QStringLiteral("outcome"), CallLog::outcomeName(outcome)},
                                     {QStringLiteral("duration_s"), durationS}});
    transaction.commit();
    m_store.notifyChanged(QStringLiteral("call_logs"));
    m_store.notifyChanged(QStringLiteral("outbox"));
}

std::optional<CallLog> CallLogRepository::get(const QString &id) const
{
    QSqlQuery q = sql::exec(m_store.connection(),
                            QStringLiteral("SELECT id, agent_id, site_id, provider_id, mode, language, started_at, "
                                           "duration_s, outcome, version, updated_at, deleted FROM call_logs "
                                           "WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    CallLog call;
    call.id = q.value(0).toString();
    call.agentId = q.value(1).toString();
    call.siteId = q.value(2).toString();
    call.providerId = q.value(3).toString();
    call.mode = InterpretingMode::fromName(q.value(4).toString());
    call.language = q.value(5).toString();
    call.startedAt = timefmt::fromStore(q.value(6).toString());
    call.durationS = q.value(7).toInt();
    call.outcome = CallLog::outcomeFromName(q.value(8).toString());
    call.version = q.value(9).toLongLong();
    call.updatedAt = timefmt::fromStore(q.value(10).toString());
    call.deleted = q.value(11).toBool();
    return call;
}

} // namespace guichet
