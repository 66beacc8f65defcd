#include "PullService.h"

#include "RecordStore.h"
#include "ServerDatabase.h"
#include "core/TimeFormat.h"
#include "sync/EntitySchema.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace guichet::server {

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

PullService::Answer PullService::pull(const Session &session, qint64 since, int limit, qint64 pendingFrom)
{
    RecordStore records(m_db);
    ServerTransaction snapshot(m_db, ServerTransaction::Mode::Read);
    const qint64 last = records.lastChange();
    const qint64 horizon = records.horizon();
    const QString epoch = records.epoch();
    if (since > 0 && since < horizon)
        return {
            410,
            errorBody(
                QStringLiteral("cursor_too_old"),
                QStringLiteral("the changes after %1 are no longer kept: take a new snapshot").arg(since))};
    if (since > last)
        return {409,
                errorBody(QStringLiteral("cursor_ahead"),
                          QStringLiteral("cursor %1 is beyond the server's last change %2 (restored from a "
                                         "backup?): take a new snapshot")
                              .arg(since)
                              .arg(last))};
    std::optional<RecordStore::Page> cached =
        m_recent.pull(records, epoch, horizon, since, last, session.siteIds, limit);
    const RecordStore::Page page =
        cached ? std::move(*cached) : records.pull(since, last, session.siteIds, limit);
    const qint64 next = page.hasMore ? page.lastVersion : last;
    const qint64 lastSeq =
        m_db.scalar(QStringLiteral("SELECT last_seq FROM devices WHERE id = ?"), {session.deviceId})
            .toLongLong();

    QJsonArray rejected;
    if (pendingFrom > 0) {
        QList<protocol::Rejection> rows;
        QSqlQuery &query = m_db.exec(
            QStringLiteral("SELECT seq, mutation_id, entity, entity_id, operation, payload, reason, "
                           "message FROM processed_mutations WHERE device_id = ? AND seq >= ? "
                           "AND outcome = 'rejected' ORDER BY seq LIMIT 500"),
            {session.deviceId, pendingFrom});
        while (query.next()) {
            protocol::Rejection r;
            r.seq = query.value(0).toLongLong();
            r.mutationId = query.value(1).toString();
            r.entity = query.value(2).toString();
            r.entityId = query.value(3).toString();
            r.operation = query.value(4).toString();
            r.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
            r.reason = query.value(6).toString();
            r.message = query.value(7).toString();
            rows << r;
        }
        query.finish();
        for (protocol::Rejection &r : rows) {
            r.record = records.visibleState(r.entity, r.entityId, session.siteIds);
            rejected << r.toJson();
        }
    }
    const QJsonArray confirmed = pendingFrom > 0 ? confirmedElsewhere(session, pendingFrom) : QJsonArray();
    snapshot.commit();

    QJsonObject device{{QStringLiteral("last_seq"), lastSeq}, {QStringLiteral("rejected"), rejected}};
    if (!confirmed.isEmpty())
        device.insert(QStringLiteral("confirmed"), confirmed);
    QByteArray body;
    body.reserve(page.changesJson.size() + 256);
    body += "{\"epoch\":\"" + epoch.toUtf8() + "\",\"next_cursor\":" + QByteArray::number(next) +
            ",\"has_more\":" + (page.hasMore ? "true" : "false") +
            ",\"device\":" + QJsonDocument(device).toJson(QJsonDocument::Compact) + ",\"changes\":";
    body += page.changesJson;
    body += '}';
    return {200, body};
}

