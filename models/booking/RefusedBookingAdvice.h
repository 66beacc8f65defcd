#pragma once

#include "booking/SlotEngine.h"

#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;
struct SyncConflict;

// The way forward for a booking the server refused because its slot was full ("À traiter"): who
// the visitor is and how to reach them, and the next free slots — at the same site, and the
// earliest ones at any site — from the refused time on, so that the agent can call them back with
// another time.
struct RefusedBookingAdvice
{
    bool applies = false; // a booking refused for a full slot
    QString visitorName;
    QString visitorPhone;
    QString visitorEmail;
    QString siteId;
    QString serviceId;
    QList<FreeSlot> sameSite; // up to 3
    QList<FreeSlot> anySite;  // up to 3, one per site

    static RefusedBookingAdvice of(LocalStore &store, const Clock &clock, const SyncConflict &conflict);
};

} // namespace guichet
