#include "kb/ArticleHistory.h"

#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace guichet {

QString ArticleHistory::kindName(ArticleRevision::Kind kind)
{
    switch (kind) {
    case ArticleRevision::Kind::Created:
        return QStringLiteral("created");
    case ArticleRevision::Kind::Edit:
        return QStringLiteral("edit");
    case ArticleRevision::Kind::Restore:
        return QStringLiteral("restore");
    case ArticleRevision::Kind::Baseline:
        return QStringLiteral("baseline");
    }
    return QStringLiteral("edit");
}

ArticleRevision::Kind ArticleHistory::kindFromName(const QString &name)
{
    if (name == QLatin1String("created"))
        return ArticleRevision::Kind::Created;
    if (name == QLatin1String("restore"))
        return ArticleRevision::Kind::Restore;
    if (name == QLatin1String("baseline"))
        return ArticleRevision::Kind::Baseline;
    return ArticleRevision::Kind::Edit;
}

QList<ArticleRevision> ArticleHistory::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT v.id, v.article_id, v.revision, v.title, v.body, v.details, v.kind, "
                       "v.restored_from, v.edited_by, coalesce(a.display_name, ''), v.edited_at, v.version "
                       "FROM article_versions v LEFT JOIN agents a ON a.id = v.edited_by "
                       "WHERE v.deleted = 0 AND %1 ORDER BY v.revision DESC, v.edited_at DESC, v.id")
            .arg(where),
        values);
    QList<ArticleRevision> revisions;
    while (q.next()) {
        ArticleRevision r;
        r.id = q.value(0).toString();
        r.articleId = q.value(1).toString();
        r.revision = q.value(2).toInt();
        r.title = q.value(3).toString();
        r.body = q.value(4).toString();
        r.details = q.value(5).toString();
        r.kind = kindFromName(q.value(6).toString());
        r.restoredFrom = q.value(7).toInt();
        r.editedBy = q.value(8).toString();
        r.editedByName = q.value(9).toString();
        r.editedAt = timefmt::fromStore(q.value(10).toString());
        r.synced = q.value(11).toLongLong() > 0;
        revisions << r;
    }
    return revisions;
}

QList<ArticleRevision> ArticleHistory::revisions(const QString &articleId) const
{
    return select(QStringLiteral("v.article_id = ?"), {articleId});
}

std::optional<ArticleRevision> ArticleHistory::revision(const QString &articleId, int revision) const
{
    const QList<ArticleRevision> found =
        select(QStringLiteral("v.article_id = ? AND v.revision = ?"), {articleId, revision});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int ArticleHistory::latestRevision(const QString &articleId) const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT coalesce(max(revision), 0) FROM article_versions "
                                      "WHERE article_id = ? AND deleted = 0"),
                       {articleId})
        .toInt();
}

ArticleRevisionDiff ArticleHistory::diff(const QString &articleId, int fromRevision, int toRevision) const
{
    const std::optional<ArticleRevision> from = revision(articleId, fromRevision);
    const std::optional<ArticleRevision> to = revision(articleId, toRevision);
    if (!from || !to)
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("Revision %1 of this article is not in the local store.")
                             .arg(from ? toRevision : fromRevision));
    ArticleRevisionDiff diff;
    diff.fromRevision = fromRevision;
    diff.toRevision = toRevision;
    diff.title = LineDiff::compare(from->title, to->title);
    diff.body = LineDiff::compare(from->body, to->body);
    const QJsonObject before = QJsonDocument::fromJson(from->details.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(to->details.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        if (before.value(key) != after.value(key))
            diff.otherFields << key;
    return diff;
}

} // namespace guichet
