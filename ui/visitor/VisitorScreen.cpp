#include "visitor/VisitorScreen.h"

#include "visitor/ConversationTranscript.h"
#include "visitor/ConversationView.h"
#include "visitor/VisitorPhrases.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace guichet {

namespace {

QFont sized(QFont font, qreal pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QFontDatabase::WritingSystem writingSystemOf(const QLocale &locale)
{
    switch (locale.script()) {
    case QLocale::ArabicScript: return QFontDatabase::Arabic;
    case QLocale::HebrewScript: return QFontDatabase::Hebrew;
    case QLocale::SimplifiedHanScript: return QFontDatabase::SimplifiedChinese;
    case QLocale::TraditionalHanScript: return QFontDatabase::TraditionalChinese;
    case QLocale::CyrillicScript: return QFontDatabase::Cyrillic;
    case QLocale::GreekScript: return QFontDatabase::Greek;
    case QLocale::ArmenianScript: return QFontDatabase::Armenian;
    case QLocale::GeorgianScript: return QFontDatabase::Georgian;
    case QLocale::BengaliScript: return QFontDatabase::Bengali;
    case QLocale::TamilScript: return QFontDatabase::Tamil;
    case QLocale::DevanagariScript: return QFontDatabase::Devanagari;
    case QLocale::ThaiScript: return QFontDatabase::Thai;
    case QLocale::JapaneseScript: return QFontDatabase::Japanese;
    case QLocale::KoreanScript: return QFontDatabase::Korean;
    case QLocale::LatinScript:
        return locale.language() == QLocale::Vietnamese ? QFontDatabase::Vietnamese : QFontDatabase::Latin;
    default: break; // Ethiopic has no writing system of its own: the font engine's fallback finds one
    }
    return QFontDatabase::Any;
}

} // namespace

VisitorScreen::VisitorScreen(QWidget *parent) : VisitorScreen(VisitorPhrases::builtIn(), parent)
{
}

VisitorScreen::VisitorScreen(const VisitorPhrases &phrases, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::CustomizeWindowHint | Qt::WindowTitleHint | Qt::WindowMinMaxButtonsHint),
      m_phrases(phrases),
      m_message(new QLabel(this)),
      m_conversation(new ConversationView(this)),
      m_status(new QLabel(this)),
      m_input(new QLineEdit(this))
{
    setObjectName(QStringLiteral("VisitorScreen"));
    setWindowTitle(tr("Visitor screen"));
    setAccessibleName(tr("Visitor screen"));
    setAccessibleDescription(tr("The screen facing the visitor, in the visitor's language"));

    m_message->setObjectName(QStringLiteral("visitorMessage"));
    m_message->setAccessibleName(tr("Message for the visitor"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_conversation->setObjectName(QStringLiteral("visitorConversation"));
    m_conversation->setAccessibleName(tr("Written conversation"));
    m_conversation->setMaximumTurns(30);
    m_conversation->setOwnSpeaker(ConversationTranscript::Speaker::Visitor);
    m_conversation->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("visitorStatus"));
    m_status->setAccessibleName(tr("Whose turn it is"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_input->setObjectName(QStringLiteral("visitorInput"));
    m_input->setAccessibleName(tr("Visitor's message"));
    m_input->setAccessibleDescription(tr("The visitor types here; Enter sends the message to the agent"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(24);
    layout->addWidget(m_message);
    layout->addWidget(m_conversation, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_input);
    setMinimumSize(640, 480);

    connect(m_input, &QLineEdit::returnPressed, this, &VisitorScreen::sendInput);

    setConversationMode(false);
    setLanguage(QStringLiteral("fr"));
    showPhrase(QStringLiteral("welcome"));
}

void VisitorScreen::setLanguage(const QString &code)
{
    m_language = m_phrases.resolve(code);
    applyLanguage();
}

void VisitorScreen::applyLanguage()
{
    setLayoutDirection(m_phrases.direction(m_language));
    setLocale(QLocale(m_language));
    const QFont base = fontForLanguage(m_language, QApplication::font());
    m_message->setFont(sized(base, kBasePointSize * 1.25, true));
    m_conversation->setFont(sized(base, kBasePointSize));
    m_status->setFont(sized(base, kBasePointSize * 0.75));
    m_input->setFont(sized(base, kBasePointSize));
    m_conversation->setLabels(m_phrases.text(m_language, QStringLiteral("turn_agent")),
                              m_phrases.text(m_language, QStringLiteral("turn_you")));
    m_input->setPlaceholderText(m_phrases.text(m_language, QStringLiteral("your_turn")));
    if (!m_phraseKey.isEmpty())
        m_message->setText(m_phrases.text(m_language, m_phraseKey, m_phraseArgs));
    updateStatus();
}

void VisitorScreen::showPhrase(const QString &key, const QHash<QString, QString> &args)
{
    m_phraseKey = key;
    m_phraseArgs = args;
    m_message->setText(m_phrases.text(m_language, key, args));
}

void VisitorScreen::showMessage(const QString &text)
{
    m_phraseKey.clear();
    m_phraseArgs.clear();
    m_message->setText(text);
}

QString VisitorScreen::message() const
{
    return m_message->text();
}

void VisitorScreen::setTranscript(const ConversationTranscript *transcript)
{
    m_conversation->setTranscript(transcript);
}

void VisitorScreen::setConversationMode(bool on)
{
    m_conversationMode = on;
    m_conversation->setVisible(on);
    m_status->setVisible(on);
    m_input->setVisible(on);
    // Outside the conversation, the message alone, in the middle of the screen.
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_message, on ? 0 : 1);
    if (!on)
        m_input->clear();
    updateStatus();
}

void VisitorScreen::setAgentTyping(bool typing)
{
    m_agentTyping = typing;
    updateStatus();
}

void VisitorScreen::updateStatus()
{
    m_status->setText(m_phrases.text(m_language, m_agentTyping ? QStringLiteral("agent_typing")
                                                               : QStringLiteral("your_turn")));
}

void VisitorScreen::focusVisitorInput()
{
    if (!m_conversationMode)
        setConversationMode(true);
    if (isVisible()) {
        raise();
        activateWindow();
    }
    m_input->setFocus(Qt::OtherFocusReason);
}

void VisitorScreen::sendInput()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    m_input->clear();
    emit visitorTyped(text);
}

void VisitorScreen::placeOnVisitorDisplay(QWidget *agentWindow)
{
    m_agentCloses = false;
    QScreen *agentScreen = agentWindow ? agentWindow->screen() : QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *visitorDisplay = nullptr;
    for (QScreen *candidate : screens)
        if (candidate != agentScreen && !visitorDisplay)
            visitorDisplay = candidate;
    if (screens.size() > 1 && visitorDisplay) {
        setScreen(visitorDisplay);
        setGeometry(visitorDisplay->geometry());
        showFullScreen();
        // The agent keeps the keyboard; "Visitor's turn" hands it over.
        if (agentWindow)
            agentWindow->activateWindow();
        return;
    }
    if (agentScreen)
        setScreen(agentScreen);
    const QRect area = agentScreen ? agentScreen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size = (area.size() * 0.85).expandedTo(minimumSize()).boundedTo(area.size());
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, area));
    showNormal();
    raise();
    activateWindow();
}

void VisitorScreen::closeFromAgent()
{
    m_agentCloses = true;
    close();
    m_agentCloses = false;
}

void VisitorScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept(); // a visitor's Escape closes nothing
        return;
    }
    // The agent's own key (as in the counter window): the laptop turned back, the screen closes.
    if (event->key() == Qt::Key_V && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        event->accept();
        closeFromAgent();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VisitorScreen::closeEvent(QCloseEvent *event)
{
    if (!m_agentCloses) {
        event->ignore(); // the window manager's close (Alt+F4 on the visitor's keyboard), close()
        return;
    }
    QWidget::closeEvent(event);
}

QFont VisitorScreen::fontForLanguage(const QString &code, const QFont &base)
{
    const QFontDatabase::WritingSystem system = writingSystemOf(QLocale(code));
    if (system == QFontDatabase::Any || system == QFontDatabase::Latin || QFontDatabase::writingSystems(base.family()).contains(system))
        return base;
    const QStringList families = QFontDatabase::families(system);
    QString chosen;
    int bestScore = -1;
    for (const QString &family : families) {
        if (QFontDatabase::isPrivateFamily(family))
            continue;
        // A sans-serif proportional face, in the Chinese variant for Chinese.
        int score = family.contains(QLatin1String("Mono")) ? 0 : 2;
        score += family.contains(QLatin1String("Sans")) ? 2 : 0;
        if (system == QFontDatabase::SimplifiedChinese && family.endsWith(QLatin1String(" SC")))
            score += 4;
        if (system == QFontDatabase::TraditionalChinese && family.endsWith(QLatin1String(" TC")))
            score += 4;
        if (score > bestScore) {
            bestScore = score;
            chosen = family;
        }
    }
    if (chosen.isEmpty())
        return base; // the font engine's own fallback, then
    QFont font = base;
    font.setFamilies({chosen, base.family()});
    return font;
}

} // namespace guichet
