#pragma once

#include "domain/InterpretingMode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

namespace guichet {

// A service the counter can call for an interpreter: a phone number, a video link, a SIP URI or an
// app, with the modes and languages it covers, its hours and the sites that may use it.
struct InterpreterProvider
{
    enum class Kind
    {
        Video,
        Phone,
        Sip,
        App
    }; // exactly the CHECK values

    // A span of opening hours on some weekdays (1 = Monday … 7 = Sunday), local time.
    struct Hours
    {
        QList<int> days;
        QTime from;
        QTime to;
    };

    QString id;
    QString name;
    Kind kind = Kind::Phone;
    QList<InterpretingMode::Value> modes;
    QStringList languages;  // ISO 639-1 codes (foreign-language interpreting)
    QString address;        // "04 65 71 00 12", "https://…", "sip:…"
    QList<Hours> hours;     // empty: always available
    QStringList siteIds;    // empty: every site
    bool isExample = false; // demo entry: not a real service
    QString notes;
    qint64 version = 0;
    QDateTime updatedAt;
    bool deleted = false;

    bool offers(InterpretingMode::Value mode) const { return modes.contains(mode); }
    bool speaks(const QString &language) const { return languages.contains(language); }
    bool servesSite(const QString &siteId) const { return siteIds.isEmpty() || siteIds.contains(siteId); }
    bool isOpenAt(const QDateTime &local) const;
    // When it opens next after `local` (within a week, in the same time zone); invalid when it
    // never opens. `local` itself when it is open then.
    QDateTime nextOpening(const QDateTime &local) const;
    // Whether calling it needs the network (a video link, a SIP line or an online app) — a phone
    // number is dialled from the desk phone, network or not.
    bool needsNetwork() const { return kind != Kind::Phone; }
    // Whether its address takes the visitor's language ("…?langue={language}").
    bool takesLanguage() const { return address.contains(QLatin1String("{language}")); }

    // What to open: tel:+33465710012, the https link or the SIP URI, with `{language}` in the
    // address replaced by the visitor's language code (removed when none is given).
    QUrl callUrl(const QString &language = {}) const;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name, bool *ok = nullptr);

    // JSON columns (modes, languages, hours, site_ids).
    static QJsonArray modesToJson(const QList<InterpretingMode::Value> &modes);
    static QList<InterpretingMode::Value> modesFromJson(const QJsonArray &array);
    static QJsonArray hoursToJson(const QList<Hours> &hours);
    static QList<Hours> hoursFromJson(const QJsonArray &array);

    QJsonObject toJson() const;
};

} // namespace guichet
