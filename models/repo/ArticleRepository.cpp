#include "repo/ArticleRepository.h"

#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QJsonDocument>

namespace guichet {

namespace {

const QString kColumns = QStringLiteral("id, source, external_id, title, summary, body, body_format, tags, "
                                        "audience, theme, competence, referral, "
                                        "documents, related, extra, site_id, owner_agent_id, review_due, "
                                        "verified_at, source_url, source_modified, "
                                        "version, updated_at, deleted");

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.source = articleSourceFromString(q.value(1).toString());
    a.externalId = q.value(2).toString();
    a.title = q.value(3).toString();
    a.summary = q.value(4).toString();
    a.body = q.value(5).toString();
    a.bodyFormat = bodyFormatFromString(q.value(6).toString());
    a.tags = stringListFromJson(q.value(7).toString());
    a.audience = q.value(8).toString();
    a.theme = q.value(9).toString();
    a.competence = competenceFromString(q.value(10).toString());
    a.referral = Referral::fromJson(QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
    a.documents = stringListFromJson(q.value(12).toString());
    a.related = relatedFromJson(q.value(13).toString());
    a.extra = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    a.siteId = q.value(15).toString();
    a.ownerAgentId = q.value(16).toString();
    a.reviewDue = timefmt::dateFromStore(q.value(17).toString());
    a.verifiedAt = timefmt::fromStore(q.value(18).toString());
    a.sourceUrl = q.value(19).toString();
    a.sourceModified = timefmt::dateFromStore(q.value(20).toString());
    a.version = q.value(21).toLongLong();
    a.updatedAt = q.value(22).toString();
    a.deleted = q.value(23).toBool();
    return a;
}

std::optional<Article> one(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                           const QString &order = QStringLiteral("id"))
{
    QSqlQuery q =
        sql::exec(db,
                  QStringLiteral("SELECT %1 FROM articles WHERE %2 AND deleted = 0 ORDER BY %3 LIMIT 1")
                      .arg(kColumns, where, order),
                  values);
    if (!q.next())
        return std::nullopt;
    return articleFrom(q);
}

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            articleSourceFromString(q.value(4).toString()),
            competenceFromString(q.value(5).toString())};
}

} // namespace

std::optional<Article> ArticleRepository::get(const QString &id) const
{
    return one(m_store.connection(), QStringLiteral("id = ?"), {id});
}

std::optional<Article> ArticleRepository::getByExternalId(const QString &externalId) const
{
    return one(m_store.connection(), QStringLiteral("external_id = ?"), {externalId});
}

int ArticleRepository::count() const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM articles WHERE deleted = 0"))
        .toInt();
}

QList<ArticleSummary> ArticleRepository::listPage(int offset, int limit) const
{
    QSqlQuery q =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT id, external_id, title, summary, source, competence FROM articles "
                                 "WHERE deleted = 0 ORDER BY source, title COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                  {limit, offset});
    QList<ArticleSummary> page;
    while (q.next())
        page << summaryFrom(q);
    return page;
}

std::optional<Article> ArticleRepository::siteSheet(const QString &siteId) const
{
    if (siteId.isEmpty())
        return std::nullopt;
    return one(m_store.connection(), QStringLiteral("site_id = ?"), {siteId},
               QStringLiteral("updated_at DESC, id"));
}

QList<ArticleSummary> ArticleRepository::related(const QString &externalId) const
{
    QList<ArticleSummary> result;
    const QSqlDatabase db = m_store.connection();
    const QString links = sql::scalar(db,
                                      QStringLiteral("SELECT related FROM articles WHERE external_id = ? "
                                                     "AND deleted = 0"),
                                      {externalId})
                              .toString();
    for (const RelatedArticle &link : relatedFromJson(links)) {
        QSqlQuery q = sql::exec(db,
                                QStringLiteral("SELECT id, external_id, title, summary, source, competence "
                                               "FROM articles WHERE external_id = ? AND deleted = 0"),
                                {link.externalId});
        if (q.next())
            result << summaryFrom(q);
    }
    return result;
}

} // namespace guichet
