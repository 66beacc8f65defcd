#include "requests/RecordOpeningLog.h"

#include "core/Clock.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "domain/Mutation.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace guichet {

QString RecordOpeningLog::actionName(Action action)
{
    switch (action) {
    case Action::View:
        return QStringLiteral("view");
    case Action::Receipt:
        return QStringLiteral("receipt");
    case Action::OnlineView:
        return QStringLiteral("online_view");
    }
    return QStringLiteral("view");
}

RecordOpeningLog::Entry RecordOpeningLog::record(const QString &requestId, const QString &reference,
                                                 Action action, const QString &agentId, const QString &siteId)
{
    QSqlDatabase db = m_store.connection();
    Entry entry;
    entry.id = newId();
    entry.requestId = requestId;
    entry.reference = reference;
    entry.agentId = agentId.isEmpty() ? SyncStateRepository::value(db, SyncStateRepository::CurrentAgent) : agentId;
    entry.siteId = siteId.isEmpty() ? SyncStateRepository::value(db, SyncStateRepository::CurrentSite) : siteId;
    entry.openedAt = m_store.clock().nowUtc();
    entry.action = action;
    const QString stamp = timefmt::toStoreMs(entry.openedAt);

    Transaction transaction(db);
    sql::exec(db,
              QStringLiteral("INSERT INTO record_openings (id, request_id, reference, agent_id, site_id, opened_at, "
                             "action, version, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)"),
              {entry.id, requestId, reference, sql::nullIfEmpty(entry.agentId), sql::nullIfEmpty(entry.siteId),
               stamp, actionName(action), stamp});
    Mutation mutation;
    mutation.entity = QStringLiteral("record_openings");
    mutation.entityId = entry.id;
    mutation.operation = Mutation::Operation::Create;
    mutation.baseVersion = 0;
    mutation.payload = QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("agent_id"), entry.agentId.isEmpty() ? QJsonValue() : QJsonValue(entry.agentId)},
        {QStringLiteral("site_id"), entry.siteId.isEmpty() ? QJsonValue() : QJsonValue(entry.siteId)},
        {QStringLiteral("opened_at"), stamp},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("updated_at"), stamp},
        {QStringLiteral("deleted"), false},
    };
    OutboxRepository(m_store).enqueue(db, mutation);
    transaction.commit();
    m_store.notifyChanged(QStringLiteral("outbox"));
    return entry;
}

QList<RecordOpeningLog::Entry> RecordOpeningLog::forRequest(const QString &requestId) const
{
    QSqlQuery q = sql::exec(m_store.connection(),
                            QStringLiteral("SELECT id, request_id, reference, coalesce(agent_id, ''), "
                                           "coalesce(site_id, ''), opened_at, action FROM record_openings "
                                           "WHERE request_id = ? AND deleted = 0 ORDER BY opened_at DESC, rowid DESC"),
                            {requestId});
    QList<Entry> result;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toString();
        e.requestId = q.value(1).toString();
        e.reference = q.value(2).toString();
        e.agentId = q.value(3).toString();
        e.siteId = q.value(4).toString();
        e.openedAt = timefmt::fromStore(q.value(5).toString());
        const QString action = q.value(6).toString();
        e.action = action == QLatin1String("receipt")       ? Action::Receipt
                   : action == QLatin1String("online_view") ? Action::OnlineView
                                                            : Action::View;
        result << e;
    }
    return result;
}

} // namespace guichet
