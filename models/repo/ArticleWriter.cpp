#include "repo/ArticleWriter.h"

#include "core/TimeFormat.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace guichet {

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(timefmt::dateToStore(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant dateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(timefmt::toStore(dateTime))
                              : QVariant(QMetaType(QMetaType::QString));
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The values of every column but id, version and deleted, in the order of the statements below.
QVariantList columnValues(const Article &a)
{
    return {articleSourceToString(a.source),
            sql::nullIfEmpty(a.externalId),
            text(a.title),
            text(a.summary),
            text(a.body),
            bodyFormatToString(a.bodyFormat),
            stringListToJson(a.tags),
            text(a.audience),
            text(a.theme),
            competenceToString(a.competence),
            QString::fromUtf8(QJsonDocument(a.referral.toJson()).toJson(QJsonDocument::Compact)),
            stringListToJson(a.documents),
            relatedToJson(a.related),
            QString::fromUtf8(QJsonDocument(a.extra).toJson(QJsonDocument::Compact)),
            sql::nullIfEmpty(a.siteId),
            sql::nullIfEmpty(a.ownerAgentId),
            dateOrNull(a.reviewDue),
            dateTimeOrNull(a.verifiedAt),
            text(a.sourceUrl),
            dateOrNull(a.sourceModified),
            text(a.updatedAt)};
}

void prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        sql::fail(query.lastError(), QCoreApplication::translate("guichet::ArticleWriter",
                                                                 "Could not prepare the article statement"));
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &db)
    : m_insert(db)
    , m_update(db)
{
    prepare(m_insert, QStringLiteral(
                          "INSERT INTO articles (source, external_id, title, summary, body, body_format, "
                          "tags, audience, theme, "
                          "competence, referral, documents, related, extra, site_id, owner_agent_id, "
                          "review_due, verified_at, "
                          "source_url, source_modified, updated_at, id, version, deleted) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    prepare(m_update, QStringLiteral("UPDATE articles SET source = ?, external_id = ?, title = ?, summary = "
                                     "?, body = ?, body_format = ?, "
                                     "tags = ?, audience = ?, theme = ?, competence = ?, referral = ?, "
                                     "documents = ?, related = ?, extra = ?, "
                                     "site_id = ?, owner_agent_id = ?, review_due = ?, verified_at = ?, "
                                     "source_url = ?, source_modified = ?, "
                                     "updated_at = ? WHERE id = ?"));
}

void ArticleWriter::insert(const Article &article)
{
    QVariantList values = columnValues(article);
    values << article.id << article.version << (article.deleted ? 1 : 0);
    sql::run(m_insert, values);
}

void ArticleWriter::update(const Article &article)
{
    QVariantList values = columnValues(article);
    values << article.id;
    sql::run(m_update, values);
}

} // namespace guichet
