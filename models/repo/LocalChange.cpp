#include "repo/LocalChange.h"

#include "core/TimeFormat.h"
#include "domain/Mutation.h"
#include "repo/OutboxRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/EntitySchema.h"
#include "sync/RecordWriter.h"

namespace guichet {

namespace {

const EntityInfo &entityInfo(const QString &entity)
{
    const EntityInfo *info = EntitySchema::instance().find(entity);
    if (!info)
        throw StoreError(QStringLiteral("'%1' is not a synced entity").arg(entity));
    return *info;
}

} // namespace

LocalChange::LocalChange(LocalStore &store, const QSqlDatabase &db)
    : m_store(store)
    , m_db(db)
    , m_writer(std::make_unique<RecordWriter>(db))
{}

LocalChange::~LocalChange() = default;

void LocalChange::create(const QString &entity, const QJsonObject &record)
{
    const EntityInfo &info = entityInfo(entity);
    const QString id = record.value(QLatin1String("id")).toString();
    QJsonObject row = record;
    row.insert(QStringLiteral("updated_at"), timefmt::toStoreMs(m_store.clock().nowUtc()));
    m_writer->upsert(info, id, row, 0, false);

    Mutation mutation;
    mutation.entity = entity;
    mutation.entityId = id;
    mutation.operation = Mutation::Operation::Create;
    mutation.payload = record;
    mutation.payload.remove(QStringLiteral("updated_at"));
    mutation.payload.remove(QStringLiteral("version"));
    mutation.payload.remove(QStringLiteral("deleted"));
    OutboxRepository(m_store).enqueue(m_db, mutation);
}

void LocalChange::update(const QString &entity, const QString &id, const QJsonObject &changes)
{
    if (changes.isEmpty())
        return;
    const EntityInfo &info = entityInfo(entity);
    const std::optional<qint64> baseVersion = m_writer->version(info, id);
    if (!baseVersion)
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("%1 %2 is not in the local store").arg(entity, id));
    QJsonObject row = changes;
    row.insert(QStringLiteral("updated_at"), timefmt::toStoreMs(m_store.clock().nowUtc()));
    m_writer->update(info, id, row);

    Mutation mutation;
    mutation.entity = entity;
    mutation.entityId = id;
    mutation.operation = Mutation::Operation::Update;
    mutation.payload = changes;
    mutation.baseVersion = *baseVersion;
    OutboxRepository(m_store).enqueue(m_db, mutation);
}

void LocalChange::remove(const QString &entity, const QString &id)
{
    const EntityInfo &info = entityInfo(entity);
    const std::optional<qint64> baseVersion = m_writer->version(info, id);
    if (!baseVersion)
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("%1 %2 is not in the local store").arg(entity, id));
    m_writer->update(
        info, id,
        QJsonObject{{QStringLiteral("deleted"), 1},
                    {QStringLiteral("updated_at"), timefmt::toStoreMs(m_store.clock().nowUtc())}});

    Mutation mutation;
    mutation.entity = entity;
    mutation.entityId = id;
    mutation.operation = Mutation::Operation::Delete;
    mutation.baseVersion = *baseVersion;
    OutboxRepository(m_store).enqueue(m_db, mutation);
}

} // namespace guichet
