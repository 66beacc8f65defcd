#include "domain/PublicHolidays.h"

#include <algorithm>

namespace guichet {

QDate PublicHolidays::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus / Jones / Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<PublicHolidays::Holiday> PublicHolidays::ofYear(int year, bool alsaceMoselle)
{
    const QDate easter = easterSunday(year);
    QList<Holiday> days = {
        {QDate(year, 1, 1), QStringLiteral("Jour de l'An")},
        {easter.addDays(1), QStringLiteral("Lundi de Pâques")},
        {QDate(year, 5, 1), QStringLiteral("Fête du Travail")},
        {QDate(year, 5, 8), QStringLiteral("Victoire 1945")},
        {easter.addDays(39), QStringLiteral("Ascension")},
        {easter.addDays(50), QStringLiteral("Lundi de Pentecôte")},
        {QDate(year, 7, 14), QStringLiteral("Fête nationale")},
        {QDate(year, 8, 15), QStringLiteral("Assomption")},
        {QDate(year, 11, 1), QStringLiteral("Toussaint")},
        {QDate(year, 11, 11), QStringLiteral("Armistice 1918")},
        {QDate(year, 12, 25), QStringLiteral("Noël")},
    };
    if (alsaceMoselle) {
        days.append({easter.addDays(-2), QStringLiteral("Vendredi saint")});
        days.append({QDate(year, 12, 26), QStringLiteral("Saint-Étienne")});
    }
    std::sort(days.begin(), days.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return days;
}

bool PublicHolidays::isHoliday(const QDate &date, bool alsaceMoselle)
{
    const QList<Holiday> days = ofYear(date.year(), alsaceMoselle);
    return std::any_of(days.cbegin(), days.cend(), [&](const Holiday &h) { return h.date == date; });
}

} // namespace guichet
