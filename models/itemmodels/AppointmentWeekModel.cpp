#include "itemmodels/AppointmentWeekModel.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "domain/AppointmentStatusLabel.h"
#include "domain/PublicHolidays.h"
#include "repo/AppointmentRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLocale>
#include <algorithm>

namespace guichet {

namespace {

constexpr int kDefaultFirstHour = 8;
constexpr int kDefaultEndHour = 18;

QString holidayName(const QDate &day, bool alsaceMoselle)
{
    for (const PublicHolidays::Holiday &holiday : PublicHolidays::ofYear(day.year(), alsaceMoselle)) {
        if (holiday.date == day)
            return holiday.name;
    }
    return {};
}

int endHourOf(const QTime &time)
{
    return time.minute() > 0 || time.second() > 0 ? time.hour() + 1 : time.hour();
}

} // namespace

int AppointmentWeekModel::Cell::pending() const
{
    return int(std::count_if(appointments.cbegin(), appointments.cend(), [](const Appointment &a) {
        return a.status == Appointment::Status::Pending;
    }));
}

AppointmentWeekModel::AppointmentWeekModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_zone(defaultTimeZone())
{
    connect(&m_store, &LocalStore::changed, this, &AppointmentWeekModel::onStoreChanged);
}

void AppointmentWeekModel::setSite(const QString &siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    reload();
}

void AppointmentWeekModel::setDate(const QDate &date)
{
    const QDate monday = date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
    if (monday == m_monday)
        return;
    m_monday = monday;
    reload();
}

void AppointmentWeekModel::onStoreChanged(const QString &entity)
{
    static const QStringList watched = {QStringLiteral("appointments"), QStringLiteral("schedules"),
                                        QStringLiteral("sites"), QStringLiteral("site_closures")};
    if (entity.isEmpty() || watched.contains(entity))
        reload();
}

void AppointmentWeekModel::reload()
{
    QList<Day> days;
    int firstHour = kDefaultFirstHour;
    try {
        if (!m_siteId.isEmpty() && m_monday.isValid()) {
            const SiteRepository sites(m_store);
            const Site site = sites.byId(m_siteId);
            const QList<SiteClosure> closures = sites.closures(m_siteId);
            const QList<Schedule> schedules = ServiceRepository(m_store).schedulesOfSite(m_siteId);
            const QList<Appointment> appointments =
                AppointmentRepository(m_store).daysOfSite(m_siteId, m_monday, 7);
            m_zone = AppointmentRepository(m_store).siteTimeZone(m_siteId);

            // The hours the week spans: its opening hours and schedules, and any appointment
            // outside them (never hidden).
            int first = 24;
            int end = 0;
            bool sunday = false;
            for (int weekday = 1; weekday <= 7; ++weekday) {
                for (const OpeningHours::Range &range : site.openingHours.ranges(weekday)) {
                    first = std::min(first, range.start.hour());
                    end = std::max(end, endHourOf(range.end));
                    sunday = sunday || weekday == 7;
                }
            }
            for (const Schedule &schedule : schedules) {
                first = std::min(first, schedule.start.hour());
                end = std::max(end, endHourOf(schedule.end));
                sunday = sunday || schedule.weekday == 7;
            }
            QList<Appointment> kept;
            for (const Appointment &appointment : appointments) {
                if (appointment.status == Appointment::Status::Cancelled)
                    continue;
                const QDateTime local = appointment.startsAt.toTimeZone(m_zone);
                first = std::min(first, local.time().hour());
                end = std::max(end, local.time().hour() + 1);
                sunday = sunday || local.date().dayOfWeek() == 7;
                kept << appointment;
            }
            if (first >= end) {
                first = kDefaultFirstHour;
                end = kDefaultEndHour;
            }
            firstHour = first;

            for (int i = 0; i < (sunday ? 7 : 6); ++i) {
                Day day;
                day.date = m_monday.addDays(i);
                day.cells.resize(end - first);
                const QString holiday = holidayName(day.date, site.alsaceMoselle);
                const auto closure = std::find_if(closures.cbegin(), closures.cend(),
                                                  [&](const SiteClosure &c) { return c.covers(day.date); });
                if (!holiday.isEmpty())
                    day.closedWhy = tr("Public holiday: %1").arg(holiday);
                else if (closure != closures.cend())
                    day.closedWhy = closure->reason.isEmpty() ? tr("Closed") : tr("Closed: %1").arg(closure->reason);
                else if (!site.openingHours.isEmpty() && !site.openingHours.isOpenOn(day.date.dayOfWeek()))
                    day.closedWhy = tr("Closed");
                if (day.closedWhy.isEmpty()) {
                    const int weekday = day.date.dayOfWeek();
                    for (const Schedule &schedule : schedules) {
                        if (!schedule.appliesOn(day.date))
                            continue;
                        for (int s = 0; s < schedule.slotCount(); ++s) {
                            const QTime start = schedule.slotStart(s);
                            const QTime slotEnd = start.addSecs(qint64(schedule.slotMinutes) * 60);
                            if (!site.openingHours.isEmpty() &&
                                !site.openingHours.covers(weekday, start, slotEnd))
                                continue;
                            day.cells[start.hour() - first].places += schedule.capacity;
                        }
                    }
                }
                days << day;
            }
            for (const Appointment &appointment : kept) {
                const QDateTime local = appointment.startsAt.toTimeZone(m_zone);
                const qint64 column = m_monday.daysTo(local.date());
                if (column >= 0 && column < days.size())
                    days[column].cells[local.time().hour() - first].appointments << appointment;
            }
        }
    } catch (const StoreError &error) {
        qWarning("guichet: the week's appointments could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_days = std::move(days);
    m_firstHour = firstHour;
    endResetModel();
    emit reloaded();
}

QDate AppointmentWeekModel::dateOfColumn(int column) const
{
    return column >= 0 && column < m_days.size() ? m_days.at(column).date : QDate();
}

int AppointmentWeekModel::columnOfDate(const QDate &date) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).date == date)
            return i;
    }
    return -1;
}

