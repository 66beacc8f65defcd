#pragma once

#include "repo/ArticleRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;

// An agent's favourite articles, synced so that they follow a substitute agent to another counter.
// One record per (agent, article), whose id is derived from the pair (two counters of the same
// agent write the same record); switching a favourite off and on again changes its `active` flag.
// Each change is written with its outbox mutation in one transaction; notifies
// "article_favourites". Throws StoreError.
class ArticleFavourites
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleFavourites)

public:
    explicit ArticleFavourites(LocalStore &store);
    ArticleFavourites(LocalStore &store, const Clock &clock);

    // Switches the article in or out of the agent's favourites; returns whether it is one now.
    bool toggle(const QString &agentId, const QString &articleId) const;
    // Makes it one or not (nothing is written when it already is as asked).
    void setFavourite(const QString &agentId, const QString &articleId, bool favourite) const;
    bool isFavourite(const QString &agentId, const QString &articleId) const;
    // The agent's favourites, the latest added first (deleted articles left out).
    QList<ArticleSummary> list(const QString &agentId) const;

    static QString favouriteId(const QString &agentId, const QString &articleId);
    static QString pairKey(const QString &agentId, const QString &articleId);

private:
    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
