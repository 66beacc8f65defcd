#include "interpreting/ProviderForm.h"

#include "interpreting/HoursEditor.h"
#include "interpreting/LanguageChecklist.h"
#include "itemmodels/InterpretingLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {

constexpr int kSiteIdRole = Qt::UserRole + 1;

// A field with its problem line under it.
QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

} // namespace

ProviderForm::ProviderForm(const QList<Site> &sites, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name of the service"));
    m_name->setMaxLength(200);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, withProblem(m_name, problemLabel(ProviderCheck::Field::Name), this));

    m_kind = new QComboBox(this);
    for (InterpreterProvider::Kind kind : {InterpreterProvider::Kind::Phone, InterpreterProvider::Kind::Video,
                                           InterpreterProvider::Kind::Sip, InterpreterProvider::Kind::App})
        m_kind->addItem(InterpretingLabels::kind(kind), int(kind));
    m_kind->setAccessibleName(tr("How the service is reached"));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_address = new QLineEdit(this);
    m_address->setAccessibleName(tr("Address of the service"));
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, withProblem(m_address, problemLabel(ProviderCheck::Field::Address), this));

    auto *modes = new QWidget(this);
    auto *modesLayout = new QHBoxLayout(modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    for (InterpretingMode::Value mode : InterpretingMode::providerModes()) {
        auto *box = new QCheckBox(InterpretingLabels::mode(mode), modes);
        box->setAccessibleName(tr("Offers: %1").arg(InterpretingLabels::mode(mode)));
        modesLayout->addWidget(box);
        m_modes.insert(mode, box);
        connect(box, &QCheckBox::toggled, this, &ProviderForm::markModified);
        connect(box, &QCheckBox::toggled, this, &ProviderForm::updateLanguagesEnabled);
    }
    modesLayout->addStretch(1);
    auto *modesLabel = new QLabel(tr("Offers:"), this);
    modesLabel->setBuddy(m_modes.value(InterpretingMode::Foreign));
    form->addRow(modesLabel, withProblem(modes, problemLabel(ProviderCheck::Field::Modes), this));

    m_languages = new LanguageChecklist(this);
    m_languages->setMinimumHeight(160);
    auto *languagesLabel = new QLabel(tr("&Languages:"), this);
    languagesLabel->setBuddy(m_languages->filter());
    form->addRow(languagesLabel,
                 withProblem(m_languages, problemLabel(ProviderCheck::Field::Languages), this));

    m_hours = new HoursEditor(this);
    auto *hoursLabel = new QLabel(tr("Opening hours:"), this);
    hoursLabel->setBuddy(m_hours->addButton());
    form->addRow(hoursLabel, withProblem(m_hours, problemLabel(ProviderCheck::Field::Hours), this));

    m_sites = new QListWidget(this);
    m_sites->setAccessibleName(tr("Sites that may call the service"));
    m_sites->setAccessibleDescription(
        tr("None ticked: every site. Space ticks or unticks the current site."));
    for (const Site &site : sites) {
        auto *item = new QListWidgetItem(
            site.code.isEmpty() ? site.name : tr("%1 – %2").arg(site.code, site.name), m_sites);
        item->setData(kSiteIdRole, site.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_sites->setMaximumHeight(120);
    auto *sitesLabel = new QLabel(tr("&Sites (none: every site):"), this);
    sitesLabel->setBuddy(m_sites);
    form->addRow(sitesLabel, withProblem(m_sites, problemLabel(ProviderCheck::Field::Sites), this));

    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes for the agents"));
    m_notes->setPlaceholderText(tr("What to say or have ready when calling (client code, …)"));
    m_notes->setMaximumHeight(80);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);

    m_example = new QCheckBox(tr("&Example only (not a real service)"), this);
    m_example->setAccessibleName(tr("Example only, not a real service"));
    form->addRow(QString(), m_example);

    connect(m_name, &QLineEdit::textEdited, this, &ProviderForm::markModified);
    connect(m_address, &QLineEdit::textEdited, this, &ProviderForm::markModified);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateForKind();
        markModified();
    });
    connect(m_languages, &LanguageChecklist::changed, this, &ProviderForm::markModified);
    connect(m_hours, &HoursEditor::changed, this, &ProviderForm::markModified);
    connect(m_sites, &QListWidget::itemChanged, this, &ProviderForm::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ProviderForm::markModified);
    connect(m_example, &QCheckBox::toggled, this, &ProviderForm::markModified);
    setFocusProxy(m_name);
    updateForKind();
    updateLanguagesEnabled();
}

QLabel *ProviderForm::problemLabel(ProviderCheck::Field field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    label->setAccessibleName(tr("Problem"));
    label->hide();
    m_problems.insert(field, label);
    return label;
}

