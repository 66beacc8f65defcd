#include "itemmodels/LanguageListModel.h"

#include "domain/LanguageNames.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "store/LocalStore.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace guichet {

namespace {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    return result.toLower().trimmed();
}

} // namespace

LanguageListModel::LanguageListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &LanguageListModel::onStoreChanged);
}

void LanguageListModel::onStoreChanged(const QString &entity)
{
    if (m_loaded && (entity == QLatin1String("interpreter_providers") || entity == QLatin1String("*")))
        load(m_mode, m_siteId);
}

void LanguageListModel::load(InterpretingMode::Value mode, const QString &siteId)
{
    m_mode = mode;
    m_siteId = siteId;
    m_loaded = true;
    const InterpreterRepository repository(m_store);
    setLanguages(repository.languages(mode, siteId), CallLogRepository(m_store).callsByLanguage(siteId));
}

void LanguageListModel::setLanguages(const QStringList &codes, const QHash<QString, int> &usage)
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList sorted = codes;
    sorted.removeDuplicates();
    QHash<QString, QString> french;
    for (const QString &code : std::as_const(sorted))
        french.insert(code, LanguageNames::french(code));
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        const int ua = usage.value(a);
        const int ub = usage.value(b);
        if (ua != ub)
            return ua > ub;
        const int order = collator.compare(french.value(a), french.value(b));
        return order != 0 ? order < 0 : a < b;
    });
    beginResetModel();
    m_all = sorted;
    m_usage = usage;
    m_keys.clear();
    for (const QString &code : std::as_const(m_all))
        m_keys.insert(code, LanguageNames::searchKey(code));
    m_visible.clear();
    endResetModel();
    applyFilter();
}

void LanguageListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    applyFilter();
}

void LanguageListModel::applyFilter()
{
    const QString needle = fold(m_filter);
    QStringList visible;
    if (needle.isEmpty()) {
        visible = m_all;
    } else {
        // Exact code or a name starting with the text first, then names merely containing it.
        QStringList contains;
        for (const QString &code : std::as_const(m_all)) {
            const QString key = m_keys.value(code);
            if (code == needle || key.startsWith(needle) || key.contains(QLatin1Char('\n') + needle))
                visible << code;
            else if (needle.size() >= 3 && key.contains(needle))
                contains << code;
        }
        visible << contains;
    }
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible = visible;
    endResetModel();
}

int LanguageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant LanguageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &code = m_visible.at(index.row());
    switch (role) {
    case CodeRole:
        return code;
    case NativeNameRole:
        return LanguageNames::native(code);
    case FrenchNameRole:
        return LanguageNames::french(code);
    case UsageRole:
        return m_usage.value(code);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString native = LanguageNames::native(code);
        const QString french = LanguageNames::french(code);
        if (fold(native) == fold(french))
            return native;
        //: A language: its own name — its French name
        return tr("%1 — %2").arg(native, french);
    }
    case Qt::ToolTipRole: {
        const int calls = m_usage.value(code);
        return calls > 0 ? tr("Calls at this site: %1").arg(calls) : QVariant();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> LanguageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NativeNameRole, "nativeName");
    names.insert(FrenchNameRole, "frenchName");
    names.insert(UsageRole, "usage");
    return names;
}

} // namespace guichet
