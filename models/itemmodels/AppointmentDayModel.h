#pragma once

#include "domain/Appointment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace guichet {

class LocalStore;

// The appointments of one site on one day, for the counter's day view: time, visitor, service,
// status, needs, counter. Reloads itself when appointments change in the store. An optional
// name filter (accent- and case-insensitive, every word must match) narrows the rows. A visitor
// still expected (booked or to be confirmed) more than kLateAfterMinutes after the start, by the
// store's clock, is late: LateRole, and the status says by how much (refreshTimes() as time passes).
class AppointmentDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        VisitorColumn,
        ServiceColumn,
        StatusColumn,
        NeedsColumn,
        CounterColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the appointment's id
        StatusRole,                // QString: the status name ("booked", "checked_in" …)
        StartsAtRole,              // QDateTime (UTC)
        VisitorNameRole,           // QString
        LateRole,                  // bool: expected, not arrived, start passed by kLateAfterMinutes
    };
    Q_ENUM(Column)

    static constexpr int kLateAfterMinutes = 10;

    explicit AppointmentDayModel(LocalStore &store, QObject *parent = nullptr);

    void setSite(const QString &siteId);
    void setDate(const QDate &date);
    QString siteId() const { return m_siteId; }
    QDate date() const { return m_date; }
    QTimeZone timeZone() const { return m_zone; }

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_filter; }

    // Reads the day again (keeps nothing from before).
    void reload();
    // Time has passed: the late arrivals and their delay are told again (no reading).
    void refreshTimes();

    // All the day's appointments, filtered out or not.
    int totalCount() const { return int(m_all.size()); }
    Appointment appointmentAt(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lower case, without accents: "Éloïse Lefèvre" → "eloise lefevre".
    static QString foldForSearch(const QString &text);
    // "Interpreter (العربية), wheelchair" — empty when the visitor needs nothing.
    static QString needsText(const Appointment &appointment);
    // A language code shown with its own name: "ar" → "العربية (ar)".
    static QString languageText(const QString &code);
    // Minutes the visitor is late at `nowUtc` (booked or to be confirmed, start passed by more than
    // kLateAfterMinutes), or 0 when they are not late.
    static int minutesLate(const Appointment &appointment, const QDateTime &nowUtc);

signals:
    void reloaded();

private:
    void onStoreChanged(const QString &entity);
    void applyFilter();
    QString timeText(const Appointment &appointment) const;

    LocalStore &m_store;
    QString m_siteId;
    QDate m_date;
    QTimeZone m_zone;
    QString m_filter;
    QList<Appointment> m_all;
    QList<Appointment> m_rows;
};

} // namespace guichet
