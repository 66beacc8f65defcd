#pragma once

#include "booking/AppointmentSlipData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

// The appointment as an RFC 5545 calendar (one VCALENDAR, METHOD:PUBLISH, one VEVENT with a
// reminder the day before), built with libical: the visitor's `.ics` file and the content of the
// slip's QR code, so that a phone can add the appointment to its calendar.
class AppointmentCalendar
{
    Q_DECLARE_TR_FUNCTIONS(guichet::AppointmentCalendar)

public:
    // Beyond this, a QR code gets too dense to be read reliably from a printed slip.
    static constexpr qsizetype kQrCodeMaxBytes = 1200;

    // The full event, UTF-8 with CRLF line ends: UID "<appointment id>@guichet", DTSTART/DTEND in
    // UTC, SUMMARY "service — site", LOCATION the site's address, DESCRIPTION the reference, the
    // documents to bring and the site's phone, a DISPLAY alarm one day before.
    static QByteArray ics(const AppointmentSlipData &data);
    // The same event for the QR code: without the documents to bring when the full one is longer
    // than kQrCodeMaxBytes (the printed slip lists them anyway).
    static QByteArray icsForQrCode(const AppointmentSlipData &data);

    static QString summary(const AppointmentSlipData &data);  // "service — site"
    static QString location(const AppointmentSlipData &data); // "address, postal code city"
    static QString uid(const AppointmentSlipData &data);      // "<appointment id>@guichet"

private:
    static QByteArray build(const AppointmentSlipData &data, bool withDocuments);
    static QString description(const AppointmentSlipData &data, bool withDocuments);
};

} // namespace guichet
