#pragma once

#include "domain/Schedule.h"
#include "domain/Service.h"
#include "domain/Site.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace guichet {

class Clock;
class LocalStore;

// A bookable slot: a site offers the service at that time, and not every counter is taken.
struct FreeSlot
{
    QString siteId;
    QString serviceId;
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC: the start plus the service's duration
    int capacity = 0;   // counters working in parallel on the schedule
    int booked = 0;     // bookings already holding it (see SlotOccupancy)

    int remaining() const { return capacity - booked; }
    bool operator==(const FreeSlot &other) const = default;
};

struct SlotQuery
{
    QString serviceId;
    QStringList siteIds; // empty: every site of the city
    QDate from;          // first day searched, in each site's time zone (today when earlier)
    int days = 90;       // how many days from `from`
    int limit = 10;      // how many slots at most
    int perSite = 0;     // at most that many slots of one site (0: no cap), so that "earliest across
                         // sites" shows other sites too
};

// Free slots for a service at one site or at every site, earliest first (ties: by site code):
// the schedules of each site for the service, in the site's time zone (across daylight-saving
// changes), inside its opening hours, outside its closures and French public holidays (with the
// Alsace-Moselle days where the site has them), not before the service's minimum notice, and not
// full — counting the bookings this counter made and not yet sent as well as the server's counts
// of every site (SlotOccupancy). The clock decides what "now" is.
class SlotEngine
{
    Q_DECLARE_TR_FUNCTIONS(guichet::SlotEngine)

public:
    SlotEngine(LocalStore &store, const Clock &clock);

    // Throws StoreError (InvalidInput) for an unknown service or site.
    QList<FreeSlot> freeSlots(const SlotQuery &query) const;

    // The slot of `siteId` starting at `startUtc` as the engine sees it now — a schedule offers it,
    // the site is open, the notice is respected — with its occupancy; nothing, and the reason in
    // `why`, when it is not a slot one may book (full is still a slot: see remaining()).
    std::optional<FreeSlot> slotAt(const QString &siteId, const QString &serviceId, const QDateTime &startUtc,
                                   QString *why) const;

private:
    struct SiteRules
    {
        Site site;
        QTimeZone zone;
        QList<SiteClosure> closures;
        QList<Schedule> schedules; // of the service only
    };
    struct Candidate
    {
        int site = 0; // index in the rules
        QDateTime startsAt;
        int capacity = 0;
    };

    QList<SiteRules> rulesFor(const QString &serviceId, const QStringList &siteIds) const;
    static bool isClosed(const SiteRules &rules, const QDate &day);
    // The slots the schedules open that day (local times inside the opening hours), by start.
    static QList<Candidate> candidatesOn(const SiteRules &rules, int index, const QDate &day,
                                         const Service &service);
    QDateTime earliestStart(const Service &service) const;

    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
