#include "booking/SlotOccupancy.h"

#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace guichet {

QString SlotOccupancy::key(const QString &siteId, const QString &startsAtStore)
{
    return siteId + QLatin1Char('|') + startsAtStore;
}

SlotOccupancy::SlotOccupancy(LocalStore &store, const QString &serviceId, const QStringList &siteIds,
                             const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QString siteFilter;
    QVariantList values{serviceId, timefmt::toStore(fromUtc), timefmt::toStore(toUtc)};
    if (!siteIds.isEmpty()) {
        QStringList marks;
        for (const QString &site : siteIds) {
            marks << QStringLiteral("?");
            values << site;
        }
        siteFilter = QStringLiteral(" AND site_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    QHash<QString, int> server;
    {
        QSqlQuery query =
            sql::exec(store.connection(),
                      QStringLiteral("SELECT site_id, starts_at, booked FROM slot_counts "
                                     "WHERE service_id = ? AND starts_at >= ? AND starts_at < ? "
                                     "AND deleted = 0%1")
                          .arg(siteFilter),
                      values);
        while (query.next())
            server.insert(key(query.value(0).toString(), query.value(1).toString()), query.value(2).toInt());
    }
    QHash<QString, int> settled;
    QHash<QString, int> unsent;
    {
        QSqlQuery query = sql::exec(
            store.connection(),
            QStringLiteral("SELECT site_id, starts_at, EXISTS (SELECT 1 FROM outbox o WHERE o.entity = "
                           "'appointments' AND "
                           "o.entity_id = appointments.id AND (o.operation = 'create' OR "
                           "json_extract(o.payload, '$.starts_at') IS NOT NULL)) FROM appointments "
                           "WHERE service_id = ? AND starts_at >= ? AND starts_at < ? AND deleted = 0 "
                           "AND status <> 'cancelled'%1")
                .arg(siteFilter),
            values);
        while (query.next()) {
            const QString slot = key(query.value(0).toString(), query.value(1).toString());
            if (query.value(2).toInt() != 0)
                ++unsent[slot];
            else
                ++settled[slot];
        }
    }
    m_used = server;
    for (auto it = settled.cbegin(); it != settled.cend(); ++it)
        m_used[it.key()] = std::max(m_used.value(it.key()), it.value());
    for (auto it = unsent.cbegin(); it != unsent.cend(); ++it)
        m_used[it.key()] += it.value();
}

int SlotOccupancy::used(const QString &siteId, const QDateTime &startUtc) const
{
    return m_used.value(key(siteId, timefmt::toStore(startUtc)), 0);
}

} // namespace guichet
