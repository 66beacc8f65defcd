#include "itemmodels/CallFiguresModel.h"

#include "domain/CallLog.h"
#include "domain/InterpretingMode.h"
#include "domain/LanguageNames.h"
#include "itemmodels/InterpretingLabels.h"
#include "store/LocalStore.h"

#include <QLocale>

namespace guichet {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString minutes(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList encoded;
    for (const QString &field : fields)
        encoded << csvField(field);
    return encoded.join(',') + "\r\n";
}

QStringList csvFigures(const CallFigures::Group &group)
{
    return {QString::number(group.calls), QString::number(group.reached),
            QString::number(group.reachedShare(), 'f', 3), QString::number(group.totalMinutes(), 'f', 1),
            QString::number(group.medianMinutes(), 'f', 1)};
}

} // namespace

CallFiguresModel::CallFiguresModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &CallFiguresModel::onStoreChanged);
}

void CallFiguresModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("call_logs") || entity == QLatin1String("interpreter_providers") ||
        entity == QLatin1String("sites") || entity == QLatin1String("*"))
        reload();
}

void CallFiguresModel::setQuery(const CallFigures::Query &query)
{
    m_result.query = query;
    reload();
}

void CallFiguresModel::reload()
{
    CallFigures::Result result = CallFigures(m_store).compute(m_result.query);
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

QString CallFiguresModel::groupingLabel(CallFigures::Grouping grouping)
{
    switch (grouping) {
    case CallFigures::Grouping::Language:
        return tr("Language");
    case CallFigures::Grouping::Mode:
        return tr("Need");
    case CallFigures::Grouping::Site:
        return tr("Site");
    case CallFigures::Grouping::Provider:
        return tr("Interpreting service");
    case CallFigures::Grouping::Outcome:
        return tr("Outcome");
    }
    return {};
}

QString CallFiguresModel::groupLabel(CallFigures::Grouping grouping, const CallFigures::Group &group)
{
    bool ok = false;
    switch (grouping) {
    case CallFigures::Grouping::Language: {
        if (group.key.isEmpty())
            return tr("No language (sign language, transcription)");
        const QString native = LanguageNames::native(group.key);
        const QString french = LanguageNames::french(group.key);
        if (native.compare(french, Qt::CaseInsensitive) == 0)
            return native;
        //: A language: its own name — its French name
        return tr("%1 — %2").arg(native, french);
    }
    case CallFigures::Grouping::Mode: {
        const InterpretingMode::Value mode = InterpretingMode::fromName(group.key, &ok);
        return ok ? InterpretingLabels::mode(mode) : group.key;
    }
    case CallFigures::Grouping::Site:
        if (group.key.isEmpty())
            return tr("No site");
        return group.name.isEmpty() ? tr("Unknown site (%1)").arg(group.key) : group.name;
    case CallFigures::Grouping::Provider:
        if (group.key.isEmpty())
            return tr("No service (a city agent or none)");
        return group.name.isEmpty() ? tr("Unknown service (%1)").arg(group.key) : group.name;
    case CallFigures::Grouping::Outcome: {
        const CallLog::Outcome outcome = CallLog::outcomeFromName(group.key, &ok);
        return ok ? InterpretingLabels::outcome(outcome) : group.key;
    }
    }
    return group.key;
}

QByteArray CallFiguresModel::csv() const
{
    const CallFigures::Query &q = m_result.query;
    QByteArray out =
        csvLine({CallFigures::groupingName(q.grouping), QStringLiteral("label"), QStringLiteral("calls"),
                 QStringLiteral("reached"), QStringLiteral("reached_share"), QStringLiteral("total_minutes"),
                 QStringLiteral("median_minutes"), QStringLiteral("from"), QStringLiteral("to"),
                 QStringLiteral("site_id")});
    const QStringList range{q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate), q.siteId};
    for (const CallFigures::Group &group : m_result.groups)
        out += csvLine(QStringList{group.key, groupLabel(q.grouping, group)} + csvFigures(group) + range);
    out += csvLine(QStringList{QStringLiteral("total"), tr("Total")} + csvFigures(m_result.total) + range);
    return out;
}

int CallFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

int CallFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallFigures::Group &group = m_result.groups.at(index.row());
    switch (role) {
    case KeyRole:
        return group.key;
    case CallsRole:
        return group.calls;
    case ReachedRole:
        return group.reached;
    case ReachedShareRole:
        return group.reachedShare();
    case TotalMinutesRole:
        return group.totalMinutes();
    case MedianMinutesRole:
        return group.medianMinutes();
    case Qt::TextAlignmentRole:
        if (index.column() != GroupColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReachedColumn)
            return tr("%1 of %n call(s) reached someone", nullptr, group.calls).arg(group.reached);
        if (index.column() == MedianMinutesColumn && group.reached == 0)
            return tr("No call reached anyone");
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case GroupColumn:
            return groupLabel(m_result.query.grouping, group);
        case CallsColumn:
            return group.calls;
        case ReachedColumn:
            return percent(group.reachedShare());
        case TotalMinutesColumn:
            return minutes(group.totalMinutes());
        case MedianMinutesColumn:
            return group.reached > 0 ? minutes(group.medianMinutes()) : QStringLiteral("—");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CallFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ReachedColumn)
            return tr("Share of the calls that reached an interpreter (outcome: done)");
        if (section == MedianMinutesColumn)
            return tr("Median length of the calls that reached an interpreter");
        return {};
    }
    switch (section) {
    case GroupColumn:
        return groupingLabel(m_result.query.grouping);
    case CallsColumn:
        return tr("Calls");
    case ReachedColumn:
        return tr("Reached");
    case TotalMinutesColumn:
        return tr("Minutes");
    case MedianMinutesColumn:
        return tr("Median minutes");
    default:
        return {};
    }
}

QHash<int, QByteArray> CallFiguresModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(CallsRole, "calls");
    names.insert(ReachedRole, "reached");
    names.insert(ReachedShareRole, "reachedShare");
    names.insert(TotalMinutesRole, "totalMinutes");
    names.insert(MedianMinutesRole, "medianMinutes");
    return names;
}

} // namespace guichet