void ProviderForm::markModified()
{
    if (m_filling)
        return;
    m_modified = true;
    emit modified();
}

void ProviderForm::updateForKind()
{
    const auto kind = InterpreterProvider::Kind(m_kind->currentData().toInt());
    m_address->setPlaceholderText(tr("e.g. %1").arg(ProviderCheck::addressExample(kind)));
    m_address->setAccessibleDescription(m_address->placeholderText());
}

void ProviderForm::updateLanguagesEnabled()
{
    // Languages matter for foreign-language interpreting; a transcription app may list its own.
    m_languages->setToolTip(m_modes.value(InterpretingMode::Foreign)->isChecked()
                                ? tr("The languages the service interprets")
                                : tr("Only needed for foreign-language interpreting"));
}

void ProviderForm::setProvider(const InterpreterProvider &p)
{
    m_filling = true;
    m_base = p;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
    m_address->setText(p.address);
    for (auto it = m_modes.constBegin(); it != m_modes.constEnd(); ++it)
        it.value()->setChecked(p.modes.contains(it.key()));
    m_languages->setChecked(p.languages);
    m_languages->setFilterText({});
    m_hours->setHours(p.hours);
    for (int row = 0; row < m_sites->count(); ++row) {
        QListWidgetItem *item = m_sites->item(row);
        item->setCheckState(p.siteIds.contains(item->data(kSiteIdRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_notes->setPlainText(p.notes);
    m_example->setChecked(p.isExample);
    m_filling = false;
    m_modified = false;
    updateForKind();
    updateLanguagesEnabled();
    clearProblems();
}

InterpreterProvider ProviderForm::provider() const
{
    InterpreterProvider p = m_base;
    p.name = m_name->text();
    p.kind = InterpreterProvider::Kind(m_kind->currentData().toInt());
    p.address = m_address->text();
    p.modes.clear();
    for (InterpretingMode::Value mode : InterpretingMode::providerModes())
        if (m_modes.value(mode)->isChecked())
            p.modes << mode;
    p.languages = m_languages->checked();
    p.hours = m_hours->hours();
    p.siteIds.clear();
    for (int row = 0; row < m_sites->count(); ++row)
        if (m_sites->item(row)->checkState() == Qt::Checked)
            p.siteIds << m_sites->item(row)->data(kSiteIdRole).toString();
    // A stored site this counter does not know (yet) is kept as it is.
    for (const QString &site : m_base.siteIds) {
        bool listed = false;
        for (int row = 0; row < m_sites->count() && !listed; ++row)
            listed = m_sites->item(row)->data(kSiteIdRole).toString() == site;
        if (!listed)
            p.siteIds << site;
    }
    p.notes = m_notes->toPlainText();
    p.isExample = m_example->isChecked();
    return p;
}

QWidget *ProviderForm::fieldWidget(ProviderCheck::Field field) const
{
    switch (field) {
    case ProviderCheck::Field::Name:
        return m_name;
    case ProviderCheck::Field::Kind:
        return m_kind;
    case ProviderCheck::Field::Address:
        return m_address;
    case ProviderCheck::Field::Modes:
        return m_modes.value(InterpretingMode::Foreign);
    case ProviderCheck::Field::Languages:
        return m_languages->filter();
    case ProviderCheck::Field::Hours:
        return m_hours->rows().isEmpty() ? static_cast<QWidget *>(m_hours->addButton())
                                         : m_hours->rows().first().firstDay;
    case ProviderCheck::Field::Sites:
        return m_sites;
    }
    return m_name;
}

void ProviderForm::showProblems(const QList<ProviderCheck::Problem> &problems)
{
    clearProblems();
    QMap<ProviderCheck::Field, QStringList> byField;
    for (const ProviderCheck::Problem &problem : problems)
        byField[problem.field] << problem.message;
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        QLabel *label = m_problems.value(it.key());
        if (!label)
            continue;
        label->setText(it.value().join(QLatin1Char(' ')));
        label->setAccessibleDescription(label->text());
        label->show();
        fieldWidget(it.key())->setAccessibleDescription(label->text());
    }
    if (!problems.isEmpty())
        fieldWidget(problems.first().field)->setFocus();
}

void ProviderForm::clearProblems()
{
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        it.value()->clear();
        it.value()->hide();
        if (QWidget *field = fieldWidget(it.key()); field != m_address)
            field->setAccessibleDescription({});
    }
    updateForKind();
}

QString ProviderForm::problemText(ProviderCheck::Field field) const
{
    const QLabel *label = m_problems.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

} // namespace guichet
