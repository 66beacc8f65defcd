#include "booking/AppointmentCalendar.h"

#include <libical/ical.h>
#include <memory>

namespace guichet {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// libical copies the text and escapes it (commas, semicolons, new lines) when serialising.
QByteArray text(const QString &value)
{
    return value.toUtf8();
}

icalproperty_status eventStatus(Appointment::Status status)
{
    switch (status) {
    case Appointment::Status::Pending:
        return ICAL_STATUS_TENTATIVE; // booked offline: "à confirmer" until the server answers
    case Appointment::Status::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case Appointment::Status::Booked:
    case Appointment::Status::CheckedIn:
    case Appointment::Status::Done:
    case Appointment::Status::NoShow:
        break;
    }
    return ICAL_STATUS_CONFIRMED;
}

icalcomponent *reminderTheDayBefore(const QString &summary)
{
    icalcomponent *alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm, icalproperty_new_trigger(icaltriggertype_from_int(-24 * 3600)));
    // DESCRIPTION is required for a DISPLAY alarm (RFC 5545 §3.6.6).
    icalcomponent_add_property(alarm, icalproperty_new_description(text(summary).constData()));
    return alarm;
}

} // namespace

QString AppointmentCalendar::summary(const AppointmentSlipData &data)
{
    return QStringLiteral("%1 — %2").arg(data.service.name, data.site.name);
}

QString AppointmentCalendar::location(const AppointmentSlipData &data)
{
    const QString town = QStringList{data.site.postalCode, data.site.city}.join(QLatin1Char(' ')).trimmed();
    QStringList parts{data.site.name, data.site.address, town};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString AppointmentCalendar::uid(const AppointmentSlipData &data)
{
    return data.appointment.id + QStringLiteral("@guichet");
}

QString AppointmentCalendar::description(const AppointmentSlipData &data, bool withDocuments)
{
    QStringList lines{tr("Reference: %1").arg(data.appointment.reference)};
    if (withDocuments && !data.service.documents.isEmpty()) {
        lines << tr("Documents to bring:");
        for (const QString &document : data.service.documents)
            lines << QStringLiteral("- ") + document;
    }
    if (!data.site.phone.isEmpty())
        lines << tr("Phone: %1").arg(data.site.phone);
    return lines.join(QLatin1Char('\n'));
}

QByteArray AppointmentCalendar::build(const AppointmentSlipData &data, bool withDocuments)
{
    const ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent *root = calendar.get();
    icalcomponent_add_property(root, icalproperty_new_prodid("-//Guichet//Guichet " GUICHET_VERSION "//FR"));
    icalcomponent_add_property(root, icalproperty_new_version("2.0"));
    icalcomponent_add_property(root, icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(text(uid(data)).constData()));
    const QDateTime stamp = data.issuedAt.isValid() ? data.issuedAt : QDateTime::currentDateTimeUtc();
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(data.appointment.startsAt)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(data.appointment.endsAt)));
    const QString title = summary(data);
    icalcomponent_add_property(event, icalproperty_new_summary(text(title).constData()));
    icalcomponent_add_property(event, icalproperty_new_location(text(location(data)).constData()));
    icalcomponent_add_property(
        event, icalproperty_new_description(text(description(data, withDocuments)).constData()));
    icalcomponent_add_property(event, icalproperty_new_status(eventStatus(data.appointment.status)));
    icalcomponent_add_component(event, reminderTheDayBefore(title));
    icalcomponent_add_component(root, event);

    char *serialised = icalcomponent_as_ical_string_r(root);
    const QByteArray result(serialised);
    icalmemory_free_buffer(serialised);
    return result;
}

QByteArray AppointmentCalendar::ics(const AppointmentSlipData &data)
{
    return build(data, true);
}

QByteArray AppointmentCalendar::icsForQrCode(const AppointmentSlipData &data)
{
    QByteArray full = build(data, true);
    if (full.size() <= kQrCodeMaxBytes)
        return full;
    return build(data, false);
}

} // namespace guichet
