#include "visitor/WrittenConversationPanel.h"

#include "domain/LanguageNames.h"
#include "visitor/ConversationTranscript.h"
#include "visitor/ConversationView.h"
#include "visitor/VisitorPhrases.h"
#include "visitor/VisitorScreen.h"

#include <QComboBox>
#include <QBoxLayout>
#include <QCollator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>

namespace guichet {

WrittenConversationPanel::WrittenConversationPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_transcript(new ConversationTranscript(clock, this)),
      m_ownScreen(new VisitorScreen(this)),
      m_languageBox(new QComboBox(this)),
      m_screenButton(new QPushButton(tr("Visitor scr&een"), this)),
      m_view(new ConversationView(this)),
      m_input(new QLineEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)),
      m_visitorTurn(new QPushButton(tr("&Visitor's turn"), this)),
      m_clear(new QPushButton(tr("C&lear"), this)),
      m_attach(new QPushButton(tr("&Attach to a request…"), this))
{
    setObjectName(QStringLiteral("WrittenConversationPanel"));
    setAccessibleName(tr("Written conversation"));

    auto *languageLabel = new QLabel(tr("Visitor's lan&guage:"), this);
    languageLabel->setBuddy(m_languageBox);
    m_languageBox->setObjectName(QStringLiteral("visitorLanguage"));
    m_languageBox->setAccessibleName(tr("Visitor's language"));
    m_languageBox->setAccessibleDescription(tr("The language of the visitor screen"));
    const VisitorPhrases &phrases = m_ownScreen->phrases();
    // French first (the counter's language), then by French name: the agent looks for "tigrigna".
    QStringList codes = phrases.languages();
    QCollator collator(QLocale(QLocale::French));
    std::sort(codes.begin(), codes.end(), [&collator](const QString &a, const QString &b) {
        if ((a == QLatin1String("fr")) != (b == QLatin1String("fr")))
            return a == QLatin1String("fr");
        return collator.compare(LanguageNames::french(a), LanguageNames::french(b)) < 0;
    });
    for (const QString &code : std::as_const(codes))
        m_languageBox->addItem(QStringLiteral("%1 — %2").arg(phrases.nativeName(code), LanguageNames::french(code)),
                               code);
    m_screenButton->setObjectName(QStringLiteral("visitorScreenButton"));
    m_screenButton->setCheckable(true);
    m_screenButton->setAccessibleName(tr("Visitor screen"));
    m_screenButton->setAccessibleDescription(
        tr("Shows the conversation to the visitor: full screen on a second display, otherwise a large window"));

    auto *conversationLabel = new QLabel(tr("C&onversation"), this);
    conversationLabel->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("agentConversation"));
    m_view->setAccessibleName(tr("Conversation so far"));
    m_view->setShowTimes(true);
    m_view->setTranscript(m_transcript);

    auto *inputLabel = new QLabel(tr("&Your message:"), this);
    inputLabel->setBuddy(m_input);
    m_input->setObjectName(QStringLiteral("agentInput"));
    m_input->setAccessibleName(tr("Your message"));
    m_input->setAccessibleDescription(tr("Enter shows the message on the visitor screen"));
    m_input->setPlaceholderText(tr("Type, then press Enter"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send"));
    m_visitorTurn->setObjectName(QStringLiteral("visitorTurnButton"));
    m_visitorTurn->setAccessibleName(tr("Visitor's turn"));
    m_visitorTurn->setAccessibleDescription(
        tr("Hands the keyboard to the visitor; it comes back when the visitor presses Enter"));
    auto *visitorTurnShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    visitorTurnShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_visitorTurn->setToolTip(tr("Hand the keyboard to the visitor (%1)")
                                  .arg(visitorTurnShortcut->key().toString(QKeySequence::NativeText)));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setAccessibleName(tr("Clear the conversation"));
    m_clear->setAccessibleDescription(tr("Forgets the conversation: nothing of it is kept"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setAccessibleName(tr("Attach to a request"));
    m_attach->setAccessibleDescription(tr("Adds the conversation as a note to a request of the visitor"));

    auto *top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_languageBox, 1);
    top->addWidget(m_screenButton);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_visitorTurn);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(conversationLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(inputRow);
    layout->addLayout(buttons);

    setTabOrder(m_input, m_send);
    setTabOrder(m_send, m_visitorTurn);
    setTabOrder(m_visitorTurn, m_clear);
    setTabOrder(m_clear, m_attach);
    setTabOrder(m_attach, m_languageBox);
    setTabOrder(m_languageBox, m_screenButton);
    setTabOrder(m_screenButton, m_view);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &WrittenConversationPanel::sendAgentMessage);
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        visitorScreen()->setAgentTyping(!text.trimmed().isEmpty());
    });
    connect(m_send, &QPushButton::clicked, this, &WrittenConversationPanel::sendAgentMessage);
    connect(m_visitorTurn, &QPushButton::clicked, this, &WrittenConversationPanel::handOverToVisitor);
    connect(visitorTurnShortcut, &QShortcut::activated, this, &WrittenConversationPanel::handOverToVisitor);
    connect(m_clear, &QPushButton::clicked, this, &WrittenConversationPanel::clearConversation);
    connect(m_attach, &QPushButton::clicked, this,
            [this] { emit attachRequested(m_transcript->toPlainText()); });
    connect(m_screenButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            showVisitorScreen();
        else
            closeVisitorScreen();
    });
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &WrittenConversationPanel::onLanguageChosen);
    connect(m_transcript, &ConversationTranscript::turnAdded, this, &WrittenConversationPanel::updateButtons);
    connect(m_transcript, &ConversationTranscript::cleared, this, &WrittenConversationPanel::updateButtons);

    setVisitorScreen(nullptr);
    setLanguage(QStringLiteral("fr"));
    updateButtons();
}

