#include "kb/ArticleEditing.h"

#include "core/Clock.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "kb/ArticleEditors.h"
#include "kb/ArticleHistory.h"
#include "kb/ArticleRecord.h"
#include "repo/AgentRepository.h"
#include "repo/ArticleRepository.h"
#include "repo/LocalChange.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <algorithm>

namespace guichet {

namespace {

const QString kArticles = QStringLiteral("articles");
const QString kVersions = QStringLiteral("article_versions");

StoreError refused(const QString &message)
{
    return StoreError(StoreError::Kind::InvalidInput, message);
}

QStringList cleaned(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items) {
        const QString text = item.simplified();
        if (!text.isEmpty() && !result.contains(text))
            result << text;
    }
    return result;
}

int latestRevision(const QSqlDatabase &db, const QString &articleId)
{
    // Refused revisions (deleted) count too: their numbers are never given again here.
    return sql::scalar(db,
                       QStringLiteral("SELECT coalesce(max(revision), 0) FROM article_versions "
                                      "WHERE article_id = ?"),
                       {articleId})
        .toInt();
}

void writeRevision(LocalChange &change, const Article &article, int revision, const QString &kind,
                   int restoredFrom, const QString &editedBy, const QString &editedAt)
{
    change.create(
        kVersions,
        QJsonObject{{QStringLiteral("id"), newId()},
                    {QStringLiteral("article_id"), article.id},
                    {QStringLiteral("revision"), revision},
                    {QStringLiteral("revision_key"), QStringLiteral("%1:%2").arg(article.id).arg(revision)},
                    {QStringLiteral("title"), article.title},
                    {QStringLiteral("body"), article.body},
                    {QStringLiteral("details"), articlerecord::detailsOf(article)},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("restored_from"),
                     restoredFrom > 0 ? QJsonValue(restoredFrom) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("edited_by"),
                     editedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(editedBy)},
                    {QStringLiteral("edited_at"), editedAt}});
}

} // namespace

ArticleDraft ArticleDraft::from(const Article &a)
{
    ArticleDraft draft;
    draft.id = a.id;
    draft.title = a.title;
    draft.summary = a.summary;
    draft.body = a.body;
    draft.bodyFormat = a.bodyFormat;
    draft.tags = a.tags;
    draft.competence = a.competence;
    draft.referral = a.referral;
    draft.documents = a.documents;
    draft.ownerAgentId = a.ownerAgentId;
    draft.reviewDue = a.reviewDue;
    return draft;
}

ArticleEditing::ArticleEditing(LocalStore &store)
    : ArticleEditing(store, store.clock())
{}

