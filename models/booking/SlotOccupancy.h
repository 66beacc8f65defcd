#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace guichet {

class LocalStore;

// How many bookings hold each slot of a service over a time range, as this counter knows it:
//   used = max(server's count, settled local bookings) + this counter's bookings not yet sent.
// - the server's count (slot_counts, kept by the server, received by every counter) covers every
//   site, also the sites whose appointments this counter does not hold;
// - a local booking is "settled" when no mutation placing it in that slot (its creation, or a
//   move there) is waiting in the outbox: the server counts it, or will at the next pull;
// - one still waiting is added on top: the server does not know it yet.
// A cancellation or a move not yet sent keeps its old slot counted until the server says
// otherwise: the engine may show a slot as taken a little longer, never as free too soon.
class SlotOccupancy
{
public:
    // Loads the counts of `serviceId` at `siteIds` (every site when empty) in [fromUtc, toUtc).
    SlotOccupancy(LocalStore &store, const QString &serviceId, const QStringList &siteIds,
                  const QDateTime &fromUtc, const QDateTime &toUtc);

    int used(const QString &siteId, const QDateTime &startUtc) const;

    static QString key(const QString &siteId, const QString &startsAtStore);

private:
    QHash<QString, int> m_used;
};

} // namespace guichet
