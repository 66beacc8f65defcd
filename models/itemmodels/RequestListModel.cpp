#include "itemmodels/RequestListModel.h"

#include "itemmodels/RequestLabels.h"
#include "repo/RequestRepository.h"
#include "store/LocalStore.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace guichet {

RequestListModel::RequestListModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &RequestListModel::onStoreChanged);
    reload();
}

void RequestListModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("requests") || entity == QLatin1String("request_events") ||
        entity == QLatin1String("*"))
        reload();
}

QList<Request> RequestListModel::load(int limit, int offset) const
{
    const RequestRepository repository(m_store);
    // One more than asked: tells whether another page exists without counting a million rows.
    return m_filter.isEmpty() ? repository.recent(limit + 1, offset)
                              : repository.find(m_filter, limit + 1, offset);
}

void RequestListModel::setFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void RequestListModel::reload()
{
    // Keep as many rows as were shown (up to a few pages), so that a refresh does not jump back.
    const int wanted = qBound(kPageSize, int(m_rows.size()), 5 * kPageSize);
    QList<Request> rows = load(wanted, 0);
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_hasMore = rows.size() > wanted;
    if (m_hasMore)
        rows.removeLast();
    m_rows = std::move(rows);
    endResetModel();
}

int RequestListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    // A view (or a model tester) may ask for more while the previous page is being inserted.
    if (parent.isValid() || !m_hasMore || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QList<Request> page = load(kPageSize, int(m_rows.size()));
    m_hasMore = page.size() > kPageSize;
    if (m_hasMore)
        page.removeLast();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Request &r = m_rows.at(index.row());
    const QDate today = m_store.clock().todayIn(defaultTimeZone());
    const bool overdue = r.isOverdue(today);
    switch (role) {
    case IdRole:
        return r.id;
    case ReferenceRole:
        return r.reference;
    case StatusRole:
        return Request::statusName(r.status);
    case DueDateRole:
        return r.dueDate;
    case OverdueRole:
        return overdue;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue)
            return tr("Past its due date and not answered yet");
        if (index.column() == SubjectColumn)
            return r.subject;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn:
            return r.reference;
        case RequesterColumn:
            return r.requesterName;
        case SubjectColumn:
            return r.subject;
        case ChannelColumn:
            return RequestLabels::channel(r.channel);
        case StatusColumn:
            return RequestLabels::status(r.status);
        case DueColumn: {
            const QString date = QLocale().toString(r.dueDate, QLocale::ShortFormat);
            return overdue ? tr("%1 (overdue)").arg(date) : date;
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case RequesterColumn:
        return tr("Requester");
    case SubjectColumn:
        return tr("Subject");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due date");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "requestId");
    names.insert(ReferenceRole, "reference");
    names.insert(StatusRole, "status");
    names.insert(DueDateRole, "dueDate");
    names.insert(OverdueRole, "overdue");
    return names;
}

} // namespace guichet