ArticleEditing::ArticleEditing(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

bool ArticleEditing::mayEdit(const QString &agentId) const
{
    return !agentId.isEmpty() && ArticleEditors::mayEdit(AgentRepository(m_store).byId(agentId));
}

QDate ArticleEditing::nextReviewDue(const Article &article, const QDate &today)
{
    if (article.verifiedAt.isValid() && article.reviewDue.isValid()) {
        const qint64 period =
            article.verifiedAt.toTimeZone(defaultTimeZone()).date().daysTo(article.reviewDue);
        if (period >= 30)
            return today.addDays(std::min<qint64>(period, 3 * 366));
    }
    return today.addMonths(kDefaultReviewMonths);
}

void ArticleEditing::check(const ArticleDraft &draft) const
{
    const QString title = draft.title.simplified();
    if (title.isEmpty())
        throw refused(tr("An article needs a title."));
    if (title.size() > kMaxTitleLength)
        throw refused(tr("The title is too long (at most %1 characters).").arg(kMaxTitleLength));
    if (draft.body.size() > kMaxBodyLength || draft.summary.size() > kMaxBodyLength)
        throw refused(tr("The text is too long (at most %1 characters).").arg(kMaxBodyLength));
    if (draft.bodyFormat == Article::BodyFormat::ServicePublic)
        throw refused(tr("A city article is written in Markdown or plain text."));
    if (!draft.ownerAgentId.isEmpty() && !AgentRepository(m_store).byId(draft.ownerAgentId).isValid())
        throw refused(tr("The article's owner is not an agent known to this counter."));
}

Article ArticleEditing::editable(const QString &articleId) const
{
    const std::optional<Article> article = ArticleRepository(m_store).get(articleId);
    if (!article)
        throw refused(
            tr("This article is not in the local store (%1): it may have been deleted.").arg(articleId));
    if (article->isServicePublic())
        throw refused(tr("Service-Public fiches come from the national import and cannot be edited here: "
                         "write a city article instead."));
    return *article;
}

SavedArticle ArticleEditing::save(const ArticleDraft &draft, const QString &agentId) const
{
    return write(draft, agentId, draft.id.isEmpty() ? RevisionKind::Created : RevisionKind::Edit, 0);
}

SavedArticle ArticleEditing::restore(const QString &articleId, int revision, const QString &agentId) const
{
    ArticleEditors::requireEditor(m_store, agentId);
    Article article = editable(articleId);
    const std::optional<ArticleRevision> old = ArticleHistory(m_store).revision(articleId, revision);
    if (!old)
        throw refused(tr("Revision %1 of this article is not in the local store.").arg(revision));
    article.title = old->title;
    article.body = old->body;
    articlerecord::applyDetails(old->details, article);
    return write(ArticleDraft::from(article), agentId, RevisionKind::Restore, revision);
}

SavedArticle ArticleEditing::write(const ArticleDraft &draft, const QString &agentId, RevisionKind kind,
                                   int restoredFrom) const
{
    const Agent editor = ArticleEditors::requireEditor(m_store, agentId);
    const QDateTime now = m_clock.nowUtc();
    const QDate today = m_clock.todayIn(defaultTimeZone());
    QSqlDatabase db = m_store.connection();
    SavedArticle saved;
    QString articleId = draft.id;
    {
        Transaction transaction(db);
        std::optional<Article> before;
        Article after;
        if (!draft.id.isEmpty()) {
            before = editable(draft.id);
            after = *before;
        } else {
            after.id = newId();
            articleId = after.id;
            after.source = Article::Source::City;
            after.externalId = QStringLiteral("V-") + after.id.left(8).toUpper();
            after.audience = QStringLiteral("agents");
        }
        check(draft);
        after.title = draft.title.simplified();
        after.summary = draft.summary.trimmed();
        after.body = draft.body;
        after.bodyFormat = draft.bodyFormat;
        after.tags = cleaned(draft.tags);
        after.competence = draft.competence;
        after.referral = {draft.referral.service.trimmed(), draft.referral.address.trimmed(),
                          draft.referral.hours.trimmed(), draft.referral.phone.trimmed()};
        after.documents = cleaned(draft.documents);
        after.ownerAgentId = draft.ownerAgentId.isEmpty() ? editor.id : draft.ownerAgentId;
        if (draft.reviewDue.isValid())
            after.reviewDue = draft.reviewDue;
        else if (!after.reviewDue.isValid())
            after.reviewDue = today.addMonths(kDefaultReviewMonths);

        LocalChange change(m_store, db);
        const QJsonObject record = articlerecord::toRecord(after);
        int revision = 0;
        if (!before) {
            change.create(kArticles, record);
            revision = 1;
        } else {
            const QJsonObject changes =
                articlerecord::changedColumns(articlerecord::toRecord(*before), record);
            const int latest = latestRevision(db, after.id);
            if (changes.isEmpty())
                return {*before, latest, false};
            if (latest == 0) // an article without history: keep what it was before this first edit
                writeRevision(change, *before, 1, QStringLiteral("baseline"), 0, QString(),
                              before->updatedAt.isEmpty() ? timefmt::toStore(now) : before->updatedAt);
            change.update(kArticles, after.id, changes);
            revision = std::max(latest, 1) + 1;
        }
        const QString kindName = kind == RevisionKind::Created   ? QStringLiteral("created")
                                 : kind == RevisionKind::Restore ? QStringLiteral("restore")
                                                                 : QStringLiteral("edit");
        writeRevision(change, after, revision, kindName, restoredFrom, editor.id, timefmt::toStore(now));
        transaction.commit();
        saved.revision = revision;
        saved.changed = true;
    }
    m_store.notifyChanged(kArticles);
    m_store.notifyChanged(kVersions);
    saved.article = ArticleRepository(m_store).get(articleId).value_or(Article());
    return saved;
}

Article ArticleEditing::markVerified(const QString &articleId, const QString &agentId) const
{
    ArticleEditors::requireEditor(m_store, agentId);
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        const Article before = editable(articleId);
        const QDateTime now = m_clock.nowUtc();
        const QDate due = nextReviewDue(before, m_clock.todayIn(defaultTimeZone()));
        LocalChange(m_store, db)
            .update(kArticles, articleId,
                    QJsonObject{{QStringLiteral("verified_at"), timefmt::toStore(now)},
                                {QStringLiteral("review_due"), timefmt::dateToStore(due)}});
        transaction.commit();
    }
    m_store.notifyChanged(kArticles);
    return ArticleRepository(m_store).get(articleId).value_or(Article());
}

} // namespace guichet
