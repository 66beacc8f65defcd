#pragma once

#include "domain/Appointment.h"
#include "domain/Service.h"
#include "domain/Site.h"

#include <QDateTime>
#include <QTimeZone>

namespace guichet {

class LocalStore;

// Everything the visitor's confirmation says about one appointment: the appointment, where it
// takes place and what it is for. Read once, then turned into a calendar event
// (AppointmentCalendar) and a printed slip (ui/print) without going back to the store.
struct AppointmentSlipData
{
    Appointment appointment;
    Site site;
    Service service;
    QDateTime issuedAt; // UTC, the store clock's "now" when loaded: the event's DTSTAMP

    // The site's time zone (Europe/Paris when the site names none or an unknown one).
    QTimeZone timeZone() const;

    // Reads the appointment, its site and its service through the repositories. Throws StoreError
    // (InvalidInput) for an unknown appointment, or one whose site or service is unknown here.
    static AppointmentSlipData load(LocalStore &store, const QString &appointmentId);
};

} // namespace guichet