QJsonArray PullService::confirmedElsewhere(const Session &session, qint64 pendingFrom)
{
    QList<std::pair<QString, QString>> applied;
    {
        QSqlQuery &query = m_db.exec(QStringLiteral("SELECT entity, entity_id FROM processed_mutations WHERE "
                                                    "device_id = ? AND seq >= ? AND outcome = 'applied' "
                                                    "ORDER BY seq LIMIT 500"),
                                     {session.deviceId, pendingFrom});
        while (query.next())
            applied.append({query.value(0).toString(), query.value(1).toString()});
        query.finish();
    }
    QJsonArray confirmed;
    QSet<QString> seen;
    RecordStore records(m_db);
    for (const auto &[entity, id] : std::as_const(applied)) {
        const EntityInfo *info = EntitySchema::instance().find(entity);
        if (!info || !info->anySiteWrite || seen.contains(id))
            continue;
        seen.insert(id);
        const auto record = records.find(id);
        if (!record || record->entity != entity)
            continue;
        if (session.siteIds.contains(record->data.value(info->siteColumn).toString()))
            continue; // in scope: a page brings it
        confirmed.append(QJsonObject{{QStringLiteral("entity"), entity},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("version"), record->version},
                                     {QStringLiteral("deleted"), record->deleted},
                                     {QStringLiteral("data"), record->data}});
    }
    return confirmed;
}

PullService::Answer PullService::lease(const Session &session, const QString &prefix, int count)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,12}-[0-9]{4}$"));
    if (!pattern.match(prefix).hasMatch())
        return {400, errorBody(QStringLiteral("invalid"), QStringLiteral("prefix must look like M06-2026"))};
    if (count < 1 || count > 1000)
        return {400,
                errorBody(QStringLiteral("invalid"), QStringLiteral("count must be between 1 and 1000"))};
    // Numbers of a site the device serves only (the prefix starts with that site's code).
    bool served = false;
    RecordStore sites(m_db);
    for (const QString &siteId : session.siteIds) {
        const auto site = sites.find(siteId);
        if (site && prefix.startsWith(site->data.value(QLatin1String("code")).toString().toUpper() +
                                      QLatin1Char('-')))
            served = true;
    }
    if (!served)
        return {403,
                errorBody(QStringLiteral("forbidden"),
                          QStringLiteral("%1 is not the prefix of a site this counter serves").arg(prefix))};
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    RecordStore(m_db).takeChangeNumber(); // serializes with every other writer
    QVariant last =
        m_db.scalar(QStringLiteral("SELECT last_number FROM reference_counters WHERE prefix = ?"), {prefix});
    qint64 from = 0;
    if (last.isValid()) {
        from = last.toLongLong();
    } else {
        // First lease of this prefix: start above every reference already issued (demo data,
        // imports, counters that numbered before they synced).
        QSqlQuery &query =
            m_db.exec(QStringLiteral("SELECT natural_key FROM records WHERE entity = 'requests' AND "
                                     "natural_key >= ? AND natural_key < ?"),
                      {prefix + QLatin1Char('-'), prefix + QLatin1Char('.')});
        while (query.next()) {
            bool ok = false;
            const qint64 number = query.value(0)
                                      .toString()
                                      .mid(prefix.size() + 1)
                                      .section(QLatin1Char('-'), 0, 0)
                                      .toLongLong(&ok);
            if (ok)
                from = std::max(from, number);
        }
        query.finish();
        m_db.exec(QStringLiteral("INSERT INTO reference_counters (prefix, last_number) VALUES (?, 0)"),
                  {prefix});
    }
    const qint64 first = from + 1;
    const qint64 lastNumber = from + count;
    m_db.exec(QStringLiteral("UPDATE reference_counters SET last_number = ? WHERE prefix = ?"),
              {lastNumber, prefix});
    m_db.exec(
        QStringLiteral(
            "INSERT INTO reference_leases (device_id, prefix, first_number, last_number, leased_at) "
            "VALUES (?, ?, ?, ?, ?)"),
        {session.deviceId, prefix, first, lastNumber, timefmt::toStoreMs(QDateTime::currentDateTimeUtc())});
    transaction.commit();
    return {200, QJsonDocument(QJsonObject{{QStringLiteral("prefix"), prefix},
                                           {QStringLiteral("first"), first},
                                           {QStringLiteral("last"), lastNumber}})
                     .toJson(QJsonDocument::Compact)};
}

} // namespace guichet::server
