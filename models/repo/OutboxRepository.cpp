#include "repo/OutboxRepository.h"

#include "core/FailPoint.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

QString OutboxRepository::selectColumns()
{
    return QStringLiteral(
        "seq, mutation_id, entity, entity_id, operation, payload, base_version, created_at, attempts, last_error");
}

Mutation OutboxRepository::fromQuery(const QSqlQuery &query)
{
    Mutation m;
    m.seq = query.value(0).toLongLong();
    m.mutationId = query.value(1).toString();
    m.entity = query.value(2).toString();
    m.entityId = query.value(3).toString();
    m.operation = Mutation::operationFromName(query.value(4).toString());
    m.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    m.baseVersion = query.value(6).toLongLong();
    m.createdAt = timefmt::fromStore(query.value(7).toString());
    m.attempts = query.value(8).toInt();
    m.lastError = query.value(9).toString();
    return m;
}

qint64 OutboxRepository::enqueue(const QSqlDatabase &db, Mutation &mutation) const
{
    if (mutation.mutationId.isEmpty())
        mutation.mutationId = newId();
    mutation.createdAt = m_store.clock().nowUtc();
    QSqlQuery query = sql::exec(
        db,
        QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, operation, payload, base_version, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {mutation.mutationId, mutation.entity, mutation.entityId, Mutation::operationName(mutation.operation),
         QString::fromUtf8(QJsonDocument(mutation.payload).toJson(QJsonDocument::Compact)), mutation.baseVersion,
         timefmt::toStoreMs(mutation.createdAt)});
    mutation.seq = query.lastInsertId().toLongLong();
    failpoint::hit("outbox_enqueued");   // inside the agent's write transaction
    return mutation.seq;
}

void OutboxRepository::insertVerbatim(const QSqlDatabase &db, const Mutation &m)
{
    sql::exec(db,
              QStringLiteral("INSERT OR IGNORE INTO outbox (seq, mutation_id, entity, entity_id, operation, payload, "
                             "base_version, created_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {m.seq, m.mutationId, m.entity, m.entityId, Mutation::operationName(m.operation),
               QString::fromUtf8(QJsonDocument(m.payload).toJson(QJsonDocument::Compact)), m.baseVersion,
               timefmt::toStoreMs(m.createdAt), m.attempts, m.lastError});
}

int OutboxRepository::count() const
{
    return sql::scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

QList<Mutation> OutboxRepository::pending(int limit) const
{
    QSqlQuery query = sql::exec(m_store.connection(),
                                QStringLiteral("SELECT %1 FROM outbox ORDER BY seq LIMIT ?").arg(selectColumns()),
                                {limit});
    QList<Mutation> result;
    while (query.next())
        result << fromQuery(query);
    return result;
}

QList<Mutation> OutboxRepository::pendingAfter(qint64 seq, int limit) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?").arg(selectColumns()), {seq, limit});
    QList<Mutation> result;
    while (query.next())
        result << fromQuery(query);
    return result;
}

void OutboxRepository::remove(const QSqlDatabase &db, const QString &mutationId) const
{
    sql::exec(db, QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"), {mutationId});
}

void OutboxRepository::recordFailure(const QString &mutationId, const QString &error) const
{
    sql::exec(m_store.connection(),
              QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"),
              {error, mutationId});
    m_store.notifyChanged(QStringLiteral("outbox"));
}

} // namespace guichet
