#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

// French public holidays (jours fériés), computed for any year: the eleven national ones, plus
// Good Friday and St Stephen's Day (26 December) in Alsace-Moselle. Sites are closed on them.
class PublicHolidays
{
public:
    struct Holiday
    {
        QDate date;
        QString name; // French name, as printed on a town hall's door
    };

    static QList<Holiday> ofYear(int year, bool alsaceMoselle = false);
    static bool isHoliday(const QDate &date, bool alsaceMoselle = false);
    static QDate easterSunday(int year);
};

} // namespace guichet
