#pragma once

#include "booking/SlotEngine.h"
#include "domain/Site.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace guichet {

class Clock;
class LocalStore;

// The earliest free slots of one reason (service) for the booking dialog: day, time, site and
// free places, earliest first, at every site of the city or at the chosen ones. It only asks the
// SlotEngine (no SQL here). A page is kPageSize slots; across every site no site takes more than
// kPerSitePerPage of a page, so that the other sites show too; showMore() adds a page. Reads
// again when appointments, the server's counts, schedules, sites, closures or services change,
// so that a slot that fills up disappears at once.
class FreeSlotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        TimeColumn,
        SiteColumn,
        FreeColumn,
        ColumnCount
    };
    enum Role
    {
        SiteIdRole = Qt::UserRole + 1, // QString
        StartsAtRole,                  // QDateTime (UTC)
        EndsAtRole,                    // QDateTime (UTC)
        RemainingRole,                 // int: places still free
        CapacityRole,                  // int: counters working in parallel
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 10;
    static constexpr int kPerSitePerPage = 3;
    static constexpr int kDaysSearched = 90;

    FreeSlotListModel(LocalStore &store, const Clock &clock, QObject *parent = nullptr);

    // Each of these reads again (and comes back to one page).
    void setServiceId(const QString &serviceId);
    void setSiteIds(const QStringList &siteIds); // empty: every site
    void setFrom(const QDate &from);             // invalid: from today
    QString serviceId() const { return m_serviceId; }
    QStringList siteIds() const { return m_siteIds; }
    QDate from() const { return m_from; }

    // One page more of slots, after the ones shown.
    void showMore();
    int pages() const { return m_pages; }
    // The last search filled its limit: there may be more slots after the last row.
    bool mayHaveMore() const { return m_mayHaveMore; }
    // Why the last search failed (an unknown service or site), empty when it did not.
    QString errorText() const { return m_error; }

    void reload();

    FreeSlot slotAt(int row) const;
    int rowOf(const QString &siteId, const QDateTime &startsAt) const;
    // The site of a row (name, time zone), as read at the last search.
    Site site(const QString &siteId) const { return m_sites.value(siteId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Today, 23 November", "Tomorrow, 24 November", "Wednesday 25 November" (the year only
    // when it is not the current one), in the application's locale.
    static QString dayText(const QDate &day, const QDate &today);

signals:
    void reloaded();

private:
    void onStoreChanged(const QString &entity);
    QTimeZone zoneOf(const QString &siteId) const;

    LocalStore &m_store;
    const Clock &m_clock;
    QString m_serviceId;
    QStringList m_siteIds;
    QDate m_from;
    int m_pages = 1;
    bool m_mayHaveMore = false;
    QString m_error;
    QList<FreeSlot> m_slots;
    QHash<QString, Site> m_sites;
};

} // namespace guichet
