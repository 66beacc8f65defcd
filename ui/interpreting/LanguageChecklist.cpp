#include "interpreting/LanguageChecklist.h"

#include "domain/LanguageNames.h"
#include "shell/ClearButtonName.h"

#include <QCollator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QString fold(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    return result.toLower();
}

QString labelOf(const QString &code)
{
    const QString native = LanguageNames::native(code);
    const QString french = LanguageNames::french(code);
    if (fold(native) == fold(french))
        return LanguageChecklist::tr("%1 (%2)").arg(native, code);
    //: A language in the checklist: its own name — its French name (its code)
    return LanguageChecklist::tr("%1 — %2 (%3)").arg(native, french, code);
}

} // namespace

LanguageChecklist::LanguageChecklist(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a language (its own name, French name or code)"));
    m_filter->setAccessibleName(tr("Find a language"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter);
    m_filter->installEventFilter(this);

    QStringList codes = LanguageNames::knownCodes();
    QCollator collator(QLocale(QLocale::French));
    std::sort(codes.begin(), codes.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(LanguageNames::french(a), LanguageNames::french(b)) < 0;
    });
    for (const QString &code : std::as_const(codes))
        addLanguage(code);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Languages of the service"));
    m_list->setAccessibleDescription(tr("Space ticks or unticks the current language."));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Languages chosen"));

    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    connect(m_filter, &QLineEdit::textChanged, this, &LanguageChecklist::setFilterText);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateSummary();
        emit changed();
    });
    setFocusProxy(m_filter);
    updateSummary();
}

void LanguageChecklist::addLanguage(const QString &code)
{
    auto *item = new QStandardItem(labelOf(code));
    item->setData(code, kCodeRole);
    item->setData(LanguageNames::searchKey(code), kSearchRole);
    item->setData(labelOf(code), Qt::AccessibleTextRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    m_model->appendRow(item);
}

void LanguageChecklist::setChecked(const QStringList &codes)
{
    m_filling = true;
    for (const QString &code : codes)
        if (m_model->match(m_model->index(0, 0), kCodeRole, code, 1, Qt::MatchExactly).isEmpty())
            addLanguage(code); // not a language QLocale knows: shown so that it can be unticked
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    updateSummary();
}

QStringList LanguageChecklist::checked() const
{
    QStringList codes;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            codes << m_model->item(row)->data(kCodeRole).toString();
    return codes;
}

void LanguageChecklist::setCodeChecked(const QString &code, bool checked)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), kCodeRole, code, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_model->itemFromIndex(found.first())->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void LanguageChecklist::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(fold(text.trimmed()));
    if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void LanguageChecklist::updateSummary()
{
    const QStringList codes = checked();
    m_summary->setText(codes.isEmpty()
                           ? tr("No language chosen.")
                           : tr("Chosen (%1): %2").arg(codes.size()).arg(codes.join(QStringLiteral(", "))));
}

bool LanguageChecklist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            m_list->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
