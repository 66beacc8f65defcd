#include "itemmodels/OverdueByServiceModel.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "domain/RequestDueDate.h"
#include "itemmodels/RequestLabels.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

namespace guichet {

namespace {

constexpr quintptr kServiceRow = 0; // internalId of a service row; a request row holds its service's row + 1

// Working days passed after each day from `first` to `today`: late(due) = after(today) - after(due).
class WorkingDayCounter
{
public:
    WorkingDayCounter(const QDate &first, const QDate &today)
        : m_first(first)
    {
        const qint64 span = first.isValid() && today >= first ? first.daysTo(today) : 0;
        m_count.reserve(std::size_t(span + 1));
        int count = 0;
        m_count.push_back(0);
        for (qint64 i = 1; i <= span; ++i) {
            if (RequestDueDate::isWorkingDay(first.addDays(i)))
                ++count;
            m_count.push_back(count);
        }
        m_today = count;
    }

    int lateAfter(const QDate &due) const
    {
        const qint64 offset = m_first.daysTo(due);
        if (offset < 0 || offset >= qint64(m_count.size()))
            return 0;
        return m_today - m_count[std::size_t(offset)];
    }

private:
    QDate m_first;
    std::vector<int> m_count;
    int m_today = 0;
};

} // namespace

OverdueByServiceModel::OverdueByServiceModel(LocalStore &store, QObject *parent)
    : OverdueByServiceModel(store, store.clock(), parent)
{}

OverdueByServiceModel::OverdueByServiceModel(LocalStore &store, const Clock &clock, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_store, &LocalStore::changed, this, &OverdueByServiceModel::onStoreChanged);
    reload();
}

void OverdueByServiceModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("requests") || entity == QLatin1String("*"))
        reload();
}

int OverdueByServiceModel::workingDaysLate(const QDate &due, const QDate &today)
{
    int late = 0;
    for (QDate day = due.addDays(1); day <= today; day = day.addDays(1))
        if (RequestDueDate::isWorkingDay(day))
            ++late;
    return late;
}

QList<OverdueByServiceModel::Service> OverdueByServiceModel::load() const
{
    // Three ranges of requests_status_due (one per open status), each below today.
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT id, reference, requester_name, subject, competent_service, competence, status, "
                       "due_date FROM requests INDEXED BY requests_status_due "
                       "WHERE status IN ('new', 'acknowledged', 'in_progress') AND due_date < ? AND deleted = 0"),
        {timefmt::dateToStore(m_today)});
    struct Row
    {
        OverdueRequest request;
        QString service;
        Request::Competence competence;
    };
    std::vector<Row> rows;
    QDate oldest;
    while (query.next()) {
        Row row;
        row.request.id = query.value(0).toString();
        row.request.reference = query.value(1).toString();
        row.request.requesterName = query.value(2).toString();
        row.request.subject = query.value(3).toString();
        row.service = query.value(4).toString().trimmed();
        row.competence = Request::competenceFromName(query.value(5).toString());
        row.request.status = Request::statusFromName(query.value(6).toString());
        row.request.dueDate = timefmt::dateFromStore(query.value(7).toString());
        if (!row.request.dueDate.isValid())
            continue;
        if (!oldest.isValid() || row.request.dueDate < oldest)
            oldest = row.request.dueDate;
        rows.push_back(std::move(row));
    }
    query.finish();

    const WorkingDayCounter counter(oldest, m_today);
    QList<Service> services;
    QHash<QString, qsizetype> byName;
    QList<std::array<int, 5>> competences; // per service: how many requests of each competence
    for (Row &row : rows) {
        row.request.workingDaysLate = counter.lateAfter(row.request.dueDate);
        auto found = byName.constFind(row.service);
        if (found == byName.cend()) {
            Service service;
            service.name = row.service;
            found = byName.insert(row.service, services.size());
            services.append(service);
            competences.append({0, 0, 0, 0, 0});
        }
        Service &service = services[*found];
        ++competences[*found][std::size_t(row.competence)];
        if (!service.oldestDue.isValid() || row.request.dueDate < service.oldestDue)
            service.oldestDue = row.request.dueDate;
        service.longestDelay = std::max(service.longestDelay, row.request.workingDaysLate);
        service.requests.append(std::move(row.request));
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        // The competence most of its requests have (the first in the list on a tie).
        const auto &counts = competences.at(i);
        services[i].competence =
            Request::Competence(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
        std::sort(services[i].requests.begin(), services[i].requests.end(),
                  [](const OverdueRequest &a, const OverdueRequest &b) {
                      if (a.dueDate != b.dueDate)
                          return a.dueDate < b.dueDate;
                      return a.reference < b.reference;
                  });
    }
    std::sort(services.begin(), services.end(), [](const Service &a, const Service &b) {
        if (a.requests.size() != b.requests.size())
            return a.requests.size() > b.requests.size();
        if (a.longestDelay != b.longestDelay)
            return a.longestDelay > b.longestDelay;
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty(); // "no service given" after the named ones
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return services;
}

void OverdueByServiceModel::reload()
{
    QElapsedTimer timer;
    timer.start();
    m_today = m_clock.todayIn(defaultTimeZone());
    QList<Service> services = load();
    beginResetModel();
    m_services = std::move(services);
    m_total = 0;
    for (const Service &service : std::as_const(m_services))
        m_total += int(service.requests.size());
    endResetModel();
    m_loadMs = timer.elapsed();
}

int OverdueByServiceModel::longestDelay() const
{
    int longest = 0;
    for (const Service &service : m_services)
        longest = std::max(longest, service.longestDelay);
    return longest;
}

QString OverdueByServiceModel::requestIdAt(const QModelIndex &index) const
{
    return index.data(IdRole).toString();
}

QModelIndex OverdueByServiceModel::serviceIndex(const QString &service) const
{
    for (int row = 0; row < m_services.size(); ++row)
        if (m_services.at(row).name == service)
            return index(row, 0);
    return {};
}

QModelIndex OverdueByServiceModel::requestIndex(const QString &requestId) const
{
    for (int row = 0; row < m_services.size(); ++row) {
        const QList<OverdueRequest> &requests = m_services.at(row).requests;
        for (int child = 0; child < requests.size(); ++child)
            if (requests.at(child).id == requestId)
                return index(child, 0, index(row, 0));
    }
    return {};
}

QModelIndex OverdueByServiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kServiceRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex OverdueByServiceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kServiceRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kServiceRow);
}

int OverdueByServiceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_services.size());
    if (parent.column() != 0 || parent.internalId() != kServiceRow || parent.row() >= m_services.size())
        return 0;
    return int(m_services.at(parent.row()).requests.size());
}

int OverdueByServiceModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant OverdueByServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kServiceRow)
        return serviceData(m_services.at(index.row()), index.column(), role);
    const Service &service = m_services.at(int(index.internalId() - 1));
    return requestData(service.requests.at(index.row()), index.column(), role);
}

QVariant OverdueByServiceModel::serviceData(const Service &service, int column, int role) const
{
    const int count = int(service.requests.size());
    switch (role) {
    case IsServiceRole:
        return true;
    case ServiceRole:
        return service.name;
    case CountRole:
        return count;
    case DueDateRole:
        return service.oldestDue;
    case WorkingDaysLateRole:
        return service.longestDelay;
    case IdRole:
    case ReferenceRole:
    case StatusRole:
        return QString();
    case Qt::TextAlignmentRole:
        if (column == OverdueColumn || column == LateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%n overdue request(s); the oldest was due on %1", nullptr, count)
            .arg(QLocale().toString(service.oldestDue, QLocale::LongFormat));
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return service.name.isEmpty() ? tr("No service given") : service.name;
        case DetailColumn:
            return RequestLabels::competence(service.competence);
        case OverdueColumn:
            return count;
        case DueColumn:
            return QLocale().toString(service.oldestDue, QLocale::ShortFormat);
        case LateColumn:
            return tr("%n working day(s)", nullptr, service.longestDelay);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OverdueByServiceModel::requestData(const OverdueRequest &request, int column, int role) const
{
    switch (role) {
    case IsServiceRole:
        return false;
    case IdRole:
        return request.id;
    case ReferenceRole:
        return request.reference;
    case CountRole:
        return 1;
    case DueDateRole:
        return request.dueDate;
    case WorkingDaysLateRole:
        return request.workingDaysLate;
    case StatusRole:
        return Request::statusName(request.status);
    case Qt::TextAlignmentRole:
        if (column == LateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == OverdueColumn)
            return request.subject;
        return tr("Due on %1: %n working day(s) late", nullptr, request.workingDaysLate)
            .arg(QLocale().toString(request.dueDate, QLocale::LongFormat));
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return request.reference;
        case DetailColumn:
            return request.requesterName;
        case OverdueColumn:
            return request.subject;
        case DueColumn:
            return QLocale().toString(request.dueDate, QLocale::ShortFormat);
        case LateColumn:
            return tr("%n working day(s)", nullptr, request.workingDaysLate);
        case StatusColumn:
            return RequestLabels::status(request.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OverdueByServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service / reference");
    case DetailColumn:
        return tr("Competence / requester");
    case OverdueColumn:
        return tr("Overdue / subject");
    case DueColumn:
        return tr("Due date (oldest)");
    case LateColumn:
        return tr("Working days late (longest)");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> OverdueByServiceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "requestId");
    names.insert(ReferenceRole, "reference");
    names.insert(IsServiceRole, "isService");
    names.insert(ServiceRole, "service");
    names.insert(CountRole, "count");
    names.insert(DueDateRole, "dueDate");
    names.insert(WorkingDaysLateRole, "workingDaysLate");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace guichet
