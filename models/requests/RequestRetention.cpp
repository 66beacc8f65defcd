#include "requests/RequestRetention.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace guichet {

namespace {

// The answered or closed requests created before the window (walking requests_created upwards
// from `from`), whose history has nothing in the window, with nothing of theirs in the outbox.
// The outbox subqueries are evaluated once per statement (SQLite materialises an IN list).
const QString kCandidates = QStringLiteral(
    "SELECT r.rowid, r.id, r.created_at FROM requests r INDEXED BY requests_created "
    "WHERE r.created_at >= ? AND r.created_at < ? AND r.status IN ('answered', 'closed') "
    "AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.at >= ?) "
    "AND r.id NOT IN (SELECT o.entity_id FROM outbox o WHERE o.entity = 'requests') "
    "AND r.id NOT IN (SELECT e.request_id FROM outbox o JOIN request_events e ON e.id = o.entity_id "
    "WHERE o.entity = 'request_events') "
    "ORDER BY r.created_at LIMIT ?");

// The same among the requests written since the last scan (rowids above `from`): a rowid range
// ("+": neither the date nor the status index, which would walk every old request).
const QString kNewCandidates = QStringLiteral(
    "SELECT r.rowid, r.id, r.created_at FROM requests r "
    "WHERE r.rowid > ? AND +r.created_at < ? AND +r.status IN ('answered', 'closed') "
    "AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.at >= ?) "
    "AND r.id NOT IN (SELECT o.entity_id FROM outbox o WHERE o.entity = 'requests') "
    "AND r.id NOT IN (SELECT e.request_id FROM outbox o JOIN request_events e ON e.id = o.entity_id "
    "WHERE o.entity = 'request_events') "
    "ORDER BY r.rowid LIMIT ?");

QString jsonArray(const QJsonArray &values)
{
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

qint64 maxEventRowid(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM request_events")).toLongLong();
}

// The orphan check's watermark never stays above the table's last rowid: SQLite gives a new row
// max(rowid) + 1, so after the last rows were deleted, new rows may take numbers below it.
void lowerWatermark(const QSqlDatabase &db)
{
    const qint64 checked =
        SyncStateRepository::value(db, RequestRetention::CheckedEventsKey, QStringLiteral("0")).toLongLong();
    const qint64 last = maxEventRowid(db);
    if (last < checked)
        SyncStateRepository::setValue(db, RequestRetention::CheckedEventsKey, QString::number(last));
}

// A large page cache for the purge, given back afterwards: a batch changes pages all over the
// requests' and events' id indexes (random UUIDs); with SQLite's default 2 MB they are spilled to
// the WAL again and again before the commit (tens of gigabytes written for a first purge of half a
// million requests, instead of a few hundred megabytes).
class PurgeConnectionSettings
{
public:
    explicit PurgeConnectionSettings(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toLongLong();
        sql::execScript(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(kCacheKiB));
    }
    ~PurgeConnectionSettings()
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    }
    PurgeConnectionSettings(const PurgeConnectionSettings &) = delete;
    PurgeConnectionSettings &operator=(const PurgeConnectionSettings &) = delete;

private:
    static constexpr int kCacheKiB = -131072; // negative: in KiB (128 MB)
    QSqlDatabase m_db;
    qint64 m_cacheSize = 0;
};

} // namespace

// When a background purge stops starting new batches.
struct RequestRetention::Budget
{
    explicit Budget(qint64 ms)
        : limitMs(ms)
    {
        timer.start();
    }
    bool spent() const { return limitMs > 0 && timer.elapsed() >= limitMs; }

    qint64 limitMs;
    QElapsedTimer timer;
};

std::optional<QString> RequestRetention::refusal(int days)
{
    if (days < kMinDays || days > kMaxDays)
        return tr("The retention period of requests must be between %1 and %2 days (%3 was asked for).")
            .arg(kMinDays)
            .arg(kMaxDays)
            .arg(days);
    return std::nullopt;
}

std::optional<int> RequestRetention::parseDays(const QString &text, QString *error)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok) {
        if (error)
            *error = tr("The retention period of requests is a number of days between %1 and %2: '%3' is not "
                        "one.")
                         .arg(kMinDays)
                         .arg(kMaxDays)
                         .arg(text.trimmed());
        return std::nullopt;
    }
    if (const auto refused = refusal(days)) {
        if (error)
            *error = *refused;
        return std::nullopt;
    }
    return days;
}

