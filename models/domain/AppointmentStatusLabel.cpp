#include "domain/AppointmentStatusLabel.h"

#include <QCoreApplication>

namespace guichet {

QString appointmentStatusLabel(Appointment::Status status)
{
    switch (status) {
    case Appointment::Status::Booked:
        return QCoreApplication::translate("guichet::AppointmentStatus", "Booked");
    case Appointment::Status::Pending:
        return QCoreApplication::translate("guichet::AppointmentStatus", "To be confirmed");
    case Appointment::Status::CheckedIn:
        return QCoreApplication::translate("guichet::AppointmentStatus", "Arrived");
    case Appointment::Status::Done:
        return QCoreApplication::translate("guichet::AppointmentStatus", "Done");
    case Appointment::Status::NoShow:
        return QCoreApplication::translate("guichet::AppointmentStatus", "No-show");
    case Appointment::Status::Cancelled:
        return QCoreApplication::translate("guichet::AppointmentStatus", "Cancelled");
    }
    return {};
}

} // namespace guichet
