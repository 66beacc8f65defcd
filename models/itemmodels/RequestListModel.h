#pragma once

#include "domain/Request.h"

#include <QAbstractTableModel>
#include <QList>

namespace guichet {

class LocalStore;

// Requests newest first, a page at a time (canFetchMore / fetchMore), optionally filtered by what
// the agent typed (RequestRepository::find). Reloads when requests or their events change.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        RequesterColumn,
        SubjectColumn,
        ChannelColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        StatusRole,  // the stored status name ("in_progress")
        DueDateRole, // QDate
        OverdueRole, // bool: open and past its due date
    };

    static constexpr int kPageSize = 50; // about two screens: more as the agent scrolls

    explicit RequestListModel(LocalStore &store, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    void reload();

    Request requestAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);
    QList<Request> load(int limit, int offset) const;

    LocalStore &m_store;
    QString m_filter;
    QList<Request> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace guichet
