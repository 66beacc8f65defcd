#pragma once

#include "RecordStore.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <deque>
#include <optional>

namespace guichet::server {

// The recent changes of the change log, each serialised once and kept in this process's memory,
// so that the many counters pulling the same recent changes are served by copying bytes rather
// than by reading and converting the same rows again (1,000 counters each pulling every 10 s
// would otherwise read every change a thousand times).
//
// It holds a contiguous range (from, to] of change numbers exactly as the records table had them
// in a read snapshot, and extends it from the table, in order, inside the caller's snapshot. It
// can only be as fresh as that snapshot, so it never shows what the database would not: change
// numbers commit in order (the change counter serializes writers), every number up to the
// snapshot's last change is committed, and a record changed again later is dropped from the
// range when its newer change is read. Several server processes each keep their own.
// A changed epoch, a last change below the range (a restored backup) or a moved horizon (deleted
// records purged by the admin command, maybe from another process) empties it.
class ChangeCache
{
public:
    explicit ChangeCache(qsizetype budgetBytes = 128 * 1024 * 1024)
        : m_budget(budgetBytes)
    {}

    // The page of (since, upTo] for a device serving `siteIds`, as RecordStore::pull() would
    // give it; nothing when `since` is older than what the cache holds (read the table then).
    // Must run inside the read snapshot where `upTo` and `epoch` were read.
    std::optional<RecordStore::Page> pull(RecordStore &records, const QString &epoch, qint64 horizon,
                                          qint64 since, qint64 upTo, const QStringList &siteIds, int limit);

    qsizetype bytes() const { return m_bytes; }
    qsizetype entries() const { return static_cast<qsizetype>(m_entries.size()); }

private:
    struct Entry
    {
        qint64 version = 0;
        QString id;
        int scope = 0;    // 0: every device receives it; else the site's number in m_scopeSites
        QByteArray json;  // {"entity":…,"id":…,"version":…,"deleted":…,"data":{…}}
        bool live = true; // false once a newer change of the same record is held
    };

    void reset(const QString &epoch, qint64 horizon, qint64 from);
    void extend(RecordStore &records, qint64 upTo);
    void evict();
    int scopeOf(const QString &siteId);

    qsizetype m_budget;
    qsizetype m_bytes = 0;
    std::deque<Entry> m_entries;
    qint64 m_firstIndex = 0;            // absolute index of m_entries.front()
    QHash<QString, qint64> m_liveIndex; // record id → absolute index of its live entry
    QHash<QString, int> m_scopeSites;   // site id → its number (1, 2, …), for cheap comparisons
    qint64 m_from = -1;                 // holds (m_from, m_to]; -1: holds nothing yet
    qint64 m_to = -1;
    QString m_epoch;
    qint64 m_horizon = 0;
};

} // namespace guichet::server