int AppointmentWeekModel::rowOfHour(int hour) const
{
    const int row = hour - m_firstHour;
    return row >= 0 && row < rowCount() ? row : -1;
}

int AppointmentWeekModel::bookedOn(int column) const
{
    int booked = 0;
    if (column >= 0 && column < m_days.size()) {
        for (const Cell &cell : m_days.at(column).cells)
            booked += int(cell.appointments.size());
    }
    return booked;
}

int AppointmentWeekModel::placesOn(int column) const
{
    int places = 0;
    if (column >= 0 && column < m_days.size()) {
        for (const Cell &cell : m_days.at(column).cells)
            places += cell.places;
    }
    return places;
}

int AppointmentWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_days.isEmpty() ? 0 : int(m_days.first().cells.size());
}

int AppointmentWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

const AppointmentWeekModel::Cell *AppointmentWeekModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_days.at(index.column()).cells.at(index.row());
}

QString AppointmentWeekModel::cellText(const Cell &cell) const
{
    const int booked = int(cell.appointments.size());
    if (cell.places > 0)
        return tr("%1 / %2").arg(booked).arg(cell.places);
    return booked > 0 ? QString::number(booked) : QString();
}

QString AppointmentWeekModel::cellToolTip(const Day &day, int row, const Cell &cell) const
{
    const QLocale locale;
    const int hour = m_firstHour + row;
    QStringList lines;
    lines << tr("%1, %2:00–%3:00")
                 .arg(locale.toString(day.date, QLocale::LongFormat))
                 .arg(hour, 2, 10, QLatin1Char('0'))
                 .arg(hour + 1, 2, 10, QLatin1Char('0'));
    if (!day.closedWhy.isEmpty())
        lines << day.closedWhy;
    if (cell.places > 0)
        lines << tr("%n place(s) free", nullptr, std::max(0, cell.places - int(cell.appointments.size())));
    for (const Appointment &appointment : cell.appointments) {
        lines << tr("%1 %2 — %3 (%4)")
                     .arg(locale.toString(appointment.startsAt.toTimeZone(m_zone).time(), QLocale::ShortFormat),
                          appointment.visitorName, appointment.serviceName,
                          appointmentStatusLabel(appointment.status));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant AppointmentWeekModel::data(const QModelIndex &index, int role) const
{
    const Cell *cell = cellAt(index);
    if (cell == nullptr)
        return {};
    const Day &day = m_days.at(index.column());
    const int booked = int(cell->appointments.size());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*cell);
    case Qt::ToolTipRole:
        return cellToolTip(day, index.row(), *cell);
    case Qt::AccessibleTextRole: {
        QString text = tr("%1 at %2:00: %n appointment(s)", nullptr, booked)
                           .arg(QLocale().toString(day.date, QStringLiteral("dddd d MMMM")))
                           .arg(m_firstHour + index.row());
        if (cell->places > 0)
            text += QLatin1String(", ") + tr("%n place(s)", nullptr, cell->places);
        if (!day.closedWhy.isEmpty())
            text += QLatin1String(", ") + day.closedWhy;
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case DateRole:
        return day.date;
    case HourRole:
        return m_firstHour + index.row();
    case BookedRole:
        return booked;
    case PendingRole:
        return cell->pending();
    case PlacesRole:
        return cell->places;
    case FillRole:
        return cell->places > 0 ? double(booked) / cell->places : 0.0;
    case ClosedRole:
        return day.closedWhy;
    default:
        return {};
    }
}

QVariant AppointmentWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1:00").arg(m_firstHour + section, 2, 10, QLatin1Char('0'));
        return {};
    }
    if (section < 0 || section >= m_days.size())
        return {};
    const Day &day = m_days.at(section);
    if (role == Qt::DisplayRole) {
        const QString date = QLocale().toString(day.date, QStringLiteral("ddd d/MM"));
        const QString second = day.closedWhy.isEmpty()
                                   ? tr("%1 / %2").arg(bookedOn(section)).arg(placesOn(section))
                                   : day.closedWhy;
        return date + QLatin1Char('\n') + second;
    }
    if (role == Qt::ToolTipRole)
        return QLocale().toString(day.date, QLocale::LongFormat);
    return {};
}

} // namespace guichet
