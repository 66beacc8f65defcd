#include "itemmodels/AgentNetworkModel.h"

#include "store/LocalStore.h"

namespace guichet {

AgentNetworkModel::AgentNetworkModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("agents") || entity == QLatin1String("sites") ||
            entity == QLatin1String("site_closures") || entity == QLatin1String("*"))
            reload();
    });
}

void AgentNetworkModel::setQuery(const QString &language, const QString &siteId, const QString &excludeAgentId)
{
    m_language = language;
    m_siteId = siteId;
    m_excludeAgentId = excludeAgentId;
    reload();
}

void AgentNetworkModel::reload()
{
    beginResetModel();
    m_members = AgentNetwork(m_store).speakers(m_language, m_siteId, m_excludeAgentId);
    endResetModel();
}

int AgentNetworkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int AgentNetworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentNetworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentNetwork::Member &member = m_members.at(index.row());
    switch (role) {
    case AgentIdRole:
        return member.agent.id;
    case PhoneRole:
        return member.agent.phone;
    case OnDutyRole:
        return member.onDuty;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return member.agent.displayName;
        case SiteColumn:
            if (member.agent.homeSiteId.isEmpty())
                return tr("Substitute pool");
            return member.atThisSite ? tr("%1 (this site)").arg(member.siteName) : member.siteName;
        case DutyColumn:
            if (member.agent.homeSiteId.isEmpty())
                return tr("Ask the pool's coordinator");
            return member.onDuty ? tr("On duty now") : tr("Site closed now");
        case PhoneColumn:
            return member.agent.phone;
        case EmailColumn:
            return member.agent.email;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AgentNetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case SiteColumn:
        return tr("Site");
    case DutyColumn:
        return tr("Now");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    default:
        return {};
    }
}

} // namespace guichet
