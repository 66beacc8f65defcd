#include "itemmodels/FreeSlotListModel.h"

#include "core/Clock.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLocale>

namespace guichet {

FreeSlotListModel::FreeSlotListModel(LocalStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_store, &LocalStore::changed, this, &FreeSlotListModel::onStoreChanged);
}

void FreeSlotListModel::setServiceId(const QString &serviceId)
{
    if (serviceId == m_serviceId)
        return;
    m_serviceId = serviceId;
    m_pages = 1;
    reload();
}

void FreeSlotListModel::setSiteIds(const QStringList &siteIds)
{
    if (siteIds == m_siteIds)
        return;
    m_siteIds = siteIds;
    m_pages = 1;
    reload();
}

void FreeSlotListModel::setFrom(const QDate &from)
{
    if (from == m_from)
        return;
    m_from = from;
    m_pages = 1;
    reload();
}

void FreeSlotListModel::showMore()
{
    ++m_pages;
    reload();
}

void FreeSlotListModel::onStoreChanged(const QString &entity)
{
    static const QStringList kWatched{QStringLiteral("appointments"),
                                      QStringLiteral("slot_counts"),
                                      QStringLiteral("schedules"),
                                      QStringLiteral("sites"),
                                      QStringLiteral("site_closures"),
                                      QStringLiteral("services"),
                                      QStringLiteral("*")};
    if (!m_serviceId.isEmpty() && kWatched.contains(entity))
        reload();
}

void FreeSlotListModel::reload()
{
    QList<FreeSlot> found;
    QHash<QString, Site> sites;
    QString error;
    bool mayHaveMore = false;
    if (!m_serviceId.isEmpty()) {
        SlotQuery query;
        query.serviceId = m_serviceId;
        query.siteIds = m_siteIds;
        query.from = m_from;
        query.days = kDaysSearched;
        query.limit = kPageSize * m_pages;
        // Across sites, a few of each site per page; at one site, its earliest ones.
        query.perSite = m_siteIds.size() == 1 ? 0 : kPerSitePerPage * m_pages;
        try {
            for (const Site &site : SiteRepository(m_store).all())
                sites.insert(site.id, site);
            found = SlotEngine(m_store, m_clock).freeSlots(query);
            mayHaveMore = found.size() >= query.limit;
            if (query.perSite > 0 && !mayHaveMore) {
                QHash<QString, int> perSite;
                for (const FreeSlot &slot : std::as_const(found))
                    mayHaveMore = mayHaveMore || ++perSite[slot.siteId] >= query.perSite;
            }
        } catch (const StoreError &e) {
            error = e.message();
            found.clear();
        }
    }
    beginResetModel();
    m_slots = std::move(found);
    m_sites = std::move(sites);
    m_error = error;
    m_mayHaveMore = mayHaveMore;
    endResetModel();
    emit reloaded();
}

FreeSlot FreeSlotListModel::slotAt(int row) const
{
    return row >= 0 && row < m_slots.size() ? m_slots.at(row) : FreeSlot();
}

int FreeSlotListModel::rowOf(const QString &siteId, const QDateTime &startsAt) const
{
    for (int row = 0; row < m_slots.size(); ++row)
        if (m_slots.at(row).siteId == siteId && m_slots.at(row).startsAt == startsAt)
            return row;
    return -1;
}

QTimeZone FreeSlotListModel::zoneOf(const QString &siteId) const
{
    const QTimeZone zone(m_sites.value(siteId).timeZone.toUtf8());
    return zone.isValid() ? zone : defaultTimeZone();
}

int FreeSlotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int FreeSlotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FreeSlotListModel::dayText(const QDate &day, const QDate &today)
{
    const QLocale locale;
    const QString dayMonth = locale.toString(day, day.year() == today.year() ? QStringLiteral("d MMMM")
                                                                             : QStringLiteral("d MMMM yyyy"));
    if (day == today)
        return tr("Today, %1").arg(dayMonth);
    if (day == today.addDays(1))
        return tr("Tomorrow, %1").arg(dayMonth);
    //: A day of the slot list: the weekday, then "23 November"
    return tr("%1 %2").arg(locale.dayName(day.dayOfWeek()), dayMonth);
}

QVariant FreeSlotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FreeSlot &slot = m_slots.at(index.row());
    switch (role) {
    case SiteIdRole:
        return slot.siteId;
    case StartsAtRole:
        return slot.startsAt;
    case EndsAtRole:
        return slot.endsAt;
    case RemainingRole:
        return slot.remaining();
    case CapacityRole:
        return slot.capacity;
    case Qt::TextAlignmentRole:
        return index.column() == FreeColumn ? QVariant(int(Qt::AlignCenter))
                                            : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QTimeZone zone = zoneOf(slot.siteId);
        const QDateTime start = slot.startsAt.toTimeZone(zone);
        switch (index.column()) {
        case DayColumn:
            return dayText(start.date(), m_clock.todayIn(zone));
        case TimeColumn:
            return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                   slot.endsAt.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
        case SiteColumn: {
            const Site site = m_sites.value(slot.siteId);
            return site.isValid() ? site.name : slot.siteId;
        }
        case FreeColumn:
            //: Free places of a slot: "1 of 2" counters still free
            return tr("%1 of %2").arg(slot.remaining()).arg(slot.capacity);
        default:
            return {};
        }
    }
    case Qt::ToolTipRole:
        if (index.column() == SiteColumn) {
            const Site site = m_sites.value(slot.siteId);
            return QStringList{site.address, QStringList{site.postalCode, site.city}.join(QLatin1Char(' '))}
                .join(QStringLiteral(", "))
                .trimmed();
        }
        if (index.column() == FreeColumn)
            return tr("%n place(s) free at this time", nullptr, slot.remaining());
        return {};
    default:
        return {};
    }
}

QVariant FreeSlotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case SiteColumn:
        return tr("Site");
    case FreeColumn:
        return tr("Free places");
    default:
        return {};
    }
}

QHash<int, QByteArray> FreeSlotListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SiteIdRole, QByteArrayLiteral("siteId"));
    names.insert(StartsAtRole, QByteArrayLiteral("startsAt"));
    names.insert(EndsAtRole, QByteArrayLiteral("endsAt"));
    names.insert(RemainingRole, QByteArrayLiteral("remaining"));
    names.insert(CapacityRole, QByteArrayLiteral("capacity"));
    return names;
}

} // namespace guichet
