#include "repo/ConflictRepository.h"

#include "core/TimeFormat.h"
#include "repo/OutboxRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "sync/EntitySchema.h"
#include "sync/RecordWriter.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet {

namespace {

const QString kColumns =
    QStringLiteral("mutation_id, seq, entity, entity_id, operation, payload, reason, message, "
                   "server_record, created_at, resolved_at, resolution");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SyncConflict fromQuery(const QSqlQuery &q)
{
    SyncConflict c;
    c.mutationId = q.value(0).toString();
    c.seq = q.value(1).toLongLong();
    c.entity = q.value(2).toString();
    c.entityId = q.value(3).toString();
    c.operation = Mutation::operationFromName(q.value(4).toString());
    c.payload = parseObject(q.value(5).toString());
    c.reason = q.value(6).toString();
    c.message = q.value(7).toString();
    if (!q.value(8).isNull())
        c.serverRecord = parseObject(q.value(8).toString());
    c.createdAt = timefmt::fromStore(q.value(9).toString());
    c.resolvedAt = timefmt::fromStore(q.value(10).toString());
    const QString resolution = q.value(11).toString();
    c.resolution = resolution == QLatin1String("retried")     ? SyncConflict::Resolution::Retried
                   : resolution == QLatin1String("dismissed") ? SyncConflict::Resolution::Dismissed
                                                              : SyncConflict::Resolution::Open;
    return c;
}

QJsonObject localRecord(const QSqlDatabase &db, const QString &entity, const QString &id)
{
    if (EntitySchema::instance().find(entity) == nullptr)
        return {};
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(entity), {id});
    QJsonObject record;
    if (q.next()) {
        const QSqlRecord row = q.record();
        for (int i = 0; i < row.count(); ++i)
            record.insert(row.fieldName(i), QJsonValue::fromVariant(row.value(i)));
    }
    return record;
}

} // namespace

QList<SyncConflict> ConflictRepository::openConflicts() const
{
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = sql::exec(
        db,
        QStringLiteral("SELECT %1 FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY seq, mutation_id")
            .arg(kColumns));
    QList<SyncConflict> result;
    while (q.next())
        result << fromQuery(q);
    for (SyncConflict &c : result)
        c.localRecord = localRecord(db, c.entity, c.entityId);
    return result;
}

int ConflictRepository::openCount() const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"))
        .toInt();
}

void ConflictRepository::dismiss(const QString &mutationId)
{
    QSqlQuery q =
        sql::exec(m_store.connection(),
                  QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'dismissed' "
                                 "WHERE mutation_id = ? AND resolved_at IS NULL"),
                  {timefmt::toStoreMs(m_store.clock().nowUtc()), mutationId});
    if (q.numRowsAffected() <= 0)
        throw StoreError(
            StoreError::Kind::InvalidInput,
            tr("This refused change is no longer waiting (%1): refresh the list.").arg(mutationId));
    m_store.notifyChanged(QStringLiteral("sync_conflicts"));
}

Mutation ConflictRepository::retry(const QString &mutationId)
{
    QSqlDatabase db = m_store.connection();
    Mutation mutation;
    {
        Transaction transaction(db);
        QSqlQuery q = sql::exec(
            db,
            QStringLiteral("SELECT %1 FROM sync_conflicts WHERE mutation_id = ? AND resolved_at IS NULL")
                .arg(kColumns),
            {mutationId});
        if (!q.next())
            throw StoreError(
                StoreError::Kind::InvalidInput,
                tr("This refused change is no longer waiting (%1): refresh the list.").arg(mutationId));
        const SyncConflict conflict = fromQuery(q);
        q.finish();
        const EntityInfo *info = EntitySchema::instance().find(conflict.entity);
        if (info == nullptr)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                tr("This counter does not know records of the kind “%1”: the change cannot be sent again.")
                    .arg(conflict.entity));
        {
            RecordWriter writer(db);
            writer.applyLocal(*info, conflict.entityId, conflict.operation, conflict.payload);
            // The change is now made on what this counter holds, which is the server's state as the
            // refusal brought it back: the server then judges it against that version.
            mutation.baseVersion = writer.version(*info, conflict.entityId).value_or(0);
        }
        mutation.entity = conflict.entity;
        mutation.entityId = conflict.entityId;
        mutation.operation = conflict.operation;
        mutation.payload = conflict.payload;
        OutboxRepository(m_store).enqueue(db, mutation);
        sql::exec(
            db,
            QStringLiteral(
                "UPDATE sync_conflicts SET resolved_at = ?, resolution = 'retried' WHERE mutation_id = ?"),
            {timefmt::toStoreMs(m_store.clock().nowUtc()), mutationId});
        transaction.commit();
    }
    m_store.notifyChanged(mutation.entity);
    m_store.notifyChanged(QStringLiteral("outbox"));
    m_store.notifyChanged(QStringLiteral("sync_conflicts"));
    return mutation;
}

} // namespace guichet
