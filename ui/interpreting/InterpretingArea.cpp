#include "interpreting/InterpretingArea.h"

#include "domain/LanguageNames.h"
#include "itemmodels/InterpreterProviderModel.h"
#include "itemmodels/InterpretingLabels.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "store/StoreError.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

InterpretingArea::InterpretingArea(const UiContext &context, QWidget *parent)
    : Area(parent)
    , m_context(context)
    , m_languageModel(new LanguageListModel(context.store, this))
    , m_providerModel(new InterpreterProviderModel(context.store, this))
    , m_modeGroup(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);

    // The four needs, as large buttons (Alt + the underlined letter).
    auto *modes = new QHBoxLayout;
    const QList<std::pair<InterpretingMode::Value, QString>> labels = {
        {InterpretingMode::Foreign, tr("&Foreign language")},
        {InterpretingMode::Lsf, tr("&LSF sign language")},
        {InterpretingMode::Lpc, tr("L&PC cued speech")},
        {InterpretingMode::Transcription, tr("Live &transcription")},
    };
    for (const auto &[mode, label] : labels) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("mode_") + InterpretingMode::name(mode));
        button->setAccessibleName(InterpretingLabels::mode(mode));
        button->setCheckable(true);
        button->setMinimumHeight(button->fontMetrics().height() * 3);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        button->setFont(font);
        m_modeGroup->addButton(button, int(mode));
        m_modeButtons.insert(mode, button);
        modes->addWidget(button);
    }
    m_modeGroup->setExclusive(true);
    layout->addLayout(modes);

    auto *body = new QHBoxLayout;
    m_languagePanel = new QWidget(this);
    auto *languageLayout = new QVBoxLayout(m_languagePanel);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    auto *languageLabel = new QLabel(tr("Visitor's lan&guage:"), m_languagePanel);
    m_languageFilter = new QLineEdit(m_languagePanel);
    m_languageFilter->setObjectName(QStringLiteral("languageFilter"));
    m_languageFilter->setAccessibleName(tr("Search a language"));
    m_languageFilter->setPlaceholderText(tr("Type a language: arabe, українська, English…"));
    m_languageFilter->setClearButtonEnabled(true);
    languageLabel->setBuddy(m_languageFilter);
    m_languages = new QListView(m_languagePanel);
    m_languages->setObjectName(QStringLiteral("languageList"));
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setModel(m_languageModel);
    m_languages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    languageLayout->addWidget(languageLabel);
    languageLayout->addWidget(m_languageFilter);
    languageLayout->addWidget(m_languages, 1);
    body->addWidget(m_languagePanel, 2);

    auto *providerPanel = new QVBoxLayout;
    auto *providersLabel = new QLabel(tr("&Services that can be called from this site:"), this);
    m_providers = new QTableView(this);
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setAccessibleName(tr("Interpreter services"));
    m_providers->setModel(m_providerModel);
    m_providers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_providers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_providers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_providers->setTabKeyNavigation(false);
    m_providers->verticalHeader()->hide();
    m_providers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_providers->horizontalHeader()->setSectionResizeMode(InterpreterProviderModel::NameColumn,
                                                          QHeaderView::Stretch);
    providersLabel->setBuddy(m_providers);
    m_providersHint = new QLabel(this);
    m_providersHint->setWordWrap(true);
    m_call = new QPushButton(tr("&Call"), this);
    m_call->setObjectName(QStringLiteral("callButton"));
    m_call->setAccessibleName(tr("Call the selected service"));
    m_call->setMinimumHeight(m_call->fontMetrics().height() * 3);
    m_dial = new QLabel(this);
    m_dial->setObjectName(QStringLiteral("dialLabel"));
    m_dial->setAccessibleName(tr("What to dial or open"));
    m_dial->setWordWrap(true);
    m_dial->setTextFormat(Qt::PlainText);
    m_dial->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont dialFont = m_dial->font();
    dialFont.setPointSizeF(dialFont.pointSizeF() * 1.4);
    dialFont.setBold(true);
    m_dial->setFont(dialFont);
    providerPanel->addWidget(providersLabel);
    providerPanel->addWidget(m_providers, 1);
    providerPanel->addWidget(m_providersHint);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_call);
    callRow->addWidget(m_dial, 1);
    providerPanel->addLayout(callRow);
    body->addLayout(providerPanel, 5);
    layout->addLayout(body, 1);

    connect(m_modeGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setMode(InterpretingMode::Value(id)); });
    connect(m_languageFilter, &QLineEdit::textChanged, m_languageModel, &LanguageListModel::setFilterText);
    connect(m_languageFilter, &QLineEdit::returnPressed, this, [this] { leaveSearch(SearchExit::Enter); });
    connect(m_languages->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InterpretingArea::onLanguageChanged);
    connect(m_languageModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the chosen language selected while the list is filtered or reloaded.
        const int row = m_languageModel->rowOfCode(m_language);
        if (row >= 0) {
            const QSignalBlocker blocker(m_languages->selectionModel());
            m_languages->setCurrentIndex(m_languageModel->index(row, 0));
        } else if (m_languageModel->rowCount() == 1) {
            m_languages->setCurrentIndex(m_languageModel->index(0, 0));
        }
    });
    connect(m_providerModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_providerModel->rowCount() > 0)
            m_providers->setCurrentIndex(m_providerModel->index(0, 0));
        updateCallButton();
    });
    connect(m_providers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InterpretingArea::updateCallButton);
    connect(m_providers, &QAbstractItemView::activated, this, &InterpretingArea::call);
    connect(m_call, &QPushButton::clicked, this, &InterpretingArea::call);

    setMode(InterpretingMode::Foreign);
}

