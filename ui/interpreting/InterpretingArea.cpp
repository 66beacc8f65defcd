#include "interpreting/InterpretingArea.h"

#include "core/Clock.h"
#include "domain/LanguageNames.h"
#include "interpreting/AgentNetworkPanel.h"
#include "interpreting/AttachToRequestDialog.h"
#include "interpreting/CallFiguresDialog.h"
#include "interpreting/ProviderEditorDialog.h"
#include "interpreting/CallAlternativesPanel.h"
#include "interpreting/CallInProgressBar.h"
#include "itemmodels/InterpreterProviderModel.h"
#include "itemmodels/InterpretingLabels.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/AgentRepository.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/RequestRepository.h"
#include "shell/ClearButtonName.h"
#include "store/StoreError.h"
#include "visitor/ConversationTranscript.h"
#include "visitor/VisitorPhrases.h"
#include "visitor/VisitorScreen.h"
#include "visitor/WrittenConversationPanel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace guichet {

namespace {

constexpr int kConversationId = 100;

QString phraseForMode(InterpretingMode::Value mode)
{
    switch (mode) {
    case InterpretingMode::Lsf:
    case InterpretingMode::Lpc:
        return QStringLiteral("sign_language_coming");
    case InterpretingMode::Transcription:
        return QStringLiteral("transcription_coming");
    case InterpretingMode::Foreign:
    case InterpretingMode::AgentNetwork:
        break;
    }
    return QStringLiteral("interpreter_coming");
}

} // namespace

InterpretingArea::InterpretingArea(const UiContext &context, QWidget *parent)
    : Area(parent)
    , m_context(context)
    , m_languageModel(new LanguageListModel(context.store, this))
    , m_providerModel(new InterpreterProviderModel(context.store, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildModeRow());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildCallPage());
    m_conversation = new WrittenConversationPanel(m_context.clock, m_pages);
    m_pages->addWidget(m_conversation);
    layout->addWidget(m_pages, 1);

    connect(m_conversation, &WrittenConversationPanel::attachRequested, this,
            &InterpretingArea::attachConversation);
    auto *screenShortcut =
        new QShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_V), this);
    screenShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(screenShortcut, &QShortcut::activated, this, &InterpretingArea::toggleVisitorScreen);
    updateSupervisorActions();
    setMode(InterpretingMode::Foreign);
}

InterpretingArea::~InterpretingArea()
{
    // A call still on when the counter closes is logged with the time it lasted.
    if (m_inCall)
        m_inCall->finish(CallLog::Outcome::Done);
}

