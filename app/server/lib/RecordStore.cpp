#include "RecordStore.h"

#include "ServerDatabase.h"
#include "sync/EntitySchema.h"

#include <QJsonDocument>

namespace guichet::server {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QJsonValue &value)
{
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

qint64 RecordStore::takeChangeNumber()
{
    return m_db
        .scalar(QStringLiteral("UPDATE change_counter SET last_change = last_change + 1 WHERE id = 1 "
                               "RETURNING last_change"))
        .toLongLong();
}

qint64 RecordStore::lastChange()
{
    return m_db.scalar(QStringLiteral("SELECT last_change FROM change_counter WHERE id = 1")).toLongLong();
}

std::optional<StoredRecord> RecordStore::find(const QString &id)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT entity, version, deleted, last_device, data, edit_version FROM records WHERE id = ?"),
        {id});
    if (!query.next())
        return std::nullopt;
    StoredRecord record;
    record.id = id;
    record.entity = query.value(0).toString();
    record.version = query.value(1).toLongLong();
    record.deleted = query.value(2).toInt() != 0;
    record.lastDevice = query.value(3).toString();
    record.data = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    record.editVersion = query.value(5).toLongLong();
    query.finish();
    return record;
}

std::optional<QString> RecordStore::findByNaturalKey(const QString &entity, const QString &key)
{
    const QVariant id = m_db.scalar(
        QStringLiteral("SELECT id FROM records WHERE entity = ? AND natural_key = ?"), {entity, key});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toString();
}

std::optional<QJsonObject> RecordStore::visibleState(const QString &entity, const QString &id,
                                                     const QStringList &siteIds)
{
    const auto record = find(id);
    if (!record || record->entity != entity)
        return std::nullopt;
    // The same rule as pull(): a site-scoped record with a site goes to that site's devices only.
    const EntityInfo *info = EntitySchema::instance().find(entity);
    if (info && info->scope == EntityInfo::Scope::Site && !info->siteColumn.isEmpty()) {
        const QString site = record->data.value(info->siteColumn).toString();
        if (!site.isEmpty() && !siteIds.contains(site))
            return std::nullopt;
    }
    return record->data;
}

void RecordStore::write(StoredRecord &record, const QString &updatedAt)
{
    const EntityInfo *info = EntitySchema::instance().find(record.entity);
    record.data.insert(QStringLiteral("id"), record.id);
    record.data.insert(QStringLiteral("version"), record.version);
    record.data.insert(QStringLiteral("deleted"), record.deleted ? 1 : 0);
    record.data.insert(QStringLiteral("updated_at"), updatedAt);
    const QJsonValue site =
        info && !info->siteColumn.isEmpty() ? record.data.value(info->siteColumn) : QJsonValue();
    const bool siteScoped = info && info->scope == EntityInfo::Scope::Site;
    const QVariant naturalKey = info && !info->naturalKey.isEmpty()
                                    ? textOrNull(record.data.value(info->naturalKey))
                                    : textOrNull({});
    m_db.exec(
        QStringLiteral(
            "INSERT INTO records (id, entity, version, deleted, site_id, scope_site, natural_key, "
            "last_device, updated_at, data, edit_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) "
            "DO UPDATE SET entity = excluded.entity, version = excluded.version, deleted = excluded.deleted, "
            "site_id = excluded.site_id, scope_site = excluded.scope_site, natural_key = "
            "excluded.natural_key, last_device = excluded.last_device, updated_at = excluded.updated_at, "
            "data = excluded.data, edit_version = excluded.edit_version"),
        {record.id, record.entity, record.version, record.deleted ? 1 : 0, textOrNull(site),
         siteScoped ? textOrNull(site) : textOrNull({}), naturalKey, textOrNull(record.lastDevice), updatedAt,
         compact(record.data), record.serverBookkeeping ? record.editVersion : record.version});
}

bool RecordStore::createdBy(const QString &id, const QString &deviceId)
{
    return m_db
               .scalar(QStringLiteral("SELECT count(*) FROM processed_mutations WHERE entity_id = ? AND "
                                      "device_id = ? AND operation = 'create' AND outcome = 'applied'"),
                       {id, deviceId})
               .toInt() > 0;
}