int RequestRetention::days() const
{
    const QString stored = SyncStateRepository(m_store).value(DaysKey);
    bool ok = false;
    const int value = stored.toInt(&ok);
    if (!ok)
        return kDefaultDays;
    return std::clamp(value, kMinDays, kMaxDays);
}

bool RequestRetention::isDefault() const
{
    return SyncStateRepository(m_store).value(DaysKey).isEmpty();
}

void RequestRetention::setDays(int days) const
{
    if (const auto refused = refusal(days))
        throw StoreError(StoreError::Kind::InvalidInput, *refused);
    // No "sync_state" notification: that would ask the sync worker for a pass.
    SyncStateRepository::setValue(m_store.connection(), DaysKey, QString::number(days));
}

QDateTime RequestRetention::cutoff() const
{
    const QTimeZone zone = defaultTimeZone();
    const QDate first = m_store.clock().todayIn(zone).addDays(-days());
    return QDateTime(first, QTime(0, 0), zone).toUTC();
}

RetentionPurgeReport RequestRetention::run(bool sinceLastScan, const Budget &budget) const
{
    RetentionPurgeReport report;
    report.retentionDays = days();
    report.cutoff = cutoff();
    {
        const PurgeConnectionSettings settings(m_store.connection());
        purgeRequests(report, sinceLastScan, budget);
        if (report.complete)
            purgeRecordOpenings(report, budget);
    }
    report.elapsedMs = budget.timer.elapsed();
    notify(report);
    return report;
}

void RequestRetention::notify(const RetentionPurgeReport &report) const
{
    if (report.requests > 0)
        m_store.notifyChanged(QStringLiteral("requests"));
    if (report.events > 0)
        m_store.notifyChanged(QStringLiteral("request_events"));
    if (report.recordOpenings > 0)
        m_store.notifyChanged(QStringLiteral("record_openings"));
}

RetentionPurgeReport RequestRetention::purge(qint64 budgetMs) const
{
    return run(false, Budget(budgetMs));
}

RetentionPurgeReport RequestRetention::purgeAfterSync(qint64 budgetMs) const
{
    const Budget budget(budgetMs);
    RetentionPurgeReport report = run(true, budget);
    if (report.complete)
        dropOrphanEvents(report, budget);
    report.elapsedMs = budget.timer.elapsed();
    if (report.orphanEvents > 0)
        m_store.notifyChanged(QStringLiteral("request_events"));
    return report;
}

