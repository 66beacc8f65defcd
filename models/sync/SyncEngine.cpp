#include "sync/SyncEngine.h"

#include "core/FailPoint.h"
#include "core/TimeFormat.h"
#include "domain/RequestReference.h"
#include "repo/OutboxRepository.h"
#include "repo/ReferenceLeaseRepository.h"
#include "repo/SyncStateRepository.h"
#include "requests/RequestRetention.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "sync/PullPageApplier.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QTimeZone>

namespace guichet {

namespace {

using Response = SyncHttpClient::Response;
using Result = SyncEngine::Report::Result;

// What an unsuccessful answer means for this pass.
bool failWith(SyncEngine::Report &report, const Response &response)
{
    if (response.kind == Response::Kind::NetworkError)
        report.result = Result::Offline;
    else if (response.status == 401)
        report.result = Result::SignedOut;
    else
        report.result = Result::Failed;
    report.message = response.message;
    return false;
}

} // namespace

SyncEngine::SyncEngine(LocalStore &store, SyncHttpClient &client)
    : m_store(store)
    , m_client(client)
{}

SyncEngine::Report SyncEngine::run()
{
    Report report;
    try {
        if (push(report) && pull(report)) {
            topUpLeases();
            SyncStateRepository(m_store).setValue(SyncStateRepository::LastSuccess,
                                                  timefmt::toStoreMs(m_store.clock().nowUtc()));
            // Caught up: the local cache goes back to its retention window (never a failed sync).
            try {
                RequestRetention(m_store).purgeAfterSync();
            } catch (const StoreError &error) {
                qWarning("guichet: old requests could not be purged: %s", qPrintable(error.message()));
            }
        }
    } catch (const StoreError &error) {
        report.result = Result::Failed;
        report.message = error.message();
    }
    return report;
}

bool SyncEngine::push(Report &report)
{
    const OutboxRepository outbox(m_store);
    const QString deviceId = SyncStateRepository(m_store).value(SyncStateRepository::DeviceId);
    qint64 after = 0;
    for (;;) {
        const QList<Mutation> batch = outbox.pendingAfter(after, protocol::kMaxPushBatch);
        if (batch.isEmpty())
            return true;
        QJsonArray mutations;
        for (const Mutation &m : batch)
            mutations << protocol::mutationToJson(m);
        const Response response =
            m_client.post(QStringLiteral("/api/v1/sync/push"), {{QStringLiteral("device_id"), deviceId},
                                                                {QStringLiteral("mutations"), mutations}});
        if (!response.ok())
            return failWith(report, response);
        failpoint::hit("push_answered");
        // The results are only counted here: the outbox rows go when a pull page acknowledges
        // them (in the same transaction as the page), so a crash between the two loses nothing.
        const QJsonArray results = response.body.value(QLatin1String("results")).toArray();
        if (results.isEmpty()) {
            report.result = Result::Failed;
            report.message = QStringLiteral("the server answered a push without results");
            return false;
        }
        for (const QJsonValue &value : results) {
            QString problem;
            const auto result = protocol::MutationResult::fromJson(value.toObject(), &problem);
            if (!result) {
                report.result = Result::Failed;
                report.message = QStringLiteral("unreadable push result: %1").arg(problem);
                return false;
            }
            switch (result->outcome) {
            case protocol::MutationResult::Outcome::Applied:
                ++report.pushed;
                ++report.applied;
                after = result->seq;
                break;
            case protocol::MutationResult::Outcome::Rejected:
                ++report.pushed;
                ++report.rejected;
                after = result->seq;
                break;
            case protocol::MutationResult::Outcome::Gap:
                report.result = Result::Blocked;
                report.message =
                    QStringLiteral("the server expects this counter's change %1 but its queue starts at %2: "
                                   "call IT (nothing is lost, the changes stay queued)")
                        .arg(result->expectedSeq)
                        .arg(result->seq);
                outbox.recordFailure(result->mutationId, report.message);
                return false;
            case protocol::MutationResult::Outcome::Retry:
                report.result = Result::Failed;
                report.message = result->message;
                outbox.recordFailure(result->mutationId, result->message);
                return false;
            }
        }
    }
}

bool SyncEngine::pull(Report &report)
{
    const SyncStateRepository state(m_store);
    PullPageApplier applier(m_store);
    bool restarted = false;
    for (;;) {
        const qint64 cursor = state.value(SyncStateRepository::Cursor, QStringLiteral("0")).toLongLong();
        const QList<Mutation> first = OutboxRepository(m_store).pending(1);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(protocol::kDefaultPullLimit));
        query.addQueryItem(QStringLiteral("pending_from"),
                           QString::number(first.isEmpty() ? 0 : first.first().seq));
        const Response response = m_client.get(QStringLiteral("/api/v1/sync/pull"), query);
        if (!response.ok()) {
            const QString code = response.errorCode();
            if (!restarted &&
                (code == QLatin1String("cursor_too_old") || code == QLatin1String("cursor_ahead"))) {
                applier.resetForSnapshot();
                report.snapshot = restarted = true;
                continue;
            }
            return failWith(report, response);
        }
        QString problem;
        const auto page = protocol::PullPage::fromJson(response.body, &problem);
        if (!page) {
            report.result = Result::Failed;
            report.message = QStringLiteral("unreadable pull page: %1").arg(problem);
            return false;
        }
        failpoint::hit("page_received");
        const QString epoch = state.value(SyncStateRepository::Epoch);
        if (!epoch.isEmpty() && page->epoch != epoch) {
            // The server was restored from a backup (or replaced): start again from nothing,
            // keeping the outbox, which is pushed again (the server dedups by mutation id).
            if (restarted) {
                report.result = Result::Failed;
                report.message = QStringLiteral("the server's epoch changed twice during one sync");
                return false;
            }
            applier.resetForSnapshot();
            report.snapshot = restarted = true;
            continue;
        }
        const PullApplyReport applied = applier.apply(*page);
        report.pulled += applied.applied;
        if (!page->hasMore)
            return true;
    }
}

void SyncEngine::topUpLeases()
{
    const SyncStateRepository state(m_store);
    const QString siteId = state.value(SyncStateRepository::CurrentSite);
    if (siteId.isEmpty())
        return;
    const QString code =
        sql::scalar(m_store.connection(), QStringLiteral("SELECT code FROM sites WHERE id = ?"), {siteId})
            .toString();
    if (code.isEmpty())
        return;
    const int year =
        m_store.clock().nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().year();
    const QString prefix = RequestReference::prefix(code, year);
    ReferenceLeaseRepository leases(m_store);
    if (leases.remaining(prefix) >= kLeaseLow)
        return;
    const Response response =
        m_client.post(QStringLiteral("/api/v1/sync/leases"),
                      {{QStringLiteral("prefix"), prefix}, {QStringLiteral("count"), kLeaseBlock}});
    if (!response.ok())
        return; // offline numbering still works (provisional references); next pass tries again
    const int first = response.body.value(QLatin1String("first")).toInt();
    const int last = response.body.value(QLatin1String("last")).toInt();
    if (response.body.value(QLatin1String("prefix")).toString() != prefix || first <= 0 || last < first)
        return;
    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    ReferenceLeaseRepository::addLease(db, prefix, first, last);
    transaction.commit();
}

} // namespace guichet
