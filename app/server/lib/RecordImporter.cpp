#include "RecordImporter.h"

#include "RecordStore.h"
#include "ServerDatabase.h"
#include "SlotCapacity.h"
#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "sync/EntitySchema.h"
#include "sync/RecordValues.h"

#include <QDateTime>

namespace guichet::server {

QMap<QString, int> RecordImporter::importFrom(LocalStore &source, const QStringList &entities)
{
    QMap<QString, int> counts;
    RecordStore records(m_db);
    const QString now = timefmt::toStoreMs(QDateTime::currentDateTimeUtc());
    ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
    records.takeChangeNumber(); // the writers' lock, held until commit
    qint64 change = records.lastChange();
    for (const EntityInfo &info : EntitySchema::instance().entities()) {
        if ((!entities.isEmpty() && !entities.contains(info.name)) || info.auditOnly)
            continue;
        QSqlQuery query = sql::exec(source.connection(),
                                    QStringLiteral("SELECT %1 FROM %2")
                                        .arg(info.columnNames().join(QStringLiteral(", ")), info.name));
        int count = 0;
        while (query.next()) {
            StoredRecord record;
            record.data = recordvalues::rowToJson(info, query);
            record.id = record.data.value(QLatin1String("id")).toString();
            record.entity = info.name;
            record.deleted = record.data.value(QLatin1String("deleted")).toInt() != 0;
            record.version = ++change;
            const QString updatedAt = record.data.value(QLatin1String("updated_at")).toString();
            records.write(record, updatedAt.isEmpty() ? now : updatedAt);
            if (info.name == QLatin1String("appointments"))
                m_db.exec(QStringLiteral("INSERT INTO appointment_slots (appointment_id, site_id, "
                                         "service_id, starts_at, active) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (appointment_id) DO UPDATE SET "
                                         "active = excluded.active"),
                          {record.id, record.data.value(QLatin1String("site_id")).toString(),
                           record.data.value(QLatin1String("service_id")).toString(),
                           record.data.value(QLatin1String("starts_at")).toString(),
                           (!record.deleted && record.data.value(QLatin1String("status")).toString() !=
                                                   QLatin1String("cancelled"))
                               ? 1
                               : 0});
            ++count;
        }
        counts.insert(info.name, count);
    }
    m_db.exec(QStringLiteral("UPDATE change_counter SET last_change = ? WHERE id = 1"), {change});
    if (counts.value(QStringLiteral("appointments")) > 0)
        counts.insert(QStringLiteral("slot_counts"), SlotCapacity(m_db, records).publishAllCounts(now));
    transaction.commit();
    return counts;
}

} // namespace guichet::server
