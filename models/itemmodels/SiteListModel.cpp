#include "itemmodels/SiteListModel.h"

#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

namespace guichet {

SiteListModel::SiteListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &SiteListModel::onStoreChanged);
    reload();
}

void SiteListModel::reload()
{
    QList<Site> sites;
    try {
        sites = SiteRepository(m_store).all();
    } catch (const StoreError &error) {
        qWarning("guichet: the sites could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_sites = std::move(sites);
    endResetModel();
}

void SiteListModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("sites") || entity == QLatin1String("*"))
        reload();
}

int SiteListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_sites.size(); ++row)
        if (m_sites.at(row).id == id)
            return row;
    return -1;
}

Site SiteListModel::siteAt(int row) const
{
    return row >= 0 && row < m_sites.size() ? m_sites.at(row) : Site();
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &site = m_sites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return site.name;
    case Qt::ToolTipRole:
        return tr("%1, %2 %3").arg(site.address, site.postalCode, site.city);
    case IdRole:
        return site.id;
    case CodeRole:
        return site.code;
    default:
        return {};
    }
}

QHash<int, QByteArray> SiteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("siteId"));
    names.insert(CodeRole, QByteArrayLiteral("code"));
    return names;
}

} // namespace guichet
