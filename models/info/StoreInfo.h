#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace guichet {

class LocalStore;

// What `guichet-cli info` prints: schema version, counts per entity, outbox length, sync cursor,
// last sync, and a digest of the synced content per entity. The digest does not depend on the
// order rows were written in, so two counters holding the same records print the same digests.
struct StoreInfo
{
    int schemaVersion = 0;
    QMap<QString, qint64> counts;      // live (not deleted) records per entity
    QMap<QString, QString> digests;    // SHA-256 (hex) of every record of the entity, by id
    qint64 outboxLength = 0;
    QString cursor;
    QString lastSync;
    QString deviceId;

    static StoreInfo collect(LocalStore &store, bool withDigests = true);
    QJsonObject toJson() const;
    QString toText() const;

    // The synced tables (every entity of the data model, outbox and sync state excluded).
    static const QStringList &syncedTables();
};

} // namespace guichet
