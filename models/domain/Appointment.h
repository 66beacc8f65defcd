#pragma once

#include <QDateTime>
#include <QString>

namespace guichet {

// A booking of a visitor for a service at a site. Times are UTC; shown in the site's time zone.
struct Appointment
{
    // Names as in the CHECK constraint of appointments.status.
    enum class Status
    {
        Booked,
        Pending,
        CheckedIn,
        Done,
        NoShow,
        Cancelled
    };
    enum class Channel
    {
        Counter,
        Phone,
        Web
    };

    struct Needs
    {
        bool interpreter = false;
        bool signLanguage = false;
        bool wheelchair = false;
        bool any() const { return interpreter || signLanguage || wheelchair; }
    };

    QString id;
    QString reference;
    QString siteId;
    QString serviceId;
    QString serviceName; // joined from services when read for a day view
    QDateTime startsAt;
    QDateTime endsAt;
    int counterNo = 1;
    QString visitorName;
    QString visitorPhone;
    QString visitorEmail;
    QString visitorLanguage = QStringLiteral("fr");
    Needs needs;
    Status status = Status::Booked;
    QString reminderState = QStringLiteral("none");     // the reminder SMS: none, queued, sent, failed
    QString confirmationState = QStringLiteral("none"); // the confirmation SMS, likewise
    bool smsOptIn = false;
    QString bookedBy;
    Channel channel = Channel::Counter;
    QString notes;
    QDateTime createdAt;
    qint64 version = 0;
    QDateTime updatedAt;

    bool isValid() const { return !id.isEmpty(); }

    static QString statusName(Status status);
    // False in `ok` (and Booked returned) for an unknown name.
    static Status statusFromName(const QString &name, bool *ok = nullptr);
    static QString channelName(Channel channel);
    static Channel channelFromName(const QString &name);
    static const QList<Status> &allStatuses();
    // Whether an agent may move an appointment from one status to the other at the counter
    // (e.g. a no-show who finally arrives may be checked in; a cancelled one stays cancelled).
    static bool canChange(Status from, Status to);
};

} // namespace guichet
