#pragma once

#include "domain/OpeningHours.h"

#include <QDate>
#include <QString>

namespace guichet {

// A reception site: the Hôtel de Ville, a mairie d'arrondissement or an annexe.
struct Site
{
    enum class Kind
    {
        HotelDeVille,
        MairieArrondissement,
        Annexe
    };

    QString id;
    QString code; // "HDV", "M1" … "M9"
    QString name;
    Kind kind = Kind::MairieArrondissement;
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString timeZone = QStringLiteral("Europe/Paris");
    OpeningHours openingHours;
    bool alsaceMoselle = false; // two extra public holidays (Good Friday, 26 December)
    QString notes;
    qint64 version = 0;

    bool isValid() const { return !id.isEmpty(); }

    // Names as in the CHECK constraint of sites.kind.
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::HotelDeVille:
            return QStringLiteral("hotel_de_ville");
        case Kind::MairieArrondissement:
            return QStringLiteral("mairie_arrondissement");
        case Kind::Annexe:
            return QStringLiteral("annexe");
        }
        return QStringLiteral("annexe");
    }
    static Kind kindFromName(const QString &name)
    {
        if (name == QLatin1String("hotel_de_ville"))
            return Kind::HotelDeVille;
        if (name == QLatin1String("mairie_arrondissement"))
            return Kind::MairieArrondissement;
        return Kind::Annexe;
    }
};

// A day range when a site is closed (works, bridge day, training…), both days included.
struct SiteClosure
{
    QString id;
    QString siteId;
    QDate firstDay;
    QDate lastDay;
    QString reason;

    bool covers(const QDate &day) const { return firstDay <= day && day <= lastDay; }
};

} // namespace guichet
