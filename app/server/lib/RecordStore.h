#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet::server {

class ServerDatabase;

// A synced record as the server keeps it.
struct StoredRecord
{
    QString id;
    QString entity;
    qint64 version = 0;
    bool deleted = false;
    QString lastDevice;
    QJsonObject data; // every column, in the counters' names (id, version, deleted, updated_at included)
    // The change number of the last change a counter made (or an import): a change the server
    // makes to its own bookkeeping on the record (the SMS states) takes a new version but not a
    // new edit version, so a counter's edit made on the version before it is not "stale".
    qint64 editVersion = 0;
    bool serverBookkeeping = false; // write(): keep editVersion as it is
};

// The server's records and its change numbers. Every method runs inside the caller's transaction.
class RecordStore
{
public:
    explicit RecordStore(ServerDatabase &database)
        : m_db(database)
    {}

    // Takes the next change number. Must be the FIRST statement of a writing transaction: the row
    // lock it takes is held until commit, so change numbers commit in the order they are taken.
    qint64 takeChangeNumber();
    qint64 lastChange();

    std::optional<StoredRecord> find(const QString &id);
    // Another record of `entity` holding `key` (reference, code, login…), if any.
    std::optional<QString> findByNaturalKey(const QString &entity, const QString &key);
    // The record `id` of `entity` as a device serving `siteIds` may see it (the scope of a pull),
    // or nothing: absent, another kind of record, or bound to a site the device does not serve.
    std::optional<QJsonObject> visibleState(const QString &entity, const QString &id,
                                            const QStringList &siteIds);
    // Inserts or replaces the record; data's version/deleted/updated_at are set from the fields.
    void write(StoredRecord &record, const QString &updatedAt);
    // Whether `deviceId` created record `id` (its creation was applied from that device).
    bool createdBy(const QString &id, const QString &deviceId);
    QList<StoredRecord> byEntity(const QString &entity, const QString &siteId = {});

    QString epoch();
    void setEpoch(const QString &epoch);
    // Changes at or below the horizon may have been purged (tombstones): a cursor below it is too old.
    qint64 horizon();
    int purgeTombstones(const QString &olderThan);

    // One page of a pull, already serialised: `[{"entity":…,"id":…,"version":…,"deleted":…,"data":{…}}, …]`.
    struct Page
    {
        QByteArray changesJson;
        int count = 0;
        qint64 lastVersion = 0;
        bool hasMore = false;
    };
    Page pull(qint64 since, qint64 upTo, const QStringList &siteIds, int limit);

    // Every change of (since, upTo], whatever its scope, at most `limit`, serialised as in a page
    // (for the ChangeCache). `complete`: nothing more up to upTo.
    struct RawChange
    {
        qint64 version = 0;
        QString id;
        QString scopeSite;
        QByteArray json;
    };
    struct RawChunk
    {
        QList<RawChange> changes;
        bool complete = true;
    };
    RawChunk rawChanges(qint64 since, qint64 upTo, int limit);

private:
    ServerDatabase &m_db;
};

} // namespace guichet::server
