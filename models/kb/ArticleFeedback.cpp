#include "kb/ArticleFeedback.h"

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

const QString kFeedback = QStringLiteral("article_feedback");

StoreError refused(const QString &message)
{
    return StoreError(StoreError::Kind::InvalidInput, message);
}

} // namespace

QString ArticleFeedback::kindName(Kind kind)
{
    return kind == Kind::Obsolete ? QStringLiteral("obsolete") : QStringLiteral("useful");
}

ArticleFeedback::Kind ArticleFeedback::kindFromName(const QString &name)
{
    return name == QLatin1String("obsolete") ? Kind::Obsolete : Kind::Useful;
}

ArticleFeedbackService::ArticleFeedbackService(LocalStore &store)
    : ArticleFeedbackService(store, store.clock())
{}

ArticleFeedbackService::ArticleFeedbackService(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString ArticleFeedbackService::reviewTaskCondition(const QString &alias)
{
    return QStringLiteral("(%1.kind = 'obsolete' OR trim(%1.comment) <> '')").arg(alias);
}

QString ArticleFeedbackService::give(const QString &articleId, const QString &agentId,
                                     ArticleFeedback::Kind kind, const QString &comment) const
{
    const Agent agent = ArticleEditors::requireAgent(m_store, agentId);
    const QString text = comment.trimmed();
    if (text.size() > kMaxCommentLength)
        throw refused(tr("The comment is too long (at most %1 characters).").arg(kMaxCommentLength));
    const QString id = newId();
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE id = ? AND deleted = 0"),
                        {articleId})
                .toInt() == 0)
            throw refused(
                tr("This article is not in the local store (%1): it may have been deleted.").arg(articleId));
        LocalChange(m_store, db)
            .create(kFeedback, QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("article_id"), articleId},
                                           {QStringLiteral("agent_id"), agent.id},
                                           {QStringLiteral("kind"), ArticleFeedback::kindName(kind)},
                                           {QStringLiteral("comment"), text},
                                           {QStringLiteral("created_at"), timefmt::toStore(m_clock.nowUtc())},
                                           {QStringLiteral("resolved_at"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("resolved_by"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("resolution"), QString()}});
        transaction.commit();
    }
    m_store.notifyChanged(kFeedback);
    return id;
}

QList<ArticleFeedback> ArticleFeedbackService::select(const QString &where, const QVariantList &values,
                                                      const QString &order) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral(
            "SELECT f.id, f.article_id, a.title, coalesce(a.owner_agent_id, ''), "
            "coalesce(f.agent_id, ''), coalesce(g.display_name, ''), f.kind, f.comment, f.created_at, "
            "f.resolved_at, coalesce(f.resolved_by, ''), coalesce(r.display_name, ''), f.resolution, "
            "f.version "
            "FROM article_feedback f JOIN articles a ON a.id = f.article_id "
            "LEFT JOIN agents g ON g.id = f.agent_id LEFT JOIN agents r ON r.id = f.resolved_by "
            "WHERE f.deleted = 0 AND a.deleted = 0 AND %1 ORDER BY %2")
            .arg(where, order),
        values);
    QList<ArticleFeedback> list;
    while (q.next()) {
        ArticleFeedback f;
        f.id = q.value(0).toString();
        f.articleId = q.value(1).toString();
        f.articleTitle = q.value(2).toString();
        f.ownerAgentId = q.value(3).toString();
        f.agentId = q.value(4).toString();
        f.agentName = q.value(5).toString();
        f.kind = ArticleFeedback::kindFromName(q.value(6).toString());
        f.comment = q.value(7).toString();
        f.createdAt = timefmt::fromStore(q.value(8).toString());
        f.resolvedAt = timefmt::fromStore(q.value(9).toString());
        f.resolvedBy = q.value(10).toString();
        f.resolvedByName = q.value(11).toString();
        f.resolution = q.value(12).toString();
        f.synced = q.value(13).toLongLong() > 0;
        list << f;
    }
    return list;
}

QList<ArticleFeedback> ArticleFeedbackService::reviewTasksFor(const QString &ownerAgentId) const
{
    return select(QStringLiteral("a.owner_agent_id = ? AND f.resolved_at IS NULL AND ") +
                      reviewTaskCondition(QStringLiteral("f")),
                  {ownerAgentId}, QStringLiteral("f.created_at, f.id"));
}

QList<ArticleFeedback> ArticleFeedbackService::openTasks() const
{
    return select(QStringLiteral("f.resolved_at IS NULL AND ") + reviewTaskCondition(QStringLiteral("f")), {},
                  QStringLiteral("f.created_at, f.id"));
}

QList<ArticleFeedback> ArticleFeedbackService::forArticle(const QString &articleId) const
{
    return select(QStringLiteral("f.article_id = ?"), {articleId}, QStringLiteral("f.created_at DESC, f.id"));
}

std::optional<ArticleFeedback> ArticleFeedbackService::byId(const QString &feedbackId) const
{
    const QList<ArticleFeedback> found =
        select(QStringLiteral("f.id = ?"), {feedbackId}, QStringLiteral("f.id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

FeedbackTally ArticleFeedbackService::tally(const QString &articleId) const
{
    FeedbackTally tally;
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT coalesce(sum(kind = 'useful'), 0), coalesce(sum(kind = 'obsolete'), 0), "
                       "coalesce(sum(resolved_at IS NULL AND %1), 0) FROM article_feedback f "
                       "WHERE f.article_id = ? AND f.deleted = 0")
            .arg(reviewTaskCondition(QStringLiteral("f"))),
        {articleId});
    if (q.next()) {
        tally.useful = q.value(0).toInt();
        tally.obsolete = q.value(1).toInt();
        tally.openTasks = q.value(2).toInt();
    }
    return tally;
}

void ArticleFeedbackService::resolve(const QString &taskId, const QString &agentId,
                                     const QString &resolution) const
{
    const Agent supervisor = ArticleEditors::requireEditor(m_store, agentId);
    const QString text = resolution.trimmed();
    if (text.size() > kMaxCommentLength)
        throw refused(tr("The note is too long (at most %1 characters).").arg(kMaxCommentLength));
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        const std::optional<ArticleFeedback> task = byId(taskId);
        if (!task || !task->isReviewTask())
            throw refused(tr("This review task is not in the local store (%1).").arg(taskId));
        if (!task->isOpen())
            throw refused(tr("This review task was already closed by %1.")
                              .arg(task->resolvedByName.isEmpty() ? task->resolvedBy : task->resolvedByName));
        LocalChange(m_store, db)
            .update(kFeedback, taskId,
                    QJsonObject{{QStringLiteral("resolved_at"), timefmt::toStore(m_clock.nowUtc())},
                                {QStringLiteral("resolved_by"), supervisor.id},
                                {QStringLiteral("resolution"), text}});
        transaction.commit();
    }
    m_store.notifyChanged(kFeedback);
}

} // namespace guichet
