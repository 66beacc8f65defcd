#include "kb/ArticleRecord.h"

#include "core/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::articlerecord {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(timefmt::dateToStore(date)) : QJsonValue(QJsonValue::Null);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject toRecord(const Article &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("source"), articleSourceToString(a.source)},
        {QStringLiteral("external_id"), textOrNull(a.externalId)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("body_format"), bodyFormatToString(a.bodyFormat)},
        {QStringLiteral("tags"), stringListToJson(a.tags)},
        {QStringLiteral("audience"), a.audience},
        {QStringLiteral("theme"), a.theme},
        {QStringLiteral("competence"), competenceToString(a.competence)},
        {QStringLiteral("referral"), compact(a.referral.toJson())},
        {QStringLiteral("documents"), stringListToJson(a.documents)},
        {QStringLiteral("related"), relatedToJson(a.related)},
        {QStringLiteral("extra"), compact(a.extra)},
        {QStringLiteral("site_id"), textOrNull(a.siteId)},
        {QStringLiteral("owner_agent_id"), textOrNull(a.ownerAgentId)},
        {QStringLiteral("review_due"), dateOrNull(a.reviewDue)},
        {QStringLiteral("verified_at"),
         a.verifiedAt.isValid() ? QJsonValue(timefmt::toStore(a.verifiedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("source_url"), a.sourceUrl},
        {QStringLiteral("source_modified"), dateOrNull(a.sourceModified)},
    };
}

QJsonObject changedColumns(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    return changes;
}

QString detailsOf(const Article &a)
{
    return compact(QJsonObject{
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("body_format"), bodyFormatToString(a.bodyFormat)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("competence"), competenceToString(a.competence)},
        {QStringLiteral("referral"), a.referral.toJson()},
        {QStringLiteral("documents"), QJsonArray::fromStringList(a.documents)},
        {QStringLiteral("owner_agent_id"), a.ownerAgentId},
        {QStringLiteral("review_due"), a.reviewDue.isValid() ? timefmt::dateToStore(a.reviewDue) : QString()},
    });
}

void applyDetails(const QString &details, Article &a)
{
    const QJsonObject d = QJsonDocument::fromJson(details.toUtf8()).object();
    const auto list = [](const QJsonValue &value) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items;
    };
    if (d.contains(QLatin1String("summary")))
        a.summary = d.value(QLatin1String("summary")).toString();
    if (d.contains(QLatin1String("body_format")))
        a.bodyFormat = bodyFormatFromString(d.value(QLatin1String("body_format")).toString());
    if (d.contains(QLatin1String("tags")))
        a.tags = list(d.value(QLatin1String("tags")));
    if (d.contains(QLatin1String("competence")))
        a.competence = competenceFromString(d.value(QLatin1String("competence")).toString());
    if (d.contains(QLatin1String("referral")))
        a.referral = Referral::fromJson(d.value(QLatin1String("referral")).toObject());
    if (d.contains(QLatin1String("documents")))
        a.documents = list(d.value(QLatin1String("documents")));
    if (d.contains(QLatin1String("owner_agent_id")))
        a.ownerAgentId = d.value(QLatin1String("owner_agent_id")).toString();
    if (d.contains(QLatin1String("review_due")))
        a.reviewDue = timefmt::dateFromStore(d.value(QLatin1String("review_due")).toString());
}

} // namespace guichet::articlerecord