QList<StoredRecord> RecordStore::byEntity(const QString &entity, const QString &siteId)
{
    QSqlQuery &query =
        siteId.isEmpty()
            ? m_db.exec(QStringLiteral(
                            "SELECT id, version, deleted, last_device, data FROM records WHERE entity = ? "
                            "AND deleted = 0"),
                        {entity})
            : m_db.exec(QStringLiteral(
                            "SELECT id, version, deleted, last_device, data FROM records WHERE entity = ? "
                            "AND site_id = ? AND deleted = 0"),
                        {entity, siteId});
    QList<StoredRecord> result;
    while (query.next()) {
        StoredRecord record;
        record.id = query.value(0).toString();
        record.entity = entity;
        record.version = query.value(1).toLongLong();
        record.deleted = query.value(2).toInt() != 0;
        record.lastDevice = query.value(3).toString();
        record.data = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        result << record;
    }
    query.finish();
    return result;
}

QString RecordStore::epoch()
{
    return m_db.scalar(QStringLiteral("SELECT value FROM server_state WHERE key = 'epoch'")).toString();
}

void RecordStore::setEpoch(const QString &epoch)
{
    m_db.exec(QStringLiteral("UPDATE server_state SET value = ? WHERE key = 'epoch'"), {epoch});
}

qint64 RecordStore::horizon()
{
    return m_db.scalar(QStringLiteral("SELECT value FROM server_state WHERE key = 'horizon'")).toLongLong();
}

int RecordStore::purgeTombstones(const QString &olderThan)
{
    // The horizon moves to the last change number: every cursor below it must re-snapshot,
    // because the deletions it would have received are gone.
    const qint64 last = lastChange();
    const int purged =
        m_db.exec(QStringLiteral("DELETE FROM records WHERE deleted = 1 AND updated_at < ?"), {olderThan})
            .numRowsAffected();
    m_db.exec(QStringLiteral("DELETE FROM server_state WHERE key = 'horizon'"));
    m_db.exec(QStringLiteral("INSERT INTO server_state (key, value) VALUES ('horizon', ?)"),
              {QString::number(last)});
    return purged;
}

namespace {

void appendChange(QByteArray &out, const QString &entity, const QString &id, qint64 version, bool deleted,
                  const QString &data)
{
    out += "{\"entity\":\"";
    out += entity.toUtf8();
    out += "\",\"id\":\"";
    out += id.toUtf8();
    out += "\",\"version\":";
    out += QByteArray::number(version);
    out += deleted ? ",\"deleted\":true,\"data\":" : ",\"deleted\":false,\"data\":";
    out += data.toUtf8();
    out += '}';
}

} // namespace

RecordStore::RawChunk RecordStore::rawChanges(qint64 since, qint64 upTo, int limit)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT entity, id, version, deleted, data, scope_site FROM "
                                                "records WHERE version > ? AND version <= ? ORDER BY version "
                                                "LIMIT ?"),
                                 {since, upTo, limit + 1});
    RawChunk chunk;
    while (query.next()) {
        if (chunk.changes.size() == limit) {
            chunk.complete = false;
            break;
        }
        RawChange change;
        change.version = query.value(2).toLongLong();
        change.id = query.value(1).toString();
        change.scopeSite = query.value(5).toString();
        appendChange(change.json, query.value(0).toString(), change.id, change.version,
                     query.value(3).toInt() != 0, query.value(4).toString());
        chunk.changes << change;
    }
    query.finish();
    return chunk;
}

RecordStore::Page RecordStore::pull(qint64 since, qint64 upTo, const QStringList &siteIds, int limit)
{
    // Site-scoped records of other sites are filtered out; their change numbers are simply passed
    // over by the cursor. The site list is short (a device serves one site, a pool laptop a few).
    QString placeholders;
    QVariantList values{since, upTo};
    for (const QString &site : siteIds) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << site;
    }
    values << limit + 1;
    const QString scope =
        placeholders.isEmpty()
            ? QStringLiteral("scope_site IS NULL")
            : QStringLiteral("(scope_site IS NULL OR scope_site IN (%1))").arg(placeholders);
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT entity, id, version, deleted, data FROM records WHERE version > ? "
                                 "AND version <= ? AND %1 ORDER BY version LIMIT ?")
                      .arg(scope),
                  values);
    Page page;
    page.changesJson.reserve(limit * 400);
    page.changesJson += '[';
    while (query.next()) {
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        if (page.count > 0)
            page.changesJson += ',';
        page.lastVersion = query.value(2).toLongLong();
        appendChange(page.changesJson, query.value(0).toString(), query.value(1).toString(), page.lastVersion,
                     query.value(3).toInt() != 0, query.value(4).toString());
        ++page.count;
    }
    page.changesJson += ']';
    query.finish();
    return page;
}

} // namespace guichet::server
