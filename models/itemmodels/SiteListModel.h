#pragma once

#include "domain/Site.h"

#include <QAbstractListModel>
#include <QList>

namespace guichet {

class LocalStore;

// The sites, Hôtel de Ville first, for the site chooser: the name to display, the id and code in
// roles. Reloads when sites change in the store.
class SiteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CodeRole
    };

    explicit SiteListModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    int rowOfId(const QString &id) const;
    Site siteAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);

    LocalStore &m_store;
    QList<Site> m_sites;
};

} // namespace guichet
