#pragma once

#include "domain/SyncConflict.h"

#include <QAbstractTableModel>
#include <QList>

namespace guichet {

class LocalStore;

// The refused changes still waiting for the agent ("À traiter"), oldest change first: when the
// refusal came, what the change was about, why it was refused, what to do, and the server's words.
// Follows the store: a pull that brings a refusal, a retry or a dismissal shows up at once.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhatColumn,
        ReasonColumn,
        WayForwardColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        MutationIdRole = Qt::UserRole + 1,
        ReasonCodeRole, // protocol::reason, e.g. "slot_full"
        EntityRole,
        EntityIdRole,
        OperationRole, // "create", "update", "delete"
        WayForwardRole,
        WhenRole // QDateTime (UTC)
    };

    explicit ConflictListModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    SyncConflict conflictAt(int row) const { return m_conflicts.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);

    LocalStore &m_store;
    QList<SyncConflict> m_conflicts;
};

} // namespace guichet
