#pragma once

#include "interpreting/CallFigures.h"

#include <QAbstractTableModel>

namespace guichet {

class LocalStore;

// CallFigures as a table for the supervisors: one row per language, mode, site, provider or
// outcome (most calls first) with the calls, the share that reached someone, the minutes in all
// and the median minutes of the calls that reached someone. The totals are totals(), not a row.
// Reloads when calls are logged or synced; csv() gives the table for the city's observatory.
class CallFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        GroupColumn,
        CallsColumn,
        ReachedColumn,
        TotalMinutesColumn,
        MedianMinutesColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the group's key (language code, site id, …)
        CallsRole,                  // int
        ReachedRole,                // int: calls that reached someone
        ReachedShareRole,           // double, 0 … 1
        TotalMinutesRole,           // double
        MedianMinutesRole,          // double
    };

    explicit CallFiguresModel(LocalStore &store, QObject *parent = nullptr);

    void setQuery(const CallFigures::Query &query);
    CallFigures::Query query() const { return m_result.query; }
    void reload();

    const CallFigures::Result &result() const { return m_result; }
    const CallFigures::Group &totals() const { return m_result.total; }

    // The words for a group: "العربية — arabe", "LSF sign language", the site's or the service's
    // name, "Done"… (translated), and the word for a grouping ("Language", …).
    static QString groupLabel(CallFigures::Grouping grouping, const CallFigures::Group &group);
    static QString groupingLabel(CallFigures::Grouping grouping);

    // The table as CSV (RFC 4180, UTF-8, comma separated, '.' for decimals): a header line, one
    // line per group with its key and label, then a "total" line.
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);

    LocalStore &m_store;
    CallFigures::Result m_result;
};

} // namespace guichet
