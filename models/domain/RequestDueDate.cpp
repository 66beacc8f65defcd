#include "domain/RequestDueDate.h"

namespace guichet {

QDate RequestDueDate::easterSunday(int year)
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

bool RequestDueDate::isPublicHoliday(const QDate &date)
{
    const int month = date.month();
    const int day = date.day();
    if ((month == 1 && day == 1) || (month == 5 && (day == 1 || day == 8)) || (month == 7 && day == 14) ||
        (month == 8 && day == 15) || (month == 11 && (day == 1 || day == 11)) || (month == 12 && day == 25))
        return true;
    if (month < 3 || month > 6)
        return false;
    const QDate easter = easterSunday(date.year());
    const qint64 offset = easter.daysTo(date);
    return offset == 1 || offset == 39 || offset == 50; // Easter Monday, Ascension, Whit Monday
}

bool RequestDueDate::isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5 && !isPublicHoliday(date);
}

QDate RequestDueDate::after(const QDate &created, int workingDays)
{
    QDate day = created;
    int counted = 0;
    while (counted < workingDays) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

} // namespace guichet
