#pragma once

#include "repo/ArticleRepository.h"

#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;

// The articles an agent opened lately at this counter, most recent first, at most kCapacity.
// Local only: never synced, never in the outbox. Throws StoreError.
class RecentArticles
{
public:
    static constexpr int kCapacity = 20;

    explicit RecentArticles(LocalStore &store);
    RecentArticles(LocalStore &store, const Clock &clock);

    // The agent opened the article: it goes to the top (once), the oldest beyond kCapacity go.
    // An unknown article or an empty agent is ignored.
    void opened(const QString &agentId, const QString &articleId) const;
    QList<ArticleSummary> list(const QString &agentId, int limit = kCapacity) const;
    // Forgets the agent's list at this counter (e.g. when a substitute leaves).
    void clear(const QString &agentId) const;

private:
    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
