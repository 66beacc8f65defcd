#include "itemmodels/ConflictListModel.h"

#include "core/Clock.h"
#include "itemmodels/SyncLabels.h"
#include "repo/ConflictRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLocale>

namespace guichet {

ConflictListModel::ConflictListModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &ConflictListModel::onStoreChanged);
    reload();
}

void ConflictListModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("sync_conflicts") || entity == QLatin1String("*"))
        reload();
}

void ConflictListModel::reload()
{
    QList<SyncConflict> conflicts;
    try {
        conflicts = ConflictRepository(m_store).openConflicts();
    } catch (const StoreError &error) {
        // The list keeps what it showed: better than an empty list that says "nothing to do".
        qWarning("guichet: the refused changes could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflict &c = m_conflicts.at(index.row());
    switch (role) {
    case MutationIdRole:
        return c.mutationId;
    case ReasonCodeRole:
        return c.reason;
    case EntityRole:
        return c.entity;
    case EntityIdRole:
        return c.entityId;
    case OperationRole:
        return Mutation::operationName(c.operation);
    case WayForwardRole:
        return SyncLabels::wayForward(c.reason);
    case WhenRole:
        return c.createdAt;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? c.message : SyncLabels::wayForward(c.reason);
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(c.createdAt.toTimeZone(defaultTimeZone()), QLocale::ShortFormat);
        case WhatColumn:
            return SyncLabels::summary(c);
        case ReasonColumn:
            return SyncLabels::reason(c.reason);
        case WayForwardColumn:
            return SyncLabels::wayForward(c.reason);
        case MessageColumn:
            return c.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Why it was refused");
    case WayForwardColumn:
        return tr("What to do");
    case MessageColumn:
        return tr("Server message");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MutationIdRole, "mutationId");
    names.insert(ReasonCodeRole, "reasonCode");
    names.insert(EntityRole, "entity");
    names.insert(EntityIdRole, "entityId");
    names.insert(OperationRole, "operation");
    names.insert(WayForwardRole, "wayForward");
    names.insert(WhenRole, "when");
    return names;
}

} // namespace guichet
