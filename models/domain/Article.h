#pragma once

#include "domain/Competence.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {



// Where to send the visitor when the matter is not the counter's own.
struct Referral
{
    QString service;
    QString address;
    QString hours;
    QString phone;

    bool isEmpty() const
    {
        return service.isEmpty() && address.isEmpty() && hours.isEmpty() && phone.isEmpty();
    }
    QJsonObject toJson() const;
    static Referral fromJson(const QJsonObject &object);
};

// A "see also" link: by external id (a Service-Public id "F1342" or a city article's "V-…").
struct RelatedArticle
{
    QString externalId;
    QString title;
};

// A knowledge-base article, one row of the `articles` table.
struct Article
{
    enum class Source
    {
        City,
        ServicePublic
    };
    enum class BodyFormat
    {
        Markdown,
        Plain,
        ServicePublic
    };

    QString id;
    Source source = Source::City;
    QString externalId;
    QString title;
    QString summary;
    QString body;
    BodyFormat bodyFormat = BodyFormat::Markdown;
    QStringList tags;
    QString audience;
    QString theme;
    Competence competence = Competence::Ville;
    Referral referral;
    QStringList documents; // checklist of the documents to bring
    QList<RelatedArticle> related;
    QJsonObject extra; // source-specific data (Service-Public: services, where, warnings…)
    QString siteId;    // a site's own sheet ("Fiche du site") when set
    QString ownerAgentId;
    QDate reviewDue;
    QDateTime verifiedAt; // UTC
    QString sourceUrl;
    QDate sourceModified; // the source's own last-update date
    qint64 version = 0;
    QString updatedAt;
    bool deleted = false;

    bool isServicePublic() const { return source == Source::ServicePublic; }
};

QString articleSourceToString(Article::Source source); // "city", "service-public"
Article::Source articleSourceFromString(const QString &text);
QString bodyFormatToString(Article::BodyFormat format); // "markdown", "plain", "service-public"
Article::BodyFormat bodyFormatFromString(const QString &text);

QString relatedToJson(const QList<RelatedArticle> &related); // [{"id":…, "title":…}]
QList<RelatedArticle> relatedFromJson(const QString &json);
QString stringListToJson(const QStringList &list);
QStringList stringListFromJson(const QString &json);

} // namespace guichet
