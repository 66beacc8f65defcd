#include "kb/ArticleReview.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "kb/ArticleFeedback.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace guichet {

ArticleReview::ArticleReview(LocalStore &store)
    : ArticleReview(store, store.clock())
{}

ArticleReview::ArticleReview(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QList<OverdueArticle> ArticleReview::overdue(const QDate &today) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT a.id, coalesce(a.external_id, ''), a.title, coalesce(a.owner_agent_id, ''), "
                       "coalesce(o.display_name, ''), a.review_due, a.verified_at, "
                       "(SELECT count(*) FROM article_feedback f WHERE f.article_id = a.id AND f.deleted = 0 "
                       "AND f.resolved_at IS NULL AND %1) "
                       "FROM articles a LEFT JOIN agents o ON o.id = a.owner_agent_id "
                       "WHERE a.source = 'city' AND a.deleted = 0 AND a.review_due IS NOT NULL "
                       "AND a.review_due < ? ORDER BY a.review_due, a.title COLLATE NOCASE, a.id")
            .arg(ArticleFeedbackService::reviewTaskCondition(QStringLiteral("f"))),
        {timefmt::dateToStore(today)});
    QList<OverdueArticle> list;
    while (q.next()) {
        OverdueArticle o;
        o.articleId = q.value(0).toString();
        o.externalId = q.value(1).toString();
        o.title = q.value(2).toString();
        o.ownerAgentId = q.value(3).toString();
        o.ownerName = q.value(4).toString();
        o.reviewDue = timefmt::dateFromStore(q.value(5).toString());
        o.verifiedAt = timefmt::fromStore(q.value(6).toString());
        o.daysOverdue = int(o.reviewDue.daysTo(today));
        o.openReviewTasks = q.value(7).toInt();
        list << o;
    }
    return list;
}

QList<OverdueArticle> ArticleReview::overdue() const
{
    return overdue(m_clock.todayIn(defaultTimeZone()));
}

int ArticleReview::overdueCount(const QDate &today) const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM articles WHERE source = 'city' AND deleted = 0 "
                                      "AND review_due IS NOT NULL AND review_due < ?"),
                       {timefmt::dateToStore(today)})
        .toInt();
}

ReviewBadge ArticleReview::badge(const Article &article, const QDate &today)
{
    ReviewBadge badge;
    badge.verifiedAt = article.verifiedAt;
    badge.reviewDue = article.reviewDue;
    if (article.reviewDue.isValid()) {
        badge.daysLeft = int(today.daysTo(article.reviewDue));
        badge.overdue = article.reviewDue < today;
    }
    return badge;
}

ReviewBadge ArticleReview::badge(const Article &article) const
{
    return badge(article, m_clock.todayIn(defaultTimeZone()));
}

} // namespace guichet