QString InterpretingArea::areaTitle() const
{
    return tr("Interpreting");
}

void InterpretingArea::setSite(const QString &siteId)
{
    m_context.siteId = siteId;
    setMode(m_mode);
}

void InterpretingArea::setMode(InterpretingMode::Value mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modeButtons.value(mode); button && !button->isChecked())
        button->setChecked(true);
    const bool byLanguage = InterpretingMode::needsLanguage(mode);
    m_languagePanel->setVisible(byLanguage);
    m_languageModel->load(byLanguage ? mode : InterpretingMode::Foreign, m_context.siteId);
    m_dial->clear();
    refreshProviders();
}

void InterpretingArea::onLanguageChanged()
{
    const QModelIndex current = m_languages->currentIndex();
    m_language = current.isValid() ? current.data(LanguageListModel::CodeRole).toString() : QString();
    refreshProviders();
}

void InterpretingArea::refreshProviders()
{
    const bool byLanguage = InterpretingMode::needsLanguage(m_mode);
    m_providerModel->setQuery(m_mode, byLanguage ? m_language : QString(), m_context.siteId);
    if (byLanguage && m_language.isEmpty())
        m_providersHint->setText(tr("Choose the visitor's language to see who can interpret."));
    else if (m_providerModel->rowCount() == 0)
        m_providersHint->setText(tr("No service for this need at this site. Ask the supervisor or the city's "
                                    "call centre."));
    else
        m_providersHint->setText(byLanguage ? tr("Services for %1.").arg(LanguageNames::french(m_language))
                                            : tr("Services for %1.").arg(InterpretingLabels::mode(m_mode)));
    updateCallButton();
}

void InterpretingArea::updateCallButton()
{
    m_call->setEnabled(m_providers->currentIndex().isValid());
}

void InterpretingArea::call()
{
    const QModelIndex current = m_providers->currentIndex();
    if (!current.isValid())
        return;
    const InterpreterProvider provider = m_providerModel->providerAt(current.row());
    CallLog log;
    log.agentId = m_context.agentId;
    log.siteId = m_context.siteId;
    log.providerId = provider.id;
    log.mode = m_mode;
    log.language = InterpretingMode::needsLanguage(m_mode) ? m_language : QString();
    try {
        CallLogRepository(m_context.store).logCall(log);
    } catch (const StoreError &error) {
        m_dial->setText(error.message());
        emit statusMessage(error.message());
        return;
    }
    QString what;
    switch (provider.kind) {
    case InterpreterProvider::Kind::Phone:
        what = tr("Dial %1").arg(provider.address);
        break;
    case InterpreterProvider::Kind::Sip:
        what = tr("Call %1 from the SIP phone").arg(provider.address);
        break;
    case InterpreterProvider::Kind::Video:
    case InterpreterProvider::Kind::App:
        what = tr("Open %1").arg(provider.address);
        break;
    }
    if (provider.isExample)
        what += QLatin1Char('\n') + tr("This is an example entry, not a real service: nothing was dialled.");
    else if (m_openLinks)
        QDesktopServices::openUrl(provider.callUrl());
    m_dial->setText(what);
    emit statusMessage(tr("Call to %1 logged.").arg(provider.name));
}

void InterpretingArea::search(const QString &text)
{
    if (!text.trimmed().isEmpty() && !InterpretingMode::needsLanguage(m_mode))
        setMode(InterpretingMode::Foreign);
    m_languageFilter->setText(text);
}

QString InterpretingArea::searchPlaceholder() const
{
    return tr("Visitor's language (in French or in the language itself)");
}

void InterpretingArea::leaveSearch(SearchExit how)
{
    if (m_languageModel->rowCount() == 0)
        return;
    m_languages->setCurrentIndex(m_languageModel->index(0, 0));
    if (how == SearchExit::Enter)
        m_providers->setFocus(Qt::OtherFocusReason);
    else
        m_languages->setFocus(Qt::OtherFocusReason);
}

void InterpretingArea::focusPrimary()
{
    if (InterpretingMode::needsLanguage(m_mode))
        m_languageFilter->setFocus(Qt::OtherFocusReason);
    else if (QAbstractButton *button = m_modeButtons.value(m_mode))
        button->setFocus(Qt::OtherFocusReason);
}

} // namespace guichet
