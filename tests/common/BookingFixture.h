#pragma once

// A small city for the booking tests, written straight into a local store: two sites (Lyon-like
// Mairie du 1er, and an Alsace-Moselle mairie), one reason (carte d'identité, 15 minutes, 2 hours'
// notice), schedules with a capacity, closures, bookings (settled, waiting in the outbox, or as
// the server counts them).
#include "store/LocalStore.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace guichet::testing {

class BookingFixture
{
public:
    explicit BookingFixture(LocalStore &store);

    QString site1 = QStringLiteral("site-m1");       // Europe/Paris, Mon–Fri 08:30–12:00 13:30–17:00, Sat 09:00–12:00
    QString siteAlsace = QStringLiteral("site-sxb"); // Alsace-Moselle days, Mon–Fri 08:30–17:00
    QString service = QStringLiteral("svc-cni");     // 15 minutes, 2 hours' notice, at most 1 per person in 30 days
    QString agent = QStringLiteral("agent-1");

    // site1: Mon–Fri 09:00–12:00, 15-minute slots, capacity 2; Sat 09:00–11:00 capacity 1.
    // siteAlsace: Mon–Fri 14:00–16:00, 15-minute slots, capacity 1.
    void addDefaultSchedules();
    void addSchedule(const QString &site, int weekday, const QTime &from, const QTime &to, int slotMinutes,
                     int capacity);
    void addClosure(const QString &site, const QDate &first, const QDate &last);
    // A booking already there (settled: no outbox mutation).
    QString addAppointment(const QString &site, const QDateTime &startUtc, const QString &status = QStringLiteral("booked"),
                           const QString &phone = {});
    // A booking of this counter still waiting to be sent (its creation is in the outbox).
    QString addUnsentAppointment(const QString &site, const QDateTime &startUtc);
    // The server's count of a slot (slot_counts).
    void setServerCount(const QString &site, const QDateTime &startUtc, int booked);

    // `time` on `date` in Paris, as UTC.
    static QDateTime paris(const QDate &date, const QTime &time);
    int count(const QString &table) const;

private:
    void exec(const QString &statement, const QVariantList &values) const;
    LocalStore &m_store;
};

} // namespace guichet::testing
