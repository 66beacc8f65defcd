#pragma once

#include "domain/Appointment.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;
struct FreeSlot;

// What the agent fills in to book: the slot, the visitor and their needs.
struct BookingRequest
{
    QString siteId;
    QString serviceId;
    QDateTime startsAt; // UTC, a slot start given by the SlotEngine
    QString visitorName;
    QString visitorPhone;
    QString visitorEmail;
    QString visitorLanguage = QStringLiteral("fr");
    Appointment::Needs needs;
    Appointment::Channel channel = Appointment::Channel::Counter;
    QString notes;
    bool smsOptIn = true; // SMS confirmation and reminder, when the phone is a mobile
};

// Booking at the counter, online or not. Every change is checked first (a clear message, nothing
// written, when refused) and written with its outbox mutation in one transaction:
// - book: a free slot of a site offering the service (SlotEngine), the visitor's name (a phone or
//   an e-mail when they have one: a walk-in may have neither), the phone normalised (libphonenumber), the
//   limit of bookings per person. The appointment starts "pending" (à confirmer): the server confirms it as
//   "booked", or refuses it (slot_full) and the counter shows it in "À traiter".
// - reschedule: to another free slot, at the same or another site; cancel; close the day.
// The same person holding an appointment for the same service nearby is a warning (similar()),
// never a block.
class BookingService
{
    Q_DECLARE_TR_FUNCTIONS(guichet::BookingService)

public:
    static constexpr int kSimilarWithinDays = 30;

    BookingService(LocalStore &store, const Clock &clock);

    Appointment book(const BookingRequest &request, const QString &agentId) const;
    // The same visitor's active appointments for the same service within kSimilarWithinDays of
    // `startsAt` (same phone, same e-mail, or same name), excluding `exceptId`.
    QList<Appointment> similar(const BookingRequest &request, const QString &exceptId = {}) const;

    // To `startsAt` at `siteId` (empty: the same site); the appointment is to be confirmed again.
    Appointment reschedule(const QString &appointmentId, const QString &siteId,
                           const QDateTime &startsAt) const;
    void cancel(const QString &appointmentId, const QString &agentId) const;

    struct DayClosed
    {
        int noShows = 0; // booked or to be confirmed, not come
        int done = 0;    // arrived, now served
        int toCome = 0;  // booked or to be confirmed, not started yet: left as they are
    };
    // End of the day at a site: every appointment of `day` that started before now and is still
    // booked (or to be confirmed) becomes a no-show, every one checked in becomes done. One
    // transaction.
    DayClosed closeDay(const QString &siteId, const QDate &day) const;
    // What closeDay would settle now, without writing anything (the counter asks first).
    DayClosed closeDayPreview(const QString &siteId, const QDate &day) const;

    // "RDV-" and eight letters and digits (no 0/O, 1/I/L): unique enough without the network,
    // easy to read out on the phone.
    static QString newReference();

private:
    void checkVisitor(BookingRequest &request) const;
    // The slot, when one may book it now and it is not full; a refusal otherwise.
    FreeSlot freeSlotAt(const QString &siteId, const QString &serviceId, const QDateTime &startsAt) const;
    void checkLimitPerPerson(const BookingRequest &request, const QString &exceptId) const;

    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
