#pragma once

#include "kb/LineDiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet {

class LocalStore;

// One revision of an article (a row of article_versions).
struct ArticleRevision
{
    enum class Kind
    {
        Created,  // the article was written here
        Edit,     // a supervisor changed it
        Restore,  // a supervisor brought back an older revision (restoredFrom)
        Baseline, // the content the article had before its first edit (imported, demo)
    };
    QString id;
    QString articleId;
    int revision = 0;
    QString title;
    QString body;
    QString details; // the other fields, JSON (articlerecord::detailsOf)
    Kind kind = Kind::Edit;
    int restoredFrom = 0;
    QString editedBy; // agent id; empty for a baseline
    QString editedByName;
    QDateTime editedAt;  // UTC
    bool synced = false; // the server has it (version > 0)
};

// What changed between two revisions: the title and body line by line, and the names of the
// other fields that differ ("summary", "tags", "competence", "referral", "documents",
// "owner_agent_id", "review_due", "body_format").
struct ArticleRevisionDiff
{
    int fromRevision = 0;
    int toRevision = 0;
    QList<DiffLine> title;
    QList<DiffLine> body;
    QStringList otherFields;

    bool identical() const
    {
        return LineDiff::changedLines(title) == 0 && LineDiff::changedLines(body) == 0 &&
               otherFields.isEmpty();
    }
};

// Reads an article's history (revisions refused by the server left out). Throws StoreError.
class ArticleHistory
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleHistory)

public:
    explicit ArticleHistory(LocalStore &store)
        : m_store(store)
    {}

    // Newest first.
    QList<ArticleRevision> revisions(const QString &articleId) const;
    std::optional<ArticleRevision> revision(const QString &articleId, int revision) const;
    int latestRevision(const QString &articleId) const; // 0: no history

    // From `fromRevision` (older) to `toRevision`. Throws StoreError (InvalidInput) when either
    // revision is not in the local store.
    ArticleRevisionDiff diff(const QString &articleId, int fromRevision, int toRevision) const;

    static QString kindName(ArticleRevision::Kind kind); // "created", "edit", "restore", "baseline"
    static ArticleRevision::Kind kindFromName(const QString &name);

private:
    QList<ArticleRevision> select(const QString &where, const QVariantList &values) const;

    LocalStore &m_store;
};

} // namespace guichet
