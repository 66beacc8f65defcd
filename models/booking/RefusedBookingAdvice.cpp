#include "booking/RefusedBookingAdvice.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "domain/SyncConflict.h"
#include "store/StoreError.h"

namespace guichet {

RefusedBookingAdvice RefusedBookingAdvice::of(LocalStore &store, const Clock &clock,
                                              const SyncConflict &conflict)
{
    RefusedBookingAdvice advice;
    if (conflict.entity != QLatin1String("appointments") || conflict.reason != QLatin1String("slot_full"))
        return advice;
    // What the agent typed, completed by the record as this counter still has it.
    QJsonObject record = conflict.localRecord;
    for (auto it = conflict.payload.constBegin(); it != conflict.payload.constEnd(); ++it)
        record.insert(it.key(), it.value());
    advice.applies = true;
    advice.visitorName = record.value(QLatin1String("visitor_name")).toString();
    advice.visitorPhone = record.value(QLatin1String("visitor_phone")).toString();
    advice.visitorEmail = record.value(QLatin1String("visitor_email")).toString();
    advice.siteId = record.value(QLatin1String("site_id")).toString();
    advice.serviceId = record.value(QLatin1String("service_id")).toString();
    const QDateTime refused = timefmt::fromStore(record.value(QLatin1String("starts_at")).toString());
    if (advice.serviceId.isEmpty())
        return advice;
    SlotQuery query;
    query.serviceId = advice.serviceId;
    query.from = (refused.isValid() && refused > clock.nowUtc() ? refused : clock.nowUtc())
                     .toTimeZone(defaultTimeZone())
                     .date();
    query.limit = 3;
    try {
        const SlotEngine engine(store, clock);
        if (!advice.siteId.isEmpty()) {
            query.siteIds = {advice.siteId};
            advice.sameSite = engine.freeSlots(query);
        }
        query.siteIds.clear();
        query.perSite = 1;
        advice.anySite = engine.freeSlots(query);
    } catch (const StoreError &) {
        // The site or the reason is gone from this counter: the visitor's contact is still shown.
    }
    return advice;
}

} // namespace guichet
