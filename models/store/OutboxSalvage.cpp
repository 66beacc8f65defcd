#include "store/OutboxSalvage.h"

#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guichet {

namespace {

void salvageSequence(const QSqlDatabase &db, SalvagedState &state)
{
    // The per-device sequence must never go back: the server takes a reused number for a replay.
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")) && query.next()) {
        state.lastSeq = query.value(0).toLongLong();
        state.readable = true;
    }
}

void salvageOutbox(const QSqlDatabase &db, SalvagedState &state)
{
    const QString columns = OutboxRepository::selectColumns();
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    QSet<qint64> seen;
    if (scan.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(columns))) {
        while (scan.next()) {
            state.outbox << OutboxRepository::fromQuery(scan);
            seen.insert(state.outbox.constLast().seq);
        }
        if (!scan.lastError().isValid()) {
            state.readable = true;
            return;
        }
    }
    // The scan broke part-way: look every sequence number up on its own, so that one damaged page
    // costs the rows on it and no more.
    const qint64 maxSeq = state.lastSeq;
    QSqlQuery one(db);
    one.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(columns));
    for (qint64 seq = 1; seq <= maxSeq; ++seq) {
        if (seen.contains(seq))
            continue;
        one.bindValue(0, seq);
        if (one.exec() && one.next())
            state.outbox << OutboxRepository::fromQuery(one);
    }
    std::sort(state.outbox.begin(), state.outbox.end(),
              [](const Mutation &a, const Mutation &b) { return a.seq < b.seq; });
}

void salvageIdentity(const QSqlDatabase &db, SalvagedState &state)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state")))
        return;
    // The cursor and epoch are not kept: the rebuilt store pulls everything again. The server this
    // counter syncs with and who is signed in are kept, so that the rebuilt store is still a synced
    // device (its references come from leases, not from local numbering) and can pull at once.
    static const QStringList kept = {SyncStateRepository::DeviceId,     SyncStateRepository::CurrentSite,
                                     SyncStateRepository::CurrentAgent, SyncStateRepository::ServerUrl,
                                     SyncStateRepository::AgentLogin,   SyncStateRepository::AgentRole,
                                     SyncStateRepository::SiteIds};
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (kept.contains(key))
            state.identity.insert(key, query.value(1).toString());
    }
}

} // namespace

SalvagedState salvageFromDamagedStore(const QString &path)
{
    SalvagedState state;
    const QString name = QStringLiteral("guichet-salvage-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            salvageSequence(db, state);
            salvageOutbox(db, state);
            salvageIdentity(db, state);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

int restoreSalvagedState(const QSqlDatabase &db, const SalvagedState &state)
{
    Transaction transaction(db);
    for (const Mutation &mutation : state.outbox)
        OutboxRepository::insertVerbatim(db, mutation);
    qint64 lastSeq = state.lastSeq;
    for (const Mutation &mutation : state.outbox)
        lastSeq = std::max(lastSeq, mutation.seq);
    if (lastSeq > 0) {
        sql::exec(db, QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'outbox'"));
        sql::exec(db, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)"), {lastSeq});
    }
    for (auto it = state.identity.cbegin(); it != state.identity.cend(); ++it)
        SyncStateRepository::setValue(db, it.key(), it.value());
    transaction.commit();
    return int(state.outbox.size());
}

} // namespace guichet
