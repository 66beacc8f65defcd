#include "itemmodels/InterpreterProviderModel.h"

#include "core/Clock.h"
#include "itemmodels/InterpretingLabels.h"
#include "repo/InterpreterRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

namespace guichet {

InterpreterProviderModel::InterpreterProviderModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &InterpreterProviderModel::onStoreChanged);
}

void InterpreterProviderModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("interpreter_providers") || entity == QLatin1String("*"))
        reload();
}

void InterpreterProviderModel::setQuery(InterpretingMode::Value mode, const QString &language,
                                        const QString &siteId)
{
    m_mode = mode;
    m_language = language;
    m_siteId = siteId;
    reload();
}

void InterpreterProviderModel::reload()
{
    // Foreign-language interpreting waits for a language before listing anyone.
    const bool waiting = InterpretingMode::needsLanguage(m_mode) && m_language.isEmpty();
    QList<InterpreterProvider> providers;
    try {
        if (!waiting)
            providers = InterpreterRepository(m_store).providers(m_mode, m_language, m_siteId);
    } catch (const StoreError &error) {
        qWarning("guichet: the interpreting services could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_providers = std::move(providers);
    endResetModel();
}

int InterpreterProviderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int InterpreterProviderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterpreterProviderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterpreterProvider &p = m_providers.at(index.row());
    const bool openNow = p.isOpenAt(m_store.clock().nowUtc().toTimeZone(defaultTimeZone()));
    switch (role) {
    case IdRole:
        return p.id;
    case AddressRole:
        return p.address;
    case UrlRole:
        return p.callUrl();
    case IsExampleRole:
        return p.isExample;
    case OpenNowRole:
        return openNow;
    case KindRole:
        return InterpreterProvider::kindName(p.kind);
    case Qt::ToolTipRole:
        return p.notes.isEmpty() ? QVariant() : QVariant(p.notes);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.isExample ? tr("%1 [Example]").arg(p.name) : p.name;
        case AddressColumn:
            return p.address;
        case KindColumn:
            return InterpretingLabels::kind(p.kind);
        case HoursColumn:
            return InterpretingLabels::hours(p.hours);
        case AvailabilityColumn:
            return openNow ? tr("Open now") : tr("Closed now");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InterpreterProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case AddressColumn:
        return tr("Number or link");
    case KindColumn:
        return tr("Type");
    case HoursColumn:
        return tr("Hours");
    case AvailabilityColumn:
        return tr("Now");
    default:
        return {};
    }
}

} // namespace guichet
