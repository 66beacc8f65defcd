#include "kb/RecentArticles.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace guichet {

RecentArticles::RecentArticles(LocalStore &store)
    : RecentArticles(store, store.clock())
{}

RecentArticles::RecentArticles(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void RecentArticles::opened(const QString &agentId, const QString &articleId) const
{
    if (agentId.isEmpty() || articleId.isEmpty())
        return;
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE id = ? AND deleted = 0"),
                        {articleId})
                .toInt() == 0)
            return;
        const qint64 seq =
            sql::scalar(
                db, QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM article_recent WHERE agent_id = ?"),
                {agentId})
                .toLongLong();
        sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO article_recent (agent_id, article_id, opened_at, seq) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (agent_id, article_id) DO UPDATE SET opened_at = excluded.opened_at, "
                      "seq = excluded.seq"),
                  {agentId, articleId, timefmt::toStoreMs(m_clock.nowUtc()), seq});
        sql::exec(db,
                  QStringLiteral("DELETE FROM article_recent WHERE agent_id = ? AND seq <= "
                                 "(SELECT seq FROM article_recent WHERE agent_id = ? ORDER BY seq DESC "
                                 "LIMIT 1 OFFSET ?)"),
                  {agentId, agentId, kCapacity});
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("article_recent"));
}

QList<ArticleSummary> RecentArticles::list(const QString &agentId, int limit) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT a.id, coalesce(a.external_id, ''), a.title, a.summary, a.source, a.competence "
                       "FROM article_recent r JOIN articles a ON a.id = r.article_id "
                       "WHERE r.agent_id = ? AND a.deleted = 0 ORDER BY r.seq DESC LIMIT ?"),
        {agentId, limit});
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

void RecentArticles::clear(const QString &agentId) const
{
    sql::exec(m_store.connection(), QStringLiteral("DELETE FROM article_recent WHERE agent_id = ?"),
              {agentId});
    m_store.notifyChanged(QStringLiteral("article_recent"));
}

} // namespace guichet
