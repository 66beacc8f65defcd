#pragma once

#include "domain/Appointment.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QTimeZone>

class QSqlQuery;

namespace guichet {

class LocalStore;

// The appointments of the counter's sites: a day's list, one by id, status changes made at the
// counter (each written with its outbox mutation in one transaction) and the day's counts.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(LocalStore &store)
        : m_store(store)
    {}

    // Appointments (cancelled ones included) whose start falls on `day` in the site's time zone,
    // with the service's name, by start time then counter.
    QList<Appointment> dayOfSite(const QString &siteId, const QDate &day) const;
    // The same for `days` days from `firstDay` (a week view), by start.
    QList<Appointment> daysOfSite(const QString &siteId, const QDate &firstDay, int days) const;
    Appointment byId(const QString &id) const; // invalid when unknown
    Appointment byReference(const QString &reference) const; // "RDV-…"; invalid when unknown

    // Sets the status at the counter: updates status and updated_at and enqueues an "update"
    // mutation {status} on the row's version, in one transaction; then notifies "appointments".
    // Throws StoreError (InvalidInput) for an unknown appointment or agent, or a change the
    // current status does not allow; nothing is written then.
    void setStatus(const QString &id, Appointment::Status status, const QString &agentId) const;

    // Number of appointments per status on that day at that site (statuses with none are absent).
    QMap<Appointment::Status, int> countByStatus(const QString &siteId, const QDate &day) const;
    // The same for today (the clock's date in the site's time zone).
    QMap<Appointment::Status, int> countTodayByStatus(const QString &siteId) const;

    // The site's time zone (Europe/Paris when unknown).
    QTimeZone siteTimeZone(const QString &siteId) const;
    // [start, end) in UTC of a local day.
    static QPair<QDateTime, QDateTime> utcBoundsOfDay(const QDate &day, const QTimeZone &zone);

    static Appointment fromQuery(const QSqlQuery &query);
    static QString selectColumns(); // for "appointments a JOIN services s"

private:
    LocalStore &m_store;
};

} // namespace guichet
