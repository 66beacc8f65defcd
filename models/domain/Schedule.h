#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace guichet {

// A site offers a service on a weekday between two times, in slots of `slotMinutes`, with
// `capacity` counters working in parallel (so at most `capacity` bookings per slot).
struct Schedule
{
    QString id;
    QString siteId;
    QString serviceId;
    int weekday = 1; // ISO: 1 = Monday … 7 = Sunday
    QTime start;
    QTime end;
    int slotMinutes = 15;
    int capacity = 1;
    QDate validFrom; // invalid = always
    QDate validTo;

    bool appliesOn(const QDate &day) const
    {
        return day.dayOfWeek() == weekday && (!validFrom.isValid() || validFrom <= day) &&
               (!validTo.isValid() || day <= validTo);
    }
    // Number of whole slots in the range.
    int slotCount() const { return slotMinutes > 0 ? start.secsTo(end) / 60 / slotMinutes : 0; }
    QTime slotStart(int index) const { return start.addSecs(qint64(index) * slotMinutes * 60); }
};

} // namespace guichet