void WrittenConversationPanel::setVisitorScreen(VisitorScreen *screen)
{
    VisitorScreen *next = screen ? screen : m_ownScreen;
    if (m_screen == next)
        return;
    if (m_screen) {
        disconnect(m_screen, nullptr, this, nullptr);
        m_screen->setTranscript(nullptr);
    }
    m_screen = next;
    visitorScreen()->setTranscript(m_transcript);
    visitorScreen()->setLanguage(m_language);
    connect(m_screen, &VisitorScreen::visitorTyped, this, &WrittenConversationPanel::onVisitorTyped);
    if (next != m_ownScreen)
        connect(next, &QObject::destroyed, this, [this] { setVisitorScreen(nullptr); });
}

VisitorScreen *WrittenConversationPanel::visitorScreen() const
{
    return m_screen ? m_screen.data() : m_ownScreen; // a given screen may have been deleted
}

void WrittenConversationPanel::setLanguage(const QString &code)
{
    const QString resolved = m_ownScreen->phrases().resolve(code);
    const int index = m_languageBox->findData(resolved);
    if (index >= 0 && index != m_languageBox->currentIndex())
        m_languageBox->setCurrentIndex(index); // → onLanguageChosen
    m_language = resolved;
    visitorScreen()->setLanguage(resolved);
}

void WrittenConversationPanel::onLanguageChosen(int index)
{
    if (index >= 0)
        setLanguage(m_languageBox->itemData(index).toString());
}

void WrittenConversationPanel::showVisitorScreen()
{
    visitorScreen()->setLanguage(m_language);
    visitorScreen()->setConversationMode(true);
    visitorScreen()->showPhrase(QStringLiteral("conversation_intro"));
    visitorScreen()->placeOnVisitorDisplay(window());
    const QSignalBlocker blocker(m_screenButton);
    m_screenButton->setChecked(true);
}

void WrittenConversationPanel::closeVisitorScreen()
{
    visitorScreen()->closeFromAgent();
    const QSignalBlocker blocker(m_screenButton);
    m_screenButton->setChecked(false);
}

void WrittenConversationPanel::handOverToVisitor()
{
    if (!visitorScreen()->isVisible())
        showVisitorScreen();
    visitorScreen()->focusVisitorInput();
}

void WrittenConversationPanel::sendAgentMessage()
{
    if (!m_transcript->add(ConversationTranscript::Speaker::Agent, m_input->text()))
        return;
    m_input->clear();
    visitorScreen()->setConversationMode(true);
}

void WrittenConversationPanel::onVisitorTyped(const QString &text)
{
    m_transcript->add(ConversationTranscript::Speaker::Visitor, text);
    // The keyboard comes back to the agent.
    window()->activateWindow();
    m_input->setFocus(Qt::OtherFocusReason);
}

void WrittenConversationPanel::clearConversation()
{
    m_transcript->clear();
    m_input->clear();
    visitorScreen()->visitorInput()->clear();
    visitorScreen()->setAgentTyping(false);
    m_input->setFocus(Qt::OtherFocusReason);
}

void WrittenConversationPanel::updateButtons()
{
    m_attach->setEnabled(!m_transcript->isEmpty());
}

} // namespace guichet