QWidget *InterpretingArea::buildModeRow()
{
    auto *row = new QWidget(this);
    auto *rows = new QVBoxLayout(row);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *modes = new QHBoxLayout;
    rows->addLayout(modes);
    const QList<std::pair<InterpretingMode::Value, QString>> labels = {
        {InterpretingMode::Foreign, tr("&Foreign language")},
        {InterpretingMode::Lsf, tr("&LSF sign language")},
        {InterpretingMode::Lpc, tr("L&PC cued speech")},
        {InterpretingMode::Transcription, tr("Live &transcription")},
    };
    const auto largeButton = [this, row](const QString &label) {
        auto *button = new QPushButton(label, row);
        button->setCheckable(true);
        button->setMinimumHeight(button->fontMetrics().height() * 3);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        button->setFont(font);
        return button;
    };
    for (const auto &[mode, label] : labels) {
        QPushButton *button = largeButton(label);
        button->setObjectName(QStringLiteral("mode_") + InterpretingMode::name(mode));
        button->setAccessibleName(InterpretingLabels::mode(mode));
        m_needButtons.insert(int(mode), button);
        m_modeButtons.insert(mode, button);
        modes->addWidget(button);
    }
    QPushButton *conversation = largeButton(tr("Written con&versation"));
    conversation->setObjectName(QStringLiteral("mode_conversation"));
    conversation->setAccessibleName(tr("Written conversation"));
    conversation->setAccessibleDescription(
        tr("For a deaf or hard-of-hearing visitor: you write to each other on the visitor screen, offline too"));
    m_needButtons.insert(kConversationId, conversation);
    m_conversationButton = conversation;
    modes->addWidget(conversation);
    // One need at a time, but every button on the Tab path (in a QButtonGroup only the checked one
    // would be): the area keeps exactly one checked itself (checkNeed).

    // The visitor screen and the supervisors' tools, in a line of their own under the needs.
    auto *tools = new QHBoxLayout;
    m_screenNote = new QLabel(row);
    m_screenNote->setObjectName(QStringLiteral("visitorScreenNote"));
    m_screenNote->setWordWrap(true);
    tools->addWidget(m_screenNote, 1);
    m_visitorScreenButton = new QPushButton(tr("Visitor scree&n"), row);
    m_visitorScreenButton->setObjectName(QStringLiteral("visitorScreenButton"));
    m_visitorScreenButton->setAccessibleName(tr("Show the visitor screen"));
    m_visitorScreenButton->setCheckable(true);
    m_visitorScreenButton->setToolTip(
        tr("Large text in the visitor's language, on the second monitor when there is one (Ctrl+Shift+V)"));
    m_manageButton = new QPushButton(tr("Services…"), row);
    m_manageButton->setObjectName(QStringLiteral("manageProviders"));
    m_manageButton->setAccessibleName(tr("Manage the interpreter services"));
    m_figuresButton = new QPushButton(tr("Figures…"), row);
    m_figuresButton->setObjectName(QStringLiteral("callFigures"));
    m_figuresButton->setAccessibleName(tr("Interpreter calls: figures"));
    tools->addWidget(m_visitorScreenButton);
    tools->addWidget(m_manageButton);
    tools->addWidget(m_figuresButton);
    rows->addLayout(tools);

    for (auto it = m_needButtons.cbegin(); it != m_needButtons.cend(); ++it) {
        const int id = it.key();
        connect(it.value(), &QAbstractButton::clicked, this, [this, id] {
            if (id == kConversationId)
                showConversation();
            else
                setMode(InterpretingMode::Value(id));
        });
    }
    connect(m_visitorScreenButton, &QPushButton::clicked, this, &InterpretingArea::toggleVisitorScreen);
    connect(m_manageButton, &QPushButton::clicked, this, [this] {
        // Not modal: the counter goes on while a supervisor edits the services.
        auto *dialog = new ProviderEditorDialog(m_context.store, m_context.agentId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_figuresButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new CallFiguresDialog(m_context.store, m_context.clock, m_context.siteId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return row;
}

QWidget *InterpretingArea::buildCallPage()
{
    auto *page = new QWidget(this);
    auto *body = new QHBoxLayout(page);
    body->setContentsMargins(0, 0, 0, 0);

    m_languagePanel = new QWidget(page);
    auto *languageLayout = new QVBoxLayout(m_languagePanel);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    auto *languageLabel = new QLabel(tr("Visitor's lan&guage:"), m_languagePanel);
    m_languageFilter = new QLineEdit(m_languagePanel);
    m_languageFilter->setObjectName(QStringLiteral("languageFilter"));
    m_languageFilter->setAccessibleName(tr("Search a language"));
    m_languageFilter->setAccessibleDescription(
        tr("Type the language's name in French or in the language itself, with or without accents"));
    m_languageFilter->setPlaceholderText(tr("Type a language: arabe, українська, English…"));
    m_languageFilter->setClearButtonEnabled(true);
    nameClearButton(m_languageFilter);
    languageLabel->setBuddy(m_languageFilter);
    m_languages = new QListView(m_languagePanel);
    m_languages->setObjectName(QStringLiteral("languageList"));
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setAccessibleDescription(tr("The most called languages at this site first"));
    m_languages->setModel(m_languageModel);
    m_languages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    languageLayout->addWidget(languageLabel);
    languageLayout->addWidget(m_languageFilter);
    languageLayout->addWidget(m_languages, 1);
    body->addWidget(m_languagePanel, 2);

    auto *providerPanel = new QVBoxLayout;
    auto *providersLabel = new QLabel(tr("&Services that can be called from this site:"), page);
    m_providers = new QTableView(page);
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
    m_providersHint = new QLabel(page);
    m_providersHint->setObjectName(QStringLiteral("providersHint"));
    m_providersHint->setWordWrap(true);
    m_call = new QPushButton(tr("&Call"), page);
    m_call->setObjectName(QStringLiteral("callButton"));
    m_call->setAccessibleName(tr("Call the selected service"));
    m_call->setMinimumHeight(m_call->fontMetrics().height() * 3);
    m_dial = new QLabel(page);
    m_dial->setObjectName(QStringLiteral("dialLabel"));
    m_dial->setAccessibleName(tr("What to dial or open"));
    m_dial->setWordWrap(true);
    m_dial->setTextFormat(Qt::PlainText);
    m_dial->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont dialFont = m_dial->font();
    dialFont.setPointSizeF(dialFont.pointSizeF() * 1.3);
    dialFont.setBold(true);
    m_dial->setFont(dialFont);
    m_inCall = new CallInProgressBar(m_context.clock, page);
    m_alternatives = new CallAlternativesPanel(page);
    m_network = new AgentNetworkPanel(m_context.store, page);

    providerPanel->addWidget(providersLabel);
    providerPanel->addWidget(m_providers, 3);
    providerPanel->addWidget(m_providersHint);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_call);
    callRow->addWidget(m_dial, 1);
    providerPanel->addLayout(callRow);
    providerPanel->addWidget(m_inCall);
    providerPanel->addWidget(m_alternatives);
    providerPanel->addWidget(m_network, 2);
    body->addLayout(providerPanel, 5);

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
    connect(m_inCall, &CallInProgressBar::finished, this, &InterpretingArea::onCallFinished);
    connect(m_network, &AgentNetworkPanel::callRequested, this, &InterpretingArea::callAgent);
    connect(m_alternatives, &CallAlternativesPanel::conversationRequested, this,
            &InterpretingArea::showConversation);
    connect(m_alternatives, &CallAlternativesPanel::bookingRequested, this,
            [this] { emit bookingRequested(visitorLanguage(), m_mode); });
    return page;
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

void InterpretingArea::setAgent(const QString &agentId)
{
    m_context.agentId = agentId;
    updateSupervisorActions();
    refreshProviders();
}

void InterpretingArea::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    refreshProviders();
}

void InterpretingArea::updateSupervisorActions()
{
    Agent::Role role = Agent::Role::Agent;
    if (!m_context.agentId.isEmpty()) {
        try {
            role = AgentRepository(m_context.store).byId(m_context.agentId).role;
        } catch (const StoreError &error) {
            qWarning("guichet: the agent's role could not be read: %s", qPrintable(error.message()));
        }
    }
    const bool supervisor = role == Agent::Role::Supervisor || role == Agent::Role::Admin;
    m_manageButton->setVisible(supervisor);
    m_figuresButton->setVisible(supervisor);
}

void InterpretingArea::setMode(InterpretingMode::Value mode)
{
    m_mode = mode;
    checkNeed(int(mode));
    m_pages->setCurrentIndex(0);
    const bool byLanguage = InterpretingMode::needsLanguage(mode);
    m_languagePanel->setVisible(byLanguage);
    m_languageModel->load(byLanguage ? mode : InterpretingMode::Foreign, m_context.siteId);
    m_dial->clear();
    refreshProviders();
}

void InterpretingArea::showConversation()
{
    checkNeed(kConversationId);
    m_pages->setCurrentWidget(m_conversation);
    m_conversation->setVisitorScreen(ensureVisitorScreen());
    m_conversation->setLanguage(visitorLanguage());
    m_conversation->showVisitorScreen();
    updateScreenNote();
    m_conversation->agentInput()->setFocus(Qt::OtherFocusReason);
}

void InterpretingArea::checkNeed(int id)
{
    for (auto it = m_needButtons.cbegin(); it != m_needButtons.cend(); ++it)
        it.value()->setChecked(it.key() == id);
}

bool InterpretingArea::isConversationShown() const
{
    return m_pages->currentWidget() == m_conversation;
}

VisitorScreen *InterpretingArea::ensureVisitorScreen()
{
    if (!m_visitorScreen) {
        m_visitorScreen = new VisitorScreen(this); // its own window, closed with the counter's
        m_visitorScreen->installEventFilter(this);
    }
    return m_visitorScreen;
}

QString InterpretingArea::visitorLanguage() const
{
    // A deaf or hard-of-hearing visitor reads French; a foreign visitor their own language.
    return m_mode == InterpretingMode::Foreign && !m_language.isEmpty() ? m_language : QStringLiteral("fr");
}

void InterpretingArea::toggleVisitorScreen()
{
    if (m_visitorScreen && m_visitorScreen->isVisible())
        m_visitorScreen->closeFromAgent();
    else
        showVisitorScreen();
    syncScreenButton();
}

void InterpretingArea::syncScreenButton()
{
    const QSignalBlocker blocker(m_visitorScreenButton);
    m_visitorScreenButton->setChecked(m_visitorScreen && m_visitorScreen->isVisible());
    updateScreenNote();
}

bool InterpretingArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_visitorScreen && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        syncScreenButton();
    return Area::eventFilter(watched, event);
}

void InterpretingArea::showVisitorScreen()
{
    VisitorScreen *screen = ensureVisitorScreen();
    screen->setLanguage(visitorLanguage());
    screen->setConversationMode(isConversationShown());
    if (!isConversationShown() && !m_inCall->isActive())
        screen->showPhrase(QStringLiteral("welcome"));
    screen->placeOnVisitorDisplay(window());
    updateScreenNote();
}

void InterpretingArea::updateScreenNote()
{
    const bool shown = m_visitorScreen && m_visitorScreen->isVisible();
    const QString code = shown ? m_visitorScreen->language() : QString();
    const VisitorPhrases &phrases = VisitorPhrases::builtIn();
    // The translations are ours until a native speaker has read them: the agent knows it.
    m_screenNote->setText(shown && !phrases.isReviewed(code)
                              ? tr("Visitor screen in %1: text to be checked by a native speaker.")
                                    .arg(LanguageNames::french(phrases.resolve(code)))
                              : QString());
}

void InterpretingArea::onLanguageChanged()
{
    const QModelIndex current = m_languages->currentIndex();
    m_language = current.isValid() ? current.data(LanguageListModel::CodeRole).toString() : QString();
    if (m_visitorScreen && m_visitorScreen->isVisible())
        m_visitorScreen->setLanguage(visitorLanguage());
    updateScreenNote();
    refreshProviders();
}

void InterpretingArea::refreshProviders()
{
    const bool byLanguage = InterpretingMode::needsLanguage(m_mode);
    const QString language = byLanguage ? m_language : QString();
    m_providerModel->setQuery(m_mode, language, m_context.siteId);
    QList<InterpreterProvider> providers;
    for (int row = 0; row < m_providerModel->rowCount(); ++row)
        providers << m_providerModel->providerAt(row);
    m_options = CallOptions::compute(m_mode, providers, m_context.clock.nowUtc().toTimeZone(defaultTimeZone()),
                                     m_online);
    if (byLanguage && m_language.isEmpty()) {
        m_providersHint->setText(tr("Choose the visitor's language to see who can interpret."));
        m_alternatives->hide();
    } else {
        if (providers.isEmpty())
            m_providersHint->setText(tr("No service for this need at this site. Ask the supervisor or the "
                                        "city's call centre."));
        else
            m_providersHint->setText(byLanguage ? tr("Services for %1.").arg(LanguageNames::french(m_language))
                                                : tr("Services for %1.").arg(InterpretingLabels::mode(m_mode)));
        m_alternatives->setOptions(m_options, m_online);
    }
    m_network->setVisible(byLanguage && !m_language.isEmpty());
    m_network->setQuery(byLanguage ? m_language : QString(), m_context.siteId, m_context.agentId);
    updateCallButton();
}

void InterpretingArea::updateCallButton()
{
    const QModelIndex current = m_providers->currentIndex();
    bool reachable = false;
    if (current.isValid()) {
        const QString id = m_providerModel->providerAt(current.row()).id;
        for (const CallOptions::Option &option : std::as_const(m_options.options))
            if (option.provider.id == id)
                reachable = option.reachable;
    }
    m_call->setEnabled(reachable);
    m_call->setToolTip(current.isValid() && !reachable
                           ? tr("This service cannot be reached now: see what to do instead below.")
                           : QString());
}

void InterpretingArea::call()
{
    const QModelIndex current = m_providers->currentIndex();
    if (!current.isValid() || !m_call->isEnabled())
        return;
    const InterpreterProvider provider = m_providerModel->providerAt(current.row());
    CallLog log;
    log.agentId = m_context.agentId;
    log.siteId = m_context.siteId;
    log.providerId = provider.id;
    log.mode = m_mode;
    log.language = InterpretingMode::needsLanguage(m_mode) ? m_language : QString();
    QString what;
    switch (provider.kind) {
    case InterpreterProvider::Kind::Phone:
        what = tr("Dial %1").arg(provider.address);
        break;
    case InterpreterProvider::Kind::Sip:
        what = tr("Call %1 from the SIP phone").arg(provider.callUrl(log.language).toString());
        break;
    case InterpreterProvider::Kind::Video:
    case InterpreterProvider::Kind::App:
        what = tr("Open %1").arg(provider.callUrl(log.language).toString());
        break;
    }
    if (provider.isExample)
        what += QLatin1Char('\n') + tr("This is an example entry, not a real service: nothing was dialled.");
    startCall(log, provider.name, what);
    if (!provider.isExample && m_openLinks && m_inCall->isActive())
        QDesktopServices::openUrl(provider.callUrl(log.language));
}

void InterpretingArea::callAgent(const AgentNetwork::Member &member)
{
    CallLog log;
    log.agentId = m_context.agentId;
    log.siteId = m_context.siteId;
    log.mode = InterpretingMode::AgentNetwork;
    log.language = m_language;
    const QString where = member.siteName.isEmpty() ? tr("substitute pool") : member.siteName;
    startCall(log, member.agent.displayName,
              tr("Dial %1 (%2, %3)").arg(member.agent.phone, member.agent.displayName, where));
    if (m_openLinks && m_inCall->isActive()) {
        InterpreterProvider phone;
        phone.kind = InterpreterProvider::Kind::Phone;
        phone.address = member.agent.phone;
        QDesktopServices::openUrl(phone.callUrl());
    }
}

void InterpretingArea::startCall(const CallLog &log, const QString &whom, const QString &what)
{
    // Another call while one is on: the first one ended.
    m_inCall->finish(CallLog::Outcome::Done);
    CallLog logged;
    try {
        logged = CallLogRepository(m_context.store).logCall(log);
    } catch (const StoreError &error) {
        m_dial->setText(error.message());
        emit statusMessage(error.message());
        return;
    }
    m_dial->setText(what);
    m_inCall->start(logged.id, whom);
    VisitorScreen *screen = ensureVisitorScreen();
    screen->setLanguage(visitorLanguage());
    screen->setConversationMode(false);
    screen->showPhrase(phraseForMode(log.mode));
    // A second monitor faces the visitor: the text goes there at once. On one display the window
    // would cover the call's controls: it waits for the agent (Ctrl+Shift+V, or the button).
    if (screen->isVisible() || QGuiApplication::screens().size() > 1)
        screen->placeOnVisitorDisplay(window());
    updateScreenNote();
    emit statusMessage(screen->isVisible()
                           ? tr("Call to %1 logged.").arg(whom)
                           : tr("Call to %1 logged. The visitor screen is ready: Ctrl+Shift+V shows it.").arg(whom));
}

void InterpretingArea::onCallFinished(const QString &callId, CallLog::Outcome outcome, int durationS)
{
    try {
        CallLogRepository(m_context.store).finishCall(callId, outcome, durationS);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
        return;
    }
    if (m_visitorScreen && (outcome == CallLog::Outcome::NoAnswer || outcome == CallLog::Outcome::Failed))
        m_visitorScreen->showPhrase(QStringLiteral("interpreter_unavailable"));
    m_dial->clear();
    emit statusMessage(tr("Call ended (%1 min).").arg((durationS + 59) / 60));
}

void InterpretingArea::attachConversation(const QString &transcript)
{
    emit attachToRequestRequested(transcript);
    auto *dialog = new AttachToRequestDialog(m_context.store, m_context.agentId,
                                             m_conversation->transcript()->toNotes(RequestRepository::kMaxNoteLength),
                                             this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachToRequestDialog::attached, this, [this](const QString &reference, int notes) {
        emit statusMessage(tr("Conversation attached to request %1 (%n note(s)).", nullptr, notes).arg(reference));
    });
    dialog->open();
}

void InterpretingArea::search(const QString &text)
{
    if (!text.trimmed().isEmpty() && (!InterpretingMode::needsLanguage(m_mode) || isConversationShown()))
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
    if (isConversationShown())
        m_conversation->agentInput()->setFocus(Qt::OtherFocusReason);
    else if (InterpretingMode::needsLanguage(m_mode))
        m_languageFilter->setFocus(Qt::OtherFocusReason);
    else if (QAbstractButton *button = m_modeButtons.value(m_mode))
        button->setFocus(Qt::OtherFocusReason);
}

} // namespace guichet
