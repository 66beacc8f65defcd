#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet {

class LocalStore;

// What one purge removed from the local store.
struct RetentionPurgeReport
{
    int requests = 0;       // answered or closed requests older than the window
    int events = 0;         // their history
    int recordOpenings = 0; // record openings older than the window, already sent
    int orphanEvents = 0;   // events pulled for a request purged here earlier (purgeAfterSync only)
    bool complete = true;   // false: stopped by the time budget, the rest goes next time
    int retentionDays = 0;
    QDateTime cutoff;       // UTC: older than this is outside the window
    qint64 elapsedMs = 0;

    int total() const { return requests + events + recordOpenings + orphanEvents; }
};

// The retention window of the counter's local cache of requests (DESIGN §4: "requests of its city
// in a window; older data is looked up online"). The server keeps everything: a purge physically
// removes rows from this store only and never writes to the outbox.
//
// purge() removes the requests that are answered or closed, created before the window and whose
// last event is before the window too, with their events (the full-text index follows through the
// requests_fts triggers), and the record openings older than the window. Never an open request,
// never a request or an event with a mutation still waiting in the outbox, never an opening not
// yet sent. Works in batches of kBatchSize requests, one transaction each, on the indexes
// requests_created, request_events_request and record_openings_at.
//
// After a purge the server may still send a change to a purged request: the whole record comes
// back (the server sends whole records) and is purged again later if it is still old and closed.
// A new event of a purged request arrives without its parent: a pull writes children before their
// parents by design (foreign keys off for a page), so it is stored like any child waiting for its
// parent, and purgeAfterSync() — once a sync has caught up, when every request the server has is
// here — drops the events whose request is not in the store. Only the events added since the last
// check are looked at (a rowid watermark in sync_state), so this is cheap at every sync.
class RequestRetention
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestRetention)

public:
    static constexpr int kDefaultDays = 365;
    static constexpr int kMinDays = 30;
    static constexpr int kMaxDays = 3650;
    // Requests per transaction: about a second of write lock on a loaded counter at 1,000,000
    // requests (each one touches some twelve pages of random-id indexes), then a pause.
    static constexpr int kBatchSize = 1000;
    static constexpr int kPauseMs = 20;
    static constexpr int kOrphanCheckChunk = 200000; // rowids of request_events per transaction
    // The time a purge may take on the sync thread (at start-up, after a sync) before it lets the
    // next sync pass run: a first purge of half a million requests takes minutes, done over passes.
    static constexpr qint64 kBackgroundBudgetMs = 3000;

    // sync_state keys.
    static inline const QString DaysKey = QStringLiteral("request_retention_days");
    static inline const QString CheckedEventsKey = QStringLiteral("request_retention_checked_event_rowid");
    static inline const QString ScannedKey = QStringLiteral("request_retention_scanned"); // "cutoff|rowid"

    explicit RequestRetention(LocalStore &store)
        : m_store(store)
    {}

    // The window in days: the stored setting, or kDefaultDays when none (or an unreadable one) is
    // stored.
    int days() const;
    bool isDefault() const; // no setting stored
    // Stores the window. Throws StoreError (InvalidInput) when `days` is outside [kMinDays, kMaxDays].
    void setDays(int days) const;

    // Why `days` cannot be the window, or nothing when it can.
    static std::optional<QString> refusal(int days);
    // Reads a number of days typed by someone; nullopt (and the reason in *error) when it is not one
    // or is outside the limits.
    static std::optional<int> parseDays(const QString &text, QString *error = nullptr);

    // The start of the window: midnight (city time zone, the store's clock) `days()` days ago, in UTC.
    QDateTime cutoff() const;

    // At start-up and on demand (guichet-cli requests purge): every request before the window is
    // looked at (a fifth of a second at 1,000,000 requests when there is nothing to remove).
    // `budgetMs` > 0: no new batch after that long (report.complete says whether all was done).
    // Throws StoreError.
    RetentionPurgeReport purge(qint64 budgetMs = 0) const;
    // After a sync that caught up: the same, but when the window has not moved since the last
    // complete scan (the same day, the same setting) only among the requests written since; then the
    // events whose request is not here. What became purgeable otherwise (a change still in the
    // outbox then sent, a status changed without an event) goes at the next day's scan. Throws
    // StoreError.
    RetentionPurgeReport purgeAfterSync(qint64 budgetMs = kBackgroundBudgetMs) const;

private:
    struct Budget;
    RetentionPurgeReport run(bool sinceLastScan, const Budget &budget) const;
    void notify(const RetentionPurgeReport &report) const;
    void purgeRequests(RetentionPurgeReport &report, bool sinceLastScan, const Budget &budget) const;
    void purgeRecordOpenings(RetentionPurgeReport &report, const Budget &budget) const;
    void dropOrphanEvents(RetentionPurgeReport &report, const Budget &budget) const;

    LocalStore &m_store;
};

} // namespace guichet
