#include "domain/RequestDueDate.h"

#include "domain/PublicHolidays.h"

namespace guichet {

bool RequestDueDate::isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5 && !PublicHolidays::isHoliday(date);
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
