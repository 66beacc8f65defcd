#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

class Clock;
class LocalStore;

// "Utile / obsolète" on an article, from any agent. Obsolete feedback, and any with a comment, is a
// review task for the article's owner until a supervisor resolves it.
struct ArticleFeedback
{
    enum class Kind
    {
        Useful,
        Obsolete
    };
    QString id;
    QString articleId;
    QString articleTitle;
    QString ownerAgentId; // the article's owner (who the task is for)
    QString agentId;      // who gave it
    QString agentName;
    Kind kind = Kind::Useful;
    QString comment;
    QDateTime createdAt; // UTC
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolvedByName;
    QString resolution;
    bool synced = false; // the server has it (version > 0)

    bool isReviewTask() const { return kind == Kind::Obsolete || !comment.trimmed().isEmpty(); }
    bool isOpen() const { return isReviewTask() && !resolvedAt.isValid(); }

    static QString kindName(Kind kind); // "useful", "obsolete"
    static Kind kindFromName(const QString &name);
};

struct FeedbackTally
{
    int useful = 0;
    int obsolete = 0;
    int openTasks = 0;
};

// Gives and resolves feedback on articles: each change is written with its outbox mutation in one
// transaction (offline too: it reaches the server at the next sync). Any agent gives feedback;
// only a supervisor or an administrator resolves a task. Notifies "article_feedback" after each
// commit. Throws StoreError; nothing is written when it does.
class ArticleFeedbackService
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleFeedbackService)

public:
    static constexpr int kMaxCommentLength = 2000;

    explicit ArticleFeedbackService(LocalStore &store);
    ArticleFeedbackService(LocalStore &store, const Clock &clock);

    // Returns the new feedback's id.
    QString give(const QString &articleId, const QString &agentId, ArticleFeedback::Kind kind,
                 const QString &comment = {}) const;

    // Open review tasks on the articles `ownerAgentId` owns, oldest first.
    QList<ArticleFeedback> reviewTasksFor(const QString &ownerAgentId) const;
    // Every open review task, oldest first (the supervisors' list).
    QList<ArticleFeedback> openTasks() const;
    // An article's feedback, newest first.
    QList<ArticleFeedback> forArticle(const QString &articleId) const;
    std::optional<ArticleFeedback> byId(const QString &feedbackId) const;
    FeedbackTally tally(const QString &articleId) const;

    // Closes an open review task (resolved_at = now, resolved_by = the supervisor).
    void resolve(const QString &taskId, const QString &agentId, const QString &resolution = {}) const;

    // SQL condition that a feedback row (table alias `alias`) is a review task.
    static QString reviewTaskCondition(const QString &alias);

private:
    QList<ArticleFeedback> select(const QString &where, const QVariantList &values,
                                  const QString &order) const;

    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
