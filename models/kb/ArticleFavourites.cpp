#include "kb/ArticleFavourites.h"

#include "core/Clock.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "kb/ArticleEditors.h"
#include "repo/LocalChange.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace guichet {

namespace {

const QString kFavourites = QStringLiteral("article_favourites");

} // namespace

ArticleFavourites::ArticleFavourites(LocalStore &store)
    : ArticleFavourites(store, store.clock())
{}

ArticleFavourites::ArticleFavourites(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString ArticleFavourites::pairKey(const QString &agentId, const QString &articleId)
{
    return agentId + QLatin1Char(':') + articleId;
}

QString ArticleFavourites::favouriteId(const QString &agentId, const QString &articleId)
{
    return stableId(QStringLiteral("article-favourite"), pairKey(agentId, articleId));
}

bool ArticleFavourites::isFavourite(const QString &agentId, const QString &articleId) const
{
    return sql::scalar(
               m_store.connection(),
               QStringLiteral("SELECT count(*) FROM article_favourites WHERE pair_key = ? AND active = 1 "
                              "AND deleted = 0"),
               {pairKey(agentId, articleId)})
               .toInt() > 0;
}

bool ArticleFavourites::toggle(const QString &agentId, const QString &articleId) const
{
    const bool now = !isFavourite(agentId, articleId);
    setFavourite(agentId, articleId, now);
    return now;
}

void ArticleFavourites::setFavourite(const QString &agentId, const QString &articleId, bool favourite) const
{
    const Agent agent = ArticleEditors::requireAgent(m_store, agentId);
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE id = ? AND deleted = 0"),
                        {articleId})
                .toInt() == 0)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                tr("This article is not in the local store (%1): it may have been deleted.").arg(articleId));
        const QString key = pairKey(agent.id, articleId);
        QSqlQuery row = sql::exec(db,
                                  QStringLiteral("SELECT id, active, deleted FROM article_favourites "
                                                 "WHERE pair_key = ?"),
                                  {key});
        const bool exists = row.next();
        const QString id = exists ? row.value(0).toString() : favouriteId(agent.id, articleId);
        const bool active = exists && row.value(1).toInt() == 1 && row.value(2).toInt() == 0;
        row.finish();
        if (active == favourite)
            return; // already as asked: no change, no mutation
        const QString now = timefmt::toStore(m_clock.nowUtc());
        LocalChange change(m_store, db);
        if (!exists) {
            change.create(kFavourites, QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("agent_id"), agent.id},
                                                   {QStringLiteral("article_id"), articleId},
                                                   {QStringLiteral("pair_key"), key},
                                                   {QStringLiteral("active"), 1},
                                                   {QStringLiteral("created_at"), now},
                                                   {QStringLiteral("favourited_at"), now}});
        } else {
            QJsonObject changes{{QStringLiteral("active"), favourite ? 1 : 0}};
            if (favourite)
                changes.insert(QStringLiteral("favourited_at"), now);
            change.update(kFavourites, id, changes);
        }
        transaction.commit();
    }
    m_store.notifyChanged(kFavourites);
}

QList<ArticleSummary> ArticleFavourites::list(const QString &agentId) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT a.id, coalesce(a.external_id, ''), a.title, a.summary, a.source, a.competence "
                       "FROM article_favourites f JOIN articles a ON a.id = f.article_id "
                       "WHERE f.agent_id = ? AND f.active = 1 AND f.deleted = 0 AND a.deleted = 0 "
                       "ORDER BY f.favourited_at DESC, f.updated_at DESC, a.title COLLATE NOCASE"),
        {agentId});
    QList<ArticleSummary> list;
    while (q.next())
        list << ArticleSummary{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               articleSourceFromString(q.value(4).toString()),
                               competenceFromString(q.value(5).toString())};
    return list;
}

} // namespace guichet
