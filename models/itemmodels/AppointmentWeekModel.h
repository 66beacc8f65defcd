#pragma once

#include "domain/Appointment.h"
#include "domain/Schedule.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace guichet {

class LocalStore;

// A site's week at a glance, for the counter's week view: one column per day (Monday to Saturday,
// and Sunday when the site opens on Sundays), one row per hour of the week's opening hours. A cell
// holds the appointments starting in that hour (cancelled ones left out) against the places the
// schedules open in it (slots × counters working in parallel), so that a supervisor sees at once
// which mornings are full. A day the site is closed (public holiday, closure, no opening hours)
// says why in its header and has no places. Reloads itself when appointments, schedules, sites or
// closures change in the store.
class AppointmentWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DateRole = Qt::UserRole + 1, // QDate: the column's day
        HourRole,                    // int: the row's hour (local time)
        BookedRole,                  // int: appointments starting in the cell (not cancelled)
        PendingRole,                 // int: of which still to be confirmed by the server
        PlacesRole,                  // int: places the schedules open in the cell
        FillRole,                    // double: booked / places (0 when no places)
        ClosedRole,                  // QString: why the day is closed, empty when open
    };

    explicit AppointmentWeekModel(LocalStore &store, QObject *parent = nullptr);

    void setSite(const QString &siteId);
    // Any day of the week to show: the model starts on its Monday.
    void setDate(const QDate &date);
    QString siteId() const { return m_siteId; }
    QDate weekStart() const { return m_monday; }
    QDate dateOfColumn(int column) const;
    int columnOfDate(const QDate &date) const; // -1 when not shown
    int rowOfHour(int hour) const;             // -1 when not shown

    void reload();

    int bookedOn(int column) const;
    int placesOn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    struct Cell
    {
        int places = 0;
        QList<Appointment> appointments; // not cancelled, by start
        int pending() const;
    };
    struct Day
    {
        QDate date;
        QString closedWhy;
        QList<Cell> cells; // one per row
    };

    void onStoreChanged(const QString &entity);
    const Cell *cellAt(const QModelIndex &index) const;
    QString cellText(const Cell &cell) const;
    QString cellToolTip(const Day &day, int row, const Cell &cell) const;

    LocalStore &m_store;
    QString m_siteId;
    QDate m_monday;
    QTimeZone m_zone;
    int m_firstHour = 8;
    QList<Day> m_days;
};

} // namespace guichet
