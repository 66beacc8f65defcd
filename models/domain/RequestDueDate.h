#pragma once

#include <QDate>

namespace guichet {

// A request is answered within 15 working days (Bordeaux's published commitment; the usual French
// target). Working days skip Saturdays, Sundays and French public holidays (the national list:
// fixed days, Easter Monday, Ascension, Whit Monday).
class RequestDueDate
{
public:
    static constexpr int kWorkingDays = 15;

    // The date `workingDays` working days after `created` (the day itself does not count).
    static QDate after(const QDate &created, int workingDays = kWorkingDays);

    static bool isWorkingDay(const QDate &date);
};

} // namespace guichet
