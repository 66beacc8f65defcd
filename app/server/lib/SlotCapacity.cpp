#include "SlotCapacity.h"

#include "RecordStore.h"
#include "ServerDatabase.h"
#include "core/TimeFormat.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace guichet::server {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

bool sameSlot(const QJsonObject &a, const QJsonObject &b)
{
    return text(a, "site_id") == text(b, "site_id") && text(a, "service_id") == text(b, "service_id") &&
           text(a, "starts_at") == text(b, "starts_at");
}

} // namespace

bool SlotCapacity::holdsSlot(const QJsonObject &appointment)
{
    const QJsonValue deleted = appointment.value(QLatin1String("deleted"));
    if (deleted.toBool() || deleted.toInt() != 0)
        return false;
    return text(appointment, "status") != QLatin1String("cancelled");
}

std::optional<SlotCapacity::Refusal> SlotCapacity::check(const QJsonObject *before, const QJsonObject &after)
{
    if (!holdsSlot(after))
        return std::nullopt;
    if (before && holdsSlot(*before) && sameSlot(*before, after))
        return std::nullopt; // it already holds this very slot
    const QString siteId = text(after, "site_id");
    const QString serviceId = text(after, "service_id");
    const QString startsAt = text(after, "starts_at");
    const int capacity = capacityFor(siteId, serviceId, startsAt);
    if (capacity <= 0)
        return Refusal{QStringLiteral("invalid"),
                       QStringLiteral("no schedule of this site offers this service at %1").arg(startsAt)};
    const int used =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM appointment_slots WHERE site_id = ? AND "
                                   "service_id = ? AND starts_at = ? AND active = 1 AND "
                                   "appointment_id <> ?"),
                    {siteId, serviceId, startsAt, text(after, "id")})
            .toInt();
    if (used >= capacity)
        return Refusal{
            QStringLiteral("slot_full"),
            QStringLiteral("the slot of %1 is full (%2 of %3 taken)").arg(startsAt).arg(used).arg(capacity)};
    return std::nullopt;
}

QString SlotCapacity::slotCountId(const QString &siteId, const QString &serviceId, const QString &startsAt)
{
    const QByteArray key = (siteId + QLatin1Char('|') + serviceId + QLatin1Char('|') + startsAt).toUtf8();
    return QStringLiteral("slot-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(40));
}

void SlotCapacity::publishCount(const QString &siteId, const QString &serviceId, const QString &startsAt,
                                const QString &updatedAt)
{
    const int booked =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM appointment_slots WHERE site_id = ? AND "
                                   "service_id = ? AND starts_at = ? AND active = 1"),
                    {siteId, serviceId, startsAt})
            .toInt();
    StoredRecord count;
    count.id = slotCountId(siteId, serviceId, startsAt);
    count.entity = QStringLiteral("slot_counts");
    count.version = m_records.takeChangeNumber();
    count.data = QJsonObject{{QStringLiteral("id"), count.id},
                             {QStringLiteral("site_id"), siteId},
                             {QStringLiteral("service_id"), serviceId},
                             {QStringLiteral("starts_at"), startsAt},
                             {QStringLiteral("booked"), booked}};
    m_records.write(count, updatedAt);
}

int SlotCapacity::publishAllCounts(const QString &updatedAt)
{
    QList<QStringList> taken;
    {
        QSqlQuery &query = m_db.exec(QStringLiteral("SELECT DISTINCT site_id, service_id, starts_at FROM "
                                                    "appointment_slots WHERE active = 1"));
        while (query.next())
            taken.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    for (const QStringList &slot : std::as_const(taken))
        publishCount(slot.at(0), slot.at(1), slot.at(2), updatedAt);
    return static_cast<int>(taken.size());
}

void SlotCapacity::record(const QString &appointmentId, const QJsonObject *before, const QJsonObject &after,
                          const QString &updatedAt)
{
    m_db.exec(QStringLiteral(
                  "INSERT INTO appointment_slots (appointment_id, site_id, service_id, starts_at, active) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (appointment_id) DO UPDATE SET site_id = "
                  "excluded.site_id, service_id = excluded.service_id, starts_at = excluded.starts_at, "
                  "active = excluded.active"),
              {appointmentId, text(after, "site_id"), text(after, "service_id"), text(after, "starts_at"),
               holdsSlot(after) ? 1 : 0});
    if (before && !sameSlot(*before, after))
        publishCount(text(*before, "site_id"), text(*before, "service_id"), text(*before, "starts_at"),
                     updatedAt);
    if (!before || !sameSlot(*before, after) || holdsSlot(*before) != holdsSlot(after))
        publishCount(text(after, "site_id"), text(after, "service_id"), text(after, "starts_at"), updatedAt);
}

int SlotCapacity::capacityFor(const QString &siteId, const QString &serviceId, const QString &startsAt)
{
    const QDateTime start = timefmt::fromStore(startsAt);
    if (!start.isValid())
        return 0;
    QByteArray zone = QByteArrayLiteral("Europe/Paris");
    if (const auto site = m_records.find(siteId); site && !site->deleted) {
        const QString siteZone = text(site->data, "time_zone");
        if (!siteZone.isEmpty())
            zone = siteZone.toUtf8();
    } else {
        return 0;
    }
    const QTimeZone timeZone(zone);
    const QDateTime local =
        start.toTimeZone(timeZone.isValid() ? timeZone : QTimeZone(QByteArrayLiteral("Europe/Paris")));
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    const QString day = local.date().toString(Qt::ISODate);
    int capacity = 0;
    for (const StoredRecord &schedule : m_records.byEntity(QStringLiteral("schedules"), siteId)) {
        const QJsonObject &s = schedule.data;
        if (text(s, "service_id") != serviceId ||
            s.value(QLatin1String("weekday")).toInt() != local.date().dayOfWeek())
            continue;
        if (time < text(s, "start_time").left(5) || time >= text(s, "end_time").left(5))
            continue;
        const QString from = text(s, "valid_from");
        const QString to = text(s, "valid_to");
        if ((!from.isEmpty() && day < from) || (!to.isEmpty() && day > to))
            continue;
        capacity = std::max(capacity, s.value(QLatin1String("capacity")).toInt());
    }
    return capacity;
}

} // namespace guichet::server
