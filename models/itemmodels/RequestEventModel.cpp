#include "itemmodels/RequestEventModel.h"

#include "core/Clock.h"
#include "itemmodels/RequestLabels.h"
#include "repo/RequestRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLocale>

namespace guichet {

RequestEventModel::RequestEventModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &RequestEventModel::onStoreChanged);
}

void RequestEventModel::onStoreChanged(const QString &entity)
{
    if (!m_requestId.isEmpty() && (entity == QLatin1String("request_events") ||
                                   entity == QLatin1String("requests") || entity == QLatin1String("*")))
        reload();
}

void RequestEventModel::setRequest(const QString &requestId)
{
    m_requestId = requestId;
    reload();
}

void RequestEventModel::reload()
{
    QList<RequestEvent> events;
    try {
        if (!m_requestId.isEmpty())
            events = RequestRepository(m_store).events(m_requestId);
    } catch (const StoreError &error) {
        qWarning("guichet: the request's history could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int RequestEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RequestEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestEvent &e = m_events.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case KindRole:
        return RequestEvent::kindName(e.kind);
    case TimeRole:
        return e.at;
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(e.text) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toTimeZone(defaultTimeZone()), QLocale::ShortFormat);
        case KindColumn:
            return RequestLabels::eventKind(e.kind);
        case AgentColumn:
            if (!e.agentName.isEmpty())
                return e.agentName;
            return e.agentId.isEmpty() ? tr("Automatic") : e.agentId.left(8);
        case ChannelColumn:
            return RequestLabels::eventChannel(e.channel);
        case TextColumn:
            return e.text;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RequestEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case KindColumn:
        return tr("Step");
    case AgentColumn:
        return tr("By");
    case ChannelColumn:
        return tr("Channel");
    case TextColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace guichet
