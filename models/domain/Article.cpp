#include "domain/Article.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet {

QJsonObject Referral::toJson() const
{
    QJsonObject object;
    if (!service.isEmpty())
        object.insert(QStringLiteral("service"), service);
    if (!address.isEmpty())
        object.insert(QStringLiteral("address"), address);
    if (!hours.isEmpty())
        object.insert(QStringLiteral("hours"), hours);
    if (!phone.isEmpty())
        object.insert(QStringLiteral("phone"), phone);
    return object;
}

Referral Referral::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("service")).toString(),
            object.value(QStringLiteral("address")).toString(),
            object.value(QStringLiteral("hours")).toString(),
            object.value(QStringLiteral("phone")).toString()};
}

QString articleSourceToString(Article::Source source)
{
    return source == Article::Source::ServicePublic ? QStringLiteral("service-public")
                                                    : QStringLiteral("city");
}

Article::Source articleSourceFromString(const QString &text)
{
    return text == QLatin1String("service-public") ? Article::Source::ServicePublic : Article::Source::City;
}

QString bodyFormatToString(Article::BodyFormat format)
{
    switch (format) {
    case Article::BodyFormat::Plain:
        return QStringLiteral("plain");
    case Article::BodyFormat::ServicePublic:
        return QStringLiteral("service-public");
    case Article::BodyFormat::Markdown:
        break;
    }
    return QStringLiteral("markdown");
}

Article::BodyFormat bodyFormatFromString(const QString &text)
{
    if (text == QLatin1String("plain"))
        return Article::BodyFormat::Plain;
    if (text == QLatin1String("service-public"))
        return Article::BodyFormat::ServicePublic;
    return Article::BodyFormat::Markdown;
}

QString relatedToJson(const QList<RelatedArticle> &related)
{
    QJsonArray array;
    for (const RelatedArticle &r : related)
        array.append(QJsonObject{{QStringLiteral("id"), r.externalId}, {QStringLiteral("title"), r.title}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RelatedArticle> relatedFromJson(const QString &json)
{
    QList<RelatedArticle> related;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            related.append({id, object.value(QStringLiteral("title")).toString()});
    }
    return related;
}

QString stringListToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        if (value.isString())
            list << value.toString();
    return list;
}

} // namespace guichet
