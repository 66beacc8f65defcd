#pragma once

#include "interpreting/AgentNetwork.h"

#include <QAbstractTableModel>

namespace guichet {

class LocalStore;

// The city's agents who speak the visitor's language (AgentNetwork): name, site, whether they are
// on duty now, and how to reach them. Reloads when agents or sites change.
class AgentNetworkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SiteColumn,
        DutyColumn,
        PhoneColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        PhoneRole,
        OnDutyRole
    };

    explicit AgentNetworkModel(LocalStore &store, QObject *parent = nullptr);

    void setQuery(const QString &language, const QString &siteId, const QString &excludeAgentId);
    AgentNetwork::Member memberAt(int row) const { return m_members.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    LocalStore &m_store;
    QString m_language;
    QString m_siteId;
    QString m_excludeAgentId;
    QList<AgentNetwork::Member> m_members;
};

} // namespace guichet