void RequestRetention::purgeRequests(RetentionPurgeReport &report, bool sinceLastScan, const Budget &budget) const
{
    QSqlDatabase db = m_store.connection();
    const QString cutoffText = timefmt::toStore(report.cutoff);
    // After a sync, with the same window as the last scan, only the requests written since can have
    // become old and finished (within the day; the rest waits for the next day's full scan).
    const QStringList scanned = SyncStateRepository::value(db, ScannedKey).split(QLatin1Char('|'));
    sinceLastScan = sinceLastScan && scanned.size() == 2 && scanned.first() == cutoffText;
    const QString &query = sinceLastScan ? kNewCandidates : kCandidates;
    QVariant from = sinceLastScan ? QVariant(scanned.last().toLongLong()) : QVariant(QStringLiteral(""));
    for (;;) {
        {
            // Nothing to do is the usual case (after every sync): found out without the write lock.
            QSqlQuery probe = sql::exec(db, query, {from, cutoffText, cutoffText, 1});
            if (!probe.next())
                break;
        }
        // The same query again under the write lock decides: the window may have written to the
        // outbox in between.
        Transaction transaction(db);
        QJsonArray rowids;
        QJsonArray ids;
        {
            QSqlQuery candidates = sql::exec(db, query, {from, cutoffText, cutoffText, kBatchSize});
            while (candidates.next()) {
                rowids.append(candidates.value(0).toLongLong());
                ids.append(candidates.value(1).toString());
                // The next batch starts here: the rows kept are not read again.
                from = sinceLastScan ? candidates.value(0) : candidates.value(2);
            }
        }
        if (ids.isEmpty())
            break; // nothing written: the transaction rolls back
        // Children first: request_events.request_id references requests(id) (foreign keys are on).
        // Deleting a request fires requests_fts_ad, which takes it out of the full-text index.
        const QSqlQuery events = sql::exec(
            db,
            QStringLiteral("DELETE FROM request_events WHERE request_id IN (SELECT value FROM json_each(?))"),
            {jsonArray(ids)});
        report.events += std::max(0, events.numRowsAffected());
        const QSqlQuery requests = sql::exec(
            db, QStringLiteral("DELETE FROM requests WHERE rowid IN (SELECT value FROM json_each(?))"),
            {jsonArray(rowids)});
        report.requests += std::max(0, requests.numRowsAffected());
        lowerWatermark(db);
        transaction.commit();
        if (ids.size() < kBatchSize)
            break;
        if (budget.spent()) {
            report.complete = false; // not scanned to the end: the next purge starts over
            return;
        }
        // Let another connection's write (the window's) in between two batches: a busy connection
        // polls, and would otherwise find the next batch's write lock taken at once.
        QThread::msleep(kPauseMs);
    }
    // The last rowid after the deletions: new rows take numbers above it.
    const qint64 last =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM requests")).toLongLong();
    const QString done = cutoffText + QLatin1Char('|') + QString::number(last);
    if (scanned.join(QLatin1Char('|')) != done) // nothing written (no lock, no fsync) when nothing moved
        SyncStateRepository::setValue(db, ScannedKey, done);
}

void RequestRetention::purgeRecordOpenings(RetentionPurgeReport &report, const Budget &budget) const
{
    QSqlDatabase db = m_store.connection();
    const QString cutoffText = timefmt::toStore(report.cutoff);
    const QString old = QStringLiteral(
        "SELECT rowid FROM record_openings INDEXED BY record_openings_at WHERE opened_at < ? AND id NOT IN "
        "(SELECT entity_id FROM outbox WHERE entity = 'record_openings') LIMIT ?");
    for (;;) {
        if (!sql::scalar(db, old, {cutoffText, 1}).isValid())
            break; // nothing to do, found out without the write lock
        Transaction transaction(db);
        const QSqlQuery removed = sql::exec(
            db, QStringLiteral("DELETE FROM record_openings WHERE rowid IN (%1)").arg(old), {cutoffText, kBatchSize});
        const int count = removed.numRowsAffected();
        if (count <= 0)
            break;
        report.recordOpenings += count;
        transaction.commit();
        if (count < kBatchSize)
            break;
        if (budget.spent()) {
            report.complete = false;
            return;
        }
        QThread::msleep(kPauseMs);
    }
}

void RequestRetention::dropOrphanEvents(RetentionPurgeReport &report, const Budget &budget) const
{
    QSqlDatabase db = m_store.connection();
    qint64 checked =
        SyncStateRepository::value(db, CheckedEventsKey, QStringLiteral("0")).toLongLong();
    const qint64 last = maxEventRowid(db);
    if (last < checked)
        checked = 0; // the table was emptied or rebuilt since: look at everything once
    while (checked < last) {
        const qint64 upTo = std::min(last, checked + kOrphanCheckChunk);
        Transaction transaction(db);
        const QSqlQuery removed = sql::exec(
            db,
            QStringLiteral("DELETE FROM request_events WHERE rowid > ? AND rowid <= ? AND NOT EXISTS "
                           "(SELECT 1 FROM requests r WHERE r.id = request_events.request_id) AND id NOT IN "
                           "(SELECT entity_id FROM outbox WHERE entity = 'request_events')"),
            {checked, upTo});
        report.orphanEvents += std::max(0, removed.numRowsAffected());
        // Never above the last rowid left (see lowerWatermark).
        checked = std::min(upTo, maxEventRowid(db));
        SyncStateRepository::setValue(db, CheckedEventsKey, QString::number(checked));
        transaction.commit();
        if (checked < upTo)
            break;
        if (checked < last && budget.spent()) {
            report.complete = false; // the watermark keeps the progress
            return;
        }
    }
}

} // namespace guichet
