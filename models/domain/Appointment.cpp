#include "domain/Appointment.h"

#include <QList>

namespace guichet {

QString Appointment::statusName(Status status)
{
    switch (status) {
    case Status::Booked:
        return QStringLiteral("booked");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::CheckedIn:
        return QStringLiteral("checked_in");
    case Status::Done:
        return QStringLiteral("done");
    case Status::NoShow:
        return QStringLiteral("no_show");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("booked");
}

Appointment::Status Appointment::statusFromName(const QString &name, bool *ok)
{
    for (Status status : allStatuses()) {
        if (statusName(status) == name) {
            if (ok != nullptr)
                *ok = true;
            return status;
        }
    }
    if (ok != nullptr)
        *ok = false;
    return Status::Booked;
}

const QList<Appointment::Status> &Appointment::allStatuses()
{
    static const QList<Status> statuses = {Status::Booked, Status::Pending, Status::CheckedIn,
                                           Status::Done,   Status::NoShow,  Status::Cancelled};
    return statuses;
}

QString Appointment::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Counter:
        return QStringLiteral("counter");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Web:
        return QStringLiteral("web");
    }
    return QStringLiteral("counter");
}

Appointment::Channel Appointment::channelFromName(const QString &name)
{
    if (name == QLatin1String("phone"))
        return Channel::Phone;
    if (name == QLatin1String("web"))
        return Channel::Web;
    return Channel::Counter;
}

bool Appointment::canChange(Status from, Status to)
{
    if (from == to)
        return false;
    switch (from) {
    case Status::Booked:
    case Status::Pending:
        return to == Status::CheckedIn || to == Status::NoShow || to == Status::Cancelled;
    case Status::CheckedIn:
        // Done when served; back to booked or no-show when checked in by mistake.
        return to == Status::Done || to == Status::Booked || to == Status::NoShow;
    case Status::NoShow:
        // Late arrival, or a no-show marked by mistake.
        return to == Status::CheckedIn || to == Status::Booked;
    case Status::Done:
        return to == Status::CheckedIn;
    case Status::Cancelled:
        return false;
    }
    return false;
}

} // namespace guichet
