#pragma once

#include "domain/RequestEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace guichet {

class LocalStore;

// The history of one request, oldest first: when, what, who, through which channel, and the text.
// Follows the store: a note added anywhere shows up at once.
class RequestEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        AgentColumn,
        ChannelColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TimeRole
    };

    explicit RequestEventModel(LocalStore &store, QObject *parent = nullptr);

    void setRequest(const QString &requestId);
    QString requestId() const { return m_requestId; }
    void reload();
    RequestEvent eventAt(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStoreChanged(const QString &entity);

    LocalStore &m_store;
    QString m_requestId;
    QList<RequestEvent> m_events;
};

} // namespace guichet
