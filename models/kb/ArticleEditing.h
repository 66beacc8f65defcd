#pragma once

#include "domain/Article.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet {

class Clock;
class LocalStore;
struct Agent;

// What a supervisor types to create or change one of the city's own articles.
struct ArticleDraft
{
    QString id; // empty: a new article
    QString title;
    QString summary;
    QString body; // Markdown (or plain text)
    Article::BodyFormat bodyFormat = Article::BodyFormat::Markdown;
    QStringList tags;
    Competence competence = Competence::Ville;
    Referral referral;
    QStringList documents;
    QString ownerAgentId; // empty: the supervisor who saves it
    QDate reviewDue;      // invalid: the article's own (a new article: in 12 months)

    // The draft of an existing article, to change some of its fields.
    static ArticleDraft from(const Article &article);
};

// The outcome of a save or restore.
struct SavedArticle
{
    Article article;
    int revision = 0;     // the article's latest revision after the save
    bool changed = false; // false: the draft was the article as it is, nothing was written
};

// Creates and changes the city's own articles at the counter: a save writes the article, a new
// revision of it (article_versions: revision n+1 with its title, body and other fields, who and
// when) and their outbox mutations in ONE transaction; a restore is a new revision with an old
// revision's content (history is never rewritten); verifying sets "vérifié le" and the next review
// date. Only a supervisor or an administrator may (ArticleEditors); anyone else gets a StoreError
// and nothing is written. Service-Public fiches come from the import and are never edited here.
// Notifies "articles" and "article_versions" after each commit. Throws StoreError.
class ArticleEditing
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleEditing)

public:
    static constexpr int kDefaultReviewMonths = 12;
    static constexpr int kMaxTitleLength = 300;
    static constexpr int kMaxBodyLength = 200000; // the server's limit for one text field

    explicit ArticleEditing(LocalStore &store);
    ArticleEditing(LocalStore &store, const Clock &clock);

    // Whether the agent may edit articles (a supervisor or an administrator).
    bool mayEdit(const QString &agentId) const;

    // Creates (draft.id empty) or changes the article. A draft equal to the article writes nothing.
    // The first edit of an article that has no history yet (an imported or demo article) first
    // keeps its content as revision 1 ("baseline"), so that it can be compared and restored.
    SavedArticle save(const ArticleDraft &draft, const QString &agentId) const;

    // A new revision with the content of `revision` (title, body and the other fields it kept).
    SavedArticle restore(const QString &articleId, int revision, const QString &agentId) const;

    // "Vérifié le": verified_at = now, review_due = today + the article's review period.
    Article markVerified(const QString &articleId, const QString &agentId) const;

    // The next review date of an article verified `today`: the same period as between its last
    // verification and its review date (30 days to 3 years), else kDefaultReviewMonths.
    static QDate nextReviewDue(const Article &article, const QDate &today);

private:
    enum class RevisionKind
    {
        Created,
        Edit,
        Restore
    };
    SavedArticle write(const ArticleDraft &draft, const QString &agentId, RevisionKind kind,
                       int restoredFrom) const;
    void check(const ArticleDraft &draft) const;
    Article editable(const QString &articleId) const; // throws when absent or Service-Public

    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
