#include "booking/AppointmentSlipData.h"

#include "core/Clock.h"
#include "repo/AppointmentRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

namespace guichet {

QTimeZone AppointmentSlipData::timeZone() const
{
    const QTimeZone zone(site.timeZone.toUtf8());
    return zone.isValid() ? zone : defaultTimeZone();
}

AppointmentSlipData AppointmentSlipData::load(LocalStore &store, const QString &appointmentId)
{
    AppointmentSlipData data;
    data.appointment = AppointmentRepository(store).byId(appointmentId);
    if (!data.appointment.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("unknown appointment '%1'").arg(appointmentId));
    data.site = SiteRepository(store).byId(data.appointment.siteId);
    if (!data.site.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("the site '%1' of appointment %2 is not in this store")
                             .arg(data.appointment.siteId, appointmentId));
    data.service = ServiceRepository(store).byId(data.appointment.serviceId);
    if (!data.service.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("the service '%1' of appointment %2 is not in this store")
                             .arg(data.appointment.serviceId, appointmentId));
    data.issuedAt = store.clock().nowUtc();
    return data;
}

} // namespace guichet
