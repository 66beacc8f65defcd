#include "repo/ServiceRepository.h"

#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

QString ServiceRepository::selectColumns()
{
    return QStringLiteral(
        "id, code, name, description, duration_minutes, documents, article_id, min_notice_hours, "
        "max_per_person, max_per_person_days, version");
}

Service ServiceRepository::fromQuery(const QSqlQuery &query)
{
    Service service;
    service.id = query.value(0).toString();
    service.code = query.value(1).toString();
    service.name = query.value(2).toString();
    service.description = query.value(3).toString();
    service.durationMinutes = query.value(4).toInt();
    const QJsonArray documents = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
    for (const QJsonValue &document : documents)
        service.documents << document.toString();
    service.articleId = query.value(6).toString();
    service.minNoticeHours = query.value(7).toInt();
    service.maxPerPerson = query.value(8).toInt();
    service.maxPerPersonDays = query.value(9).toInt();
    service.version = query.value(10).toLongLong();
    return service;
}

QList<Service> ServiceRepository::all() const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM services WHERE deleted = 0 ORDER BY name, id").arg(selectColumns()));
    QList<Service> services;
    while (query.next())
        services << fromQuery(query);
    return services;
}

Service ServiceRepository::byId(const QString &id) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(selectColumns()), {id});
    return query.next() ? fromQuery(query) : Service();
}

Service ServiceRepository::byCode(const QString &code) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM services WHERE code = ? AND deleted = 0").arg(selectColumns()),
        {code});
    return query.next() ? fromQuery(query) : Service();
}

QList<Schedule> ServiceRepository::readSchedules(const QString &where, const QString &key) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral(
            "SELECT id, site_id, service_id, weekday, start_time, end_time, slot_minutes, capacity, "
            "valid_from, valid_to FROM schedules WHERE %1 = ? AND deleted = 0 "
            "ORDER BY site_id, weekday, start_time, service_id, id")
            .arg(where),
        {key});
    QList<Schedule> schedules;
    const QString timeFormat = QStringLiteral("HH:mm");
    while (query.next()) {
        Schedule schedule;
        schedule.id = query.value(0).toString();
        schedule.siteId = query.value(1).toString();
        schedule.serviceId = query.value(2).toString();
        schedule.weekday = query.value(3).toInt();
        schedule.start = QTime::fromString(query.value(4).toString(), timeFormat);
        schedule.end = QTime::fromString(query.value(5).toString(), timeFormat);
        schedule.slotMinutes = query.value(6).toInt();
        schedule.capacity = query.value(7).toInt();
        schedule.validFrom = timefmt::dateFromStore(query.value(8).toString());
        schedule.validTo = timefmt::dateFromStore(query.value(9).toString());
        schedules << schedule;
    }
    return schedules;
}

QList<Schedule> ServiceRepository::schedulesOfSite(const QString &siteId) const
{
    return readSchedules(QStringLiteral("site_id"), siteId);
}

QList<Schedule> ServiceRepository::schedulesOfService(const QString &serviceId) const
{
    return readSchedules(QStringLiteral("service_id"), serviceId);
}

} // namespace guichet
