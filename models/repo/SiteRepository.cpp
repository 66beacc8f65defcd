#include "repo/SiteRepository.h"

#include "core/TimeFormat.h"
#include "domain/PublicHolidays.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace guichet {

QString SiteRepository::selectColumns()
{
    return QStringLiteral("id, code, name, kind, address, postal_code, city, phone, email, time_zone, "
                          "opening_hours, alsace_moselle, notes, version");
}

Site SiteRepository::fromQuery(const QSqlQuery &query)
{
    Site site;
    site.id = query.value(0).toString();
    site.code = query.value(1).toString();
    site.name = query.value(2).toString();
    site.kind = Site::kindFromName(query.value(3).toString());
    site.address = query.value(4).toString();
    site.postalCode = query.value(5).toString();
    site.city = query.value(6).toString();
    site.phone = query.value(7).toString();
    site.email = query.value(8).toString();
    site.timeZone = query.value(9).toString();
    site.openingHours = OpeningHours::fromJson(query.value(10).toString());
    site.alsaceMoselle = query.value(11).toInt() != 0;
    site.notes = query.value(12).toString();
    site.version = query.value(13).toLongLong();
    return site;
}

QList<Site> SiteRepository::all() const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM sites WHERE deleted = 0 "
                       "ORDER BY CASE kind WHEN 'hotel_de_ville' THEN 0 ELSE 1 END, length(code), code, id")
            .arg(selectColumns()));
    QList<Site> sites;
    while (query.next())
        sites << fromQuery(query);
    return sites;
}

Site SiteRepository::byId(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(), QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(selectColumns()), {id});
    return query.next() ? fromQuery(query) : Site();
}

Site SiteRepository::byCode(const QString &code) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM sites WHERE code = ? AND deleted = 0").arg(selectColumns()), {code});
    return query.next() ? fromQuery(query) : Site();
}

QList<SiteClosure> SiteRepository::closures(const QString &siteId) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT id, site_id, first_day, last_day, reason FROM site_closures "
                                 "WHERE site_id = ? AND deleted = 0 ORDER BY first_day, id"),
                  {siteId});
    QList<SiteClosure> closures;
    while (query.next()) {
        closures << SiteClosure{query.value(0).toString(), query.value(1).toString(),
                                timefmt::dateFromStore(query.value(2).toString()),
                                timefmt::dateFromStore(query.value(3).toString()), query.value(4).toString()};
    }
    return closures;
}

bool SiteRepository::isClosedOn(const Site &site, const QDate &day) const
{
    if (PublicHolidays::isHoliday(day, site.alsaceMoselle))
        return true;
    const QString text = timefmt::dateToStore(day);
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM site_closures WHERE site_id = ? AND deleted = 0 "
                                      "AND first_day <= ? AND last_day >= ?"),
                       {site.id, text, text})
               .toInt() > 0;
}

} // namespace guichet
