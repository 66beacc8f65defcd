#include "itemmodels/AppointmentDayModel.h"

#include "core/Clock.h"
#include "domain/AppointmentStatusLabel.h"
#include "repo/AppointmentRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLocale>
#include <algorithm>

namespace guichet {

AppointmentDayModel::AppointmentDayModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_zone(defaultTimeZone())
{
    connect(&m_store, &LocalStore::changed, this, &AppointmentDayModel::onStoreChanged);
}

void AppointmentDayModel::setSite(const QString &siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    m_zone = siteId.isEmpty() ? defaultTimeZone() : AppointmentRepository(m_store).siteTimeZone(siteId);
    reload();
}

void AppointmentDayModel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    reload();
}

void AppointmentDayModel::setNameFilter(const QString &text)
{
    const QString folded = foldForSearch(text).simplified();
    if (folded == m_filter)
        return;
    m_filter = folded;
    beginResetModel();
    applyFilter();
    endResetModel();
    emit reloaded();
}

void AppointmentDayModel::reload()
{
    // Read first: a failed read leaves the model as it was, never half reset.
    QList<Appointment> all;
    try {
        if (!m_siteId.isEmpty() && m_date.isValid())
            all = AppointmentRepository(m_store).dayOfSite(m_siteId, m_date);
    } catch (const StoreError &error) {
        qWarning("guichet: the day's appointments could not be read: %s", qPrintable(error.message()));
        return;
    }
    beginResetModel();
    m_all = std::move(all);
    applyFilter();
    endResetModel();
    emit reloaded();
}

void AppointmentDayModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, LateRole});
}

int AppointmentDayModel::minutesLate(const Appointment &appointment, const QDateTime &nowUtc)
{
    if (appointment.status != Appointment::Status::Booked && appointment.status != Appointment::Status::Pending)
        return 0;
    const qint64 late = appointment.startsAt.secsTo(nowUtc) / 60;
    return late > kLateAfterMinutes ? int(late) : 0;
}

void AppointmentDayModel::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_rows = m_all;
        return;
    }
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_rows.clear();
    for (const Appointment &appointment : std::as_const(m_all)) {
        const QString name = foldForSearch(appointment.visitorName);
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &word) { return name.contains(word); }))
            m_rows << appointment;
    }
}

void AppointmentDayModel::onStoreChanged(const QString &entity)
{
    if (entity == QLatin1String("appointments") || entity == QLatin1String("*") ||
        entity == QLatin1String("services"))
        reload();
}

Appointment AppointmentDayModel::appointmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Appointment();
}

int AppointmentDayModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int AppointmentDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppointmentDayModel::timeText(const Appointment &appointment) const
{
    const QString format = QStringLiteral("HH:mm");
    return appointment.startsAt.toTimeZone(m_zone).toString(format) + QStringLiteral("–") +
           appointment.endsAt.toTimeZone(m_zone).toString(format);
}

QVariant AppointmentDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment &appointment = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return appointment.id;
    case StatusRole:
        return Appointment::statusName(appointment.status);
    case StartsAtRole:
        return appointment.startsAt;
    case VisitorNameRole:
        return appointment.visitorName;
    case LateRole:
        return minutesLate(appointment, m_store.clock().nowUtc()) > 0;
    case Qt::TextAlignmentRole:
        return index.column() == CounterColumn ? QVariant(int(Qt::AlignCenter))
                                               : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(appointment);
        case VisitorColumn:
            return appointment.visitorName;
        case ServiceColumn:
            return appointment.serviceName;
        case StatusColumn: {
            const int late = minutesLate(appointment, m_store.clock().nowUtc());
            //: A status, then how late the visitor is: "Booked, late 25 min"
            return late > 0 ? tr("%1, late %2 min").arg(appointmentStatusLabel(appointment.status)).arg(late)
                            : appointmentStatusLabel(appointment.status);
        }
        case NeedsColumn:
            return needsText(appointment);
        case CounterColumn:
            return appointment.counterNo;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == VisitorColumn)
            return tr("Reference %1").arg(appointment.reference);
        if (index.column() == NeedsColumn)
            return needsText(appointment);
        return {};
    default:
        return {};
    }
}

QVariant AppointmentDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case VisitorColumn:
        return tr("Visitor");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case NeedsColumn:
        return tr("Needs");
    case CounterColumn:
        return tr("Counter");
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentDayModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("appointmentId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(StartsAtRole, QByteArrayLiteral("startsAt"));
    names.insert(VisitorNameRole, QByteArrayLiteral("visitorName"));
    names.insert(LateRole, QByteArrayLiteral("late"));
    return names;
}

QString AppointmentDayModel::foldForSearch(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        folded += c == QChar(0x0131) ? QLatin1Char('i') : c.toLower();
    }
    return folded;
}

QString AppointmentDayModel::languageText(const QString &code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

QString AppointmentDayModel::needsText(const Appointment &appointment)
{
    QStringList needs;
    if (appointment.needs.interpreter)
        needs << tr("Interpreter: %1").arg(languageText(appointment.visitorLanguage));
    if (appointment.needs.signLanguage)
        needs << tr("Sign language (LSF)");
    if (appointment.needs.wheelchair)
        needs << tr("Wheelchair access");
    return needs.join(QStringLiteral(", "));
}

} // namespace guichet
