#include "ChangeCache.h"

#include <QVarLengthArray>
#include <algorithm>

namespace guichet::server {

namespace {

constexpr int kFillChunk = 5000; // rows read from the table at a time

} // namespace

int ChangeCache::scopeOf(const QString &siteId)
{
    if (siteId.isEmpty())
        return 0;
    if (const int known = m_scopeSites.value(siteId, 0); known != 0)
        return known;
    const int number = static_cast<int>(m_scopeSites.size()) + 1;
    m_scopeSites.insert(siteId, number);
    return number;
}

void ChangeCache::reset(const QString &epoch, qint64 horizon, qint64 from)
{
    m_horizon = horizon;
    m_entries.clear();
    m_liveIndex.clear();
    m_firstIndex = 0;
    m_bytes = 0;
    m_epoch = epoch;
    m_from = from;
    m_to = from;
}

void ChangeCache::evict()
{
    while (m_bytes > m_budget && !m_entries.empty()) {
        const Entry &front = m_entries.front();
        if (front.live)
            m_liveIndex.remove(front.id);
        m_bytes -= front.json.size() + front.id.size() * 2;
        m_from = front.version; // what is left starts after it
        m_entries.pop_front();
        ++m_firstIndex;
    }
}

void ChangeCache::extend(RecordStore &records, qint64 upTo)
{
    const RecordStore::RawChunk chunk = records.rawChanges(m_to, upTo, kFillChunk);
    for (const RecordStore::RawChange &change : chunk.changes) {
        if (const qint64 previous = m_liveIndex.value(change.id, -1); previous >= 0) {
            Entry &old = m_entries[static_cast<size_t>(previous - m_firstIndex)];
            old.live = false;
            m_bytes -= old.json.size();
            old.json = QByteArray(); // its bytes are no longer needed
        }
        Entry entry{change.version, change.id, scopeOf(change.scopeSite), change.json, true};
        m_bytes += entry.json.size() + entry.id.size() * 2;
        m_liveIndex.insert(entry.id, m_firstIndex + static_cast<qint64>(m_entries.size()));
        m_entries.push_back(std::move(entry));
    }
    m_to = chunk.complete ? upTo : chunk.changes.back().version;
    evict();
}

std::optional<RecordStore::Page> ChangeCache::pull(RecordStore &records, const QString &epoch, qint64 horizon,
                                                   qint64 since, qint64 upTo, const QStringList &siteIds,
                                                   int limit)
{
    // First use, a new epoch, a store with fewer changes than seen, or records purged: start again.
    if (epoch != m_epoch || upTo < m_to || horizon != m_horizon)
        reset(epoch, horizon, since);
    if (m_entries.empty() && m_to < since)
        reset(epoch, horizon, since); // nothing held yet: start where this counter is
    if (since < m_from)
        return std::nullopt;

    // Up to the snapshot's last change first: a change read later may be a newer state of a
    // record held, which must then be left out, as the table has only its newest state.
    while (m_to < upTo)
        extend(records, upTo);
    if (since < m_from)
        return std::nullopt; // evicted while extending: the range is larger than the budget

    QVarLengthArray<int, 4> scopes{0};
    for (const QString &site : siteIds)
        scopes.append(scopeOf(site));
    RecordStore::Page page;
    const auto first = std::upper_bound(m_entries.cbegin(), m_entries.cend(), since,
                                        [](qint64 version, const Entry &e) { return version < e.version; });
    // First the entries of the page, then their bytes, copied once into a buffer of the right size.
    QList<const Entry *> chosen;
    qsizetype size = 2;
    for (auto it = first; it != m_entries.cend() && it->version <= upTo; ++it) {
        if (!it->live || !scopes.contains(it->scope))
            continue;
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        chosen.append(&*it);
        size += it->json.size() + 1;
        page.lastVersion = it->version;
        ++page.count;
    }
    page.changesJson.reserve(size);
    page.changesJson += '[';
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (i > 0)
            page.changesJson += ',';
        page.changesJson += chosen.at(i)->json;
    }
    page.changesJson += ']';
    return page;
}

} // namespace guichet::server
