#pragma once

#include "domain/Schedule.h"
#include "domain/Service.h"

#include <QList>

class QSqlQuery;

namespace guichet {

class LocalStore;

// Reads services (motifs) and the schedules on which sites offer them.
class ServiceRepository
{
public:
    explicit ServiceRepository(LocalStore &store)
        : m_store(store)
    {}

    QList<Service> all() const;            // by name
    Service byId(const QString &id) const; // invalid when unknown
    Service byCode(const QString &code) const;
    // The site's schedules, by weekday, start time and service.
    QList<Schedule> schedulesOfSite(const QString &siteId) const;
    // Every site's schedules for the service, by site, weekday and start time.
    QList<Schedule> schedulesOfService(const QString &serviceId) const;

    static Service fromQuery(const QSqlQuery &query);
    static QString selectColumns();

private:
    QList<Schedule> readSchedules(const QString &where, const QString &key) const;

    LocalStore &m_store;
};

} // namespace guichet
