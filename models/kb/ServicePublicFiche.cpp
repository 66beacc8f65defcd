#include "kb/ServicePublicFiche.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace guichet {

namespace {

bool isOptionalString(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isString();
}

bool isOptionalArray(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isArray();
}

// Checks that `value` is absent, null, or an array of objects each with a string "id".
bool isListOfIdentified(const QJsonValue &value)
{
    if (!isOptionalArray(value))
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
        return item.isObject() && item.toObject().value(QStringLiteral("id")).isString();
    });
}

bool isListOfStrings(const QJsonValue &value)
{
    if (!isOptionalArray(value))
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

void addTag(QStringList &tags, const QString &tag)
{
    const QString clean = tag.simplified();
    if (!clean.isEmpty() && !tags.contains(clean, Qt::CaseInsensitive))
        tags << clean;
}

} // namespace

std::optional<Article> ServicePublicFiche::parse(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate("guichet::ServicePublicFiche", "not valid JSON (%1 at character %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche", "not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    for (const char *key : {"id", "title", "body"}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (!value.isString()) {
            *error = QCoreApplication::translate("guichet::ServicePublicFiche",
                                                 "\"%1\" is missing or not a string")
                         .arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    const QString id = o.value(QStringLiteral("id")).toString();
    if (!idPattern.match(id).hasMatch()) {
        *error =
            QCoreApplication::translate("guichet::ServicePublicFiche", "\"id\" is not a fiche id: \"%1\"")
                .arg(id.left(40));
        return std::nullopt;
    }
    if (o.value(QStringLiteral("title")).toString().trimmed().isEmpty()) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche", "\"title\" is empty");
        return std::nullopt;
    }
    const QJsonValue modifiedValue = o.value(QStringLiteral("modified"));
    const QDate modified = QDate::fromString(modifiedValue.toString(), Qt::ISODate);
    if (!modifiedValue.isString() || !modified.isValid() || modifiedValue.toString().size() != 10) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche",
                                             "\"modified\" is missing or not a date (YYYY-MM-DD)");
        return std::nullopt;
    }
    for (const char *key :
         {"description", "fiche_type", "audience", "subject", "theme", "sous_dossier", "url", "collection"}) {
        if (!isOptionalString(o.value(QLatin1String(key)))) {
            *error = QCoreApplication::translate("guichet::ServicePublicFiche", "\"%1\" is not a string")
                         .arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    if (!isListOfStrings(o.value(QStringLiteral("breadcrumb"))) ||
        !isListOfStrings(o.value(QStringLiteral("where")))) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche",
                                             "\"breadcrumb\" and \"where\" must be lists of strings");
        return std::nullopt;
    }
    if (!isListOfIdentified(o.value(QStringLiteral("related"))) ||
        !isListOfIdentified(o.value(QStringLiteral("services")))) {
        *error = QCoreApplication::translate(
            "guichet::ServicePublicFiche",
            "\"related\" and \"services\" must be lists of objects with an \"id\"");
        return std::nullopt;
    }
    const QJsonValue dossier = o.value(QStringLiteral("dossier"));
    if (!(dossier.isUndefined() || dossier.isNull() || dossier.isObject())) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche", "\"dossier\" is not an object");
        return std::nullopt;
    }
    const QJsonValue warnings = o.value(QStringLiteral("warnings"));
    if (!isOptionalArray(warnings)) {
        *error = QCoreApplication::translate("guichet::ServicePublicFiche", "\"warnings\" is not a list");
        return std::nullopt;
    }

    Article a;
    a.source = Article::Source::ServicePublic;
    a.externalId = id;
    a.title = o.value(QStringLiteral("title")).toString().trimmed();
    a.summary = o.value(QStringLiteral("description")).toString();
    a.body = o.value(QStringLiteral("body")).toString();
    a.bodyFormat = Article::BodyFormat::ServicePublic;
    a.audience = o.value(QStringLiteral("audience")).toString();
    a.theme = o.value(QStringLiteral("theme")).toString();
    a.competence = Competence::Etat;
    a.sourceUrl = o.value(QStringLiteral("url")).toString();
    a.sourceModified = modified;

    addTag(a.tags, a.theme);
    addTag(a.tags, o.value(QStringLiteral("subject")).toString());
    addTag(a.tags, dossier.toObject().value(QStringLiteral("title")).toString());
    addTag(a.tags, o.value(QStringLiteral("sous_dossier")).toString());
    const QJsonArray breadcrumb = o.value(QStringLiteral("breadcrumb")).toArray();
    for (qsizetype i = 1; i + 1 < breadcrumb.size(); ++i) // neither "Accueil particuliers" nor the title
        addTag(a.tags, breadcrumb.at(i).toString());

    const QJsonArray where = o.value(QStringLiteral("where")).toArray();
    QStringList places;
    for (const QJsonValue &place : where)
        places << place.toString();
    a.referral.service = places.join(QStringLiteral(" ; "));

    for (const QJsonValue &value : o.value(QStringLiteral("related")).toArray()) {
        const QJsonObject link = value.toObject();
        a.related.append(
            {link.value(QStringLiteral("id")).toString(), link.value(QStringLiteral("title")).toString()});
    }

    QJsonObject extra;
    for (const char *key : {"fiche_type", "sous_dossier", "collection"})
        if (o.value(QLatin1String(key)).isString())
            extra.insert(QLatin1String(key), o.value(QLatin1String(key)));
    for (const char *key : {"dossier", "services", "where", "breadcrumb", "warnings"})
        if (!o.value(QLatin1String(key)).isNull() && !o.value(QLatin1String(key)).isUndefined())
            extra.insert(QLatin1String(key), o.value(QLatin1String(key)));
    a.extra = extra;
    a.extra.insert(HashKey, contentHash(a));
    return a;
}

QString ServicePublicFiche::contentHash(const Article &a)
{
    QJsonObject extra = a.extra;
    extra.remove(HashKey);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar separator(0x1f);
    const QString fields = QStringList{a.externalId,
                                       a.title,
                                       a.summary,
                                       a.body,
                                       a.tags.join(separator),
                                       a.audience,
                                       a.theme,
                                       a.referral.service,
                                       relatedToJson(a.related),
                                       a.sourceUrl,
                                       a.sourceModified.toString(Qt::ISODate)}
                               .join(separator);
    hash.addData(fields.toUtf8());
    hash.addData(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace guichet
