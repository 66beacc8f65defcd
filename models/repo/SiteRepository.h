#pragma once

#include "domain/Site.h"

#include <QList>

class QSqlQuery;

namespace guichet {

class LocalStore;

// Reads sites and their closures from the local store.
class SiteRepository
{
public:
    explicit SiteRepository(LocalStore &store)
        : m_store(store)
    {}

    // Every site that is not deleted: the Hôtel de Ville first, then by code (M1 … M9).
    QList<Site> all() const;
    // An invalid Site when unknown.
    Site byId(const QString &id) const;
    Site byCode(const QString &code) const;
    // The site's closures, by first day.
    QList<SiteClosure> closures(const QString &siteId) const;
    // True when the site is closed that day (a closure or a public holiday).
    bool isClosedOn(const Site &site, const QDate &day) const;

    static Site fromQuery(const QSqlQuery &query);
    static QString selectColumns();

private:
    LocalStore &m_store;
};

} // namespace guichet
