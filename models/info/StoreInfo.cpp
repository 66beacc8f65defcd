#include "info/StoreInfo.h"

#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet {

namespace {

QString digestOf(const QSqlDatabase &db, const QString &table)
{
    // Rows in id order, every column as "type:value" with unambiguous separators. Only what the
    // server has accepted (version > 0): a change not sent yet, or one the server refused and the
    // counter keeps for "À traiter", is this counter's own, not synced content.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT * FROM %1 WHERE version > 0 ORDER BY id").arg(table));
    const int columns = query.record().count();
    while (query.next()) {
        for (int c = 0; c < columns; ++c) {
            const QVariant v = query.value(c);
            QByteArray cell = v.isNull() ? QByteArrayLiteral("N") : QByteArrayLiteral("V") + v.toString().toUtf8();
            hash.addData(QByteArray::number(cell.size()));
            hash.addData(QByteArrayView(":"));
            hash.addData(cell);
        }
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

const QStringList &StoreInfo::syncedTables()
{
    static const QStringList tables = {
        QStringLiteral("sites"),        QStringLiteral("site_closures"),   QStringLiteral("agents"),
        QStringLiteral("devices"),      QStringLiteral("services"),        QStringLiteral("schedules"),
        QStringLiteral("appointments"), QStringLiteral("articles"),        QStringLiteral("article_versions"),
        QStringLiteral("requests"),     QStringLiteral("request_events"),  QStringLiteral("interpreter_providers"),
        QStringLiteral("call_logs"),    QStringLiteral("article_favourites"), QStringLiteral("article_feedback")};
    return tables;
}

StoreInfo StoreInfo::collect(LocalStore &store, bool withDigests)
{
    StoreInfo info;
    const QSqlDatabase db = store.connection();
    info.schemaVersion = Migrator::currentVersion(db);
    for (const QString &table : syncedTables()) {
        info.counts.insert(table,
                           sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))
                               .toLongLong());
        if (withDigests)
            info.digests.insert(table, digestOf(db, table));
    }
    info.outboxLength = sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
    const SyncStateRepository state(store);
    info.cursor = state.value(SyncStateRepository::Cursor, QStringLiteral("0"));
    info.lastSync = state.value(SyncStateRepository::LastSuccess);
    info.deviceId = state.value(SyncStateRepository::DeviceId);
    return info;
}

QJsonObject StoreInfo::toJson() const
{
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countObject.insert(it.key(), it.value());
    QJsonObject digestObject;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        digestObject.insert(it.key(), it.value());
    return {{QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("counts"), countObject},
            {QStringLiteral("digests"), digestObject},
            {QStringLiteral("outbox"), outboxLength},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("last_sync"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
            {QStringLiteral("device_id"), deviceId.isEmpty() ? QJsonValue() : QJsonValue(deviceId)}};
}

QString StoreInfo::toText() const
{
    QStringList lines;
    lines << QStringLiteral("schema version: %1").arg(schemaVersion);
    lines << QStringLiteral("outbox: %1 waiting to be sent").arg(outboxLength);
    lines << QStringLiteral("sync cursor: %1, last sync: %2")
                 .arg(cursor, lastSync.isEmpty() ? QStringLiteral("never") : lastSync);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(it.key(), -22)
                     .arg(it.value(), 9)
                     .arg(digests.value(it.key()).left(16));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace guichet
