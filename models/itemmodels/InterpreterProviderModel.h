#pragma once

#include "domain/InterpreterProvider.h"

#include <QAbstractTableModel>
#include <QList>

namespace guichet {

class LocalStore;

// The interpreter services for a mode, a language and a site: name, how to reach them, hours,
// whether they are open now, and whether the entry is only an example.
class InterpreterProviderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        KindColumn,
        HoursColumn,
        AvailabilityColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AddressRole,
        UrlRole,
        IsExampleRole,
        OpenNowRole,
        KindRole
    };

    explicit InterpreterProviderModel(LocalStore &store, QObject *parent = nullptr);

    void setQuery(InterpretingMode::Value mode, const QString &language, const QString &siteId);
    InterpretingMode::Value mode() const { return m_mode; }
    QString language() const { return m_language; }
    void reload();
    InterpreterProvider providerAt(int row) const { return m_providers.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStoreChanged(const QString &entity);

    LocalStore &m_store;
    InterpretingMode::Value m_mode = InterpretingMode::Foreign;
    QString m_language;
    QString m_siteId;
    QList<InterpreterProvider> m_providers;
};

} // namespace guichet
