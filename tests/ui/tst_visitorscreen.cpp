// The visitor screen and the written conversation (ui/visitor), offscreen: Arabic lays the screen
// out right to left in an Arabic-capable font and shows the Arabic phrase, French left to right; the
// agent's message shows on both sides; the visitor types on the screen's input and the keyboard
// comes back to the agent; Clear empties both sides; Attach hands the text over; Escape and close()
// do not close the screen, the agent does; with one display the screen is a normal large window;
// nothing is written to disk (no store at all).
#include "core/Clock.h"
#include "visitor/ConversationTranscript.h"
#include "visitor/ConversationView.h"
#include "visitor/VisitorPhrases.h"
#include "visitor/VisitorScreen.h"
#include "visitor/WrittenConversationPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using Speaker = ConversationTranscript::Speaker;

namespace {

const QString kArabicQuestion = QString::fromUtf8("أريد تجديد بطاقة الإقامة");

QString phrase(const char *code, const char *key)
{
    return VisitorPhrases::builtIn().text(QLatin1String(code), QLatin1String(key));
}

bool hasScript(const QString &text, QChar::Script script)
{
    return std::any_of(text.begin(), text.end(), [script](QChar c) { return c.script() == script; });
}

// What exists under the folders Qt would write an application's files to.
QStringList writableTrees()
{
    QStringList found;
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        QDir dir(root);
        if (dir.exists())
            for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                found.append(root + QLatin1Char('/') + entry);
    }
    return found;
}

} // namespace

class TestVisitorScreen : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 6, 2), QTime(8, 32), QTimeZone::utc())};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(VisitorPhrases::builtIn().loadErrors().isEmpty());
    }

    void arabicIsRightToLeft()
    {
        VisitorScreen screen;
        QCOMPARE(screen.objectName(), QStringLiteral("VisitorScreen"));
        QVERIFY(screen.isWindow());
        QVERIFY(!screen.accessibleName().isEmpty());
        screen.setLanguage(QStringLiteral("ar"));
        screen.showPhrase(QStringLiteral("interpreter_coming"));
        QCOMPARE(screen.language(), QStringLiteral("ar"));
        QCOMPARE(screen.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(screen.messageLabel()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(screen.message(), phrase("ar", "interpreter_coming"));
        QVERIFY(hasScript(screen.message(), QChar::Script_Arabic));
        // A family that has Arabic glyphs comes first, when the system has one.
        if (!QFontDatabase::families(QFontDatabase::Arabic).isEmpty()) {
            const QStringList families = screen.messageLabel()->font().families();
            QVERIFY(!families.isEmpty() || QFontDatabase::writingSystems(screen.messageLabel()->font().family())
                                               .contains(QFontDatabase::Arabic));
            const QString first = families.isEmpty() ? screen.messageLabel()->font().family() : families.first();
            QVERIFY2(QFontDatabase::writingSystems(first).contains(QFontDatabase::Arabic), qPrintable(first));
        }
        // The phrase follows the language.
        screen.setLanguage(QStringLiteral("fr"));
        QCOMPARE(screen.message(), phrase("fr", "interpreter_coming"));
    }

    void frenchIsLeftToRight()
    {
        VisitorScreen screen;
        screen.setLanguage(QStringLiteral("he"));
        QCOMPARE(screen.layoutDirection(), Qt::RightToLeft);
        screen.setLanguage(QStringLiteral("fr"));
        QCOMPARE(screen.layoutDirection(), Qt::LeftToRight);
        screen.setLanguage(QStringLiteral("xx")); // no file: French
        QCOMPARE(screen.language(), QStringLiteral("fr"));
        QCOMPARE(screen.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(screen.message(), phrase("fr", "welcome"));

        screen.setLanguage(QStringLiteral("zh"));
        const QString appointment = screen.phrases().appointmentText(
            QStringLiteral("zh"), QDateTime(QDate(2026, 6, 9), QTime(14, 15)), QStringLiteral("Mairie du 3e"));
        screen.showMessage(appointment);
        QCOMPARE(screen.message(), appointment);
        QVERIFY(hasScript(appointment, QChar::Script_Han));
        QVERIFY(appointment.contains(QStringLiteral("Mairie du 3e")));
        screen.setLanguage(QStringLiteral("en")); // a caller's message stays as it is
        QCOMPARE(screen.message(), appointment);
    }

    void conversationModeShowsTheInputInLargeText()
    {
        VisitorScreen screen;
        QVERIFY(screen.visitorInput()->isHidden());
        QVERIFY(screen.conversationView()->isHidden());
        screen.setConversationMode(true);
        QVERIFY(!screen.visitorInput()->isHidden());
        QVERIFY(!screen.conversationView()->isHidden());
        QVERIFY(screen.conversationView()->font().pointSizeF() >= 36);
        QVERIFY(screen.visitorInput()->font().pointSizeF() >= 36);
        QVERIFY(screen.messageLabel()->font().pointSizeF() >= 36);
        QVERIFY(!screen.visitorInput()->accessibleName().isEmpty());
        QCOMPARE(screen.statusLabel()->text(), phrase("fr", "your_turn"));
        screen.setAgentTyping(true);
        QCOMPARE(screen.statusLabel()->text(), phrase("fr", "agent_typing"));

        QSignalSpy typed(&screen, &VisitorScreen::visitorTyped);
        screen.visitorInput()->setText(QStringLiteral("   "));
        QTest::keyClick(screen.visitorInput(), Qt::Key_Return);
        QCOMPARE(typed.size(), 0); // blank: nothing sent
        screen.visitorInput()->setText(kArabicQuestion);
        QTest::keyClick(screen.visitorInput(), Qt::Key_Return);
        QCOMPARE(typed.size(), 1);
        QCOMPARE(typed.at(0).at(0).toString(), kArabicQuestion);
        QVERIFY(screen.visitorInput()->text().isEmpty());
    }

    void agentMessageShowsOnBothSides()
    {
        WrittenConversationPanel panel(m_clock);
        VisitorScreen *screen = panel.visitorScreen();
        QVERIFY(screen);
        panel.setLanguage(QStringLiteral("ar"));
        QCOMPARE(screen->language(), QStringLiteral("ar"));
        QCOMPARE(panel.languageBox()->currentData().toString(), QStringLiteral("ar"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QTest::keyClicks(panel.agentInput(), QStringLiteral("Bonjour, que souhaitez-vous ?"));
        QCOMPARE(screen->statusLabel()->text(), phrase("ar", "agent_typing"));
        QTest::keyClick(panel.agentInput(), Qt::Key_Return);
        QVERIFY(panel.agentInput()->text().isEmpty());
        QCOMPARE(screen->statusLabel()->text(), phrase("ar", "your_turn"));
        QCOMPARE(panel.transcript()->size(), 1);
        QCOMPARE(panel.transcript()->turns().at(0).speaker, Speaker::Agent);
        QVERIFY(screen->isConversationMode());
        QVERIFY(panel.transcriptView()->toPlainText().contains(QStringLiteral("Bonjour, que souhaitez-vous ?")));
        QVERIFY(panel.transcriptView()->toPlainText().contains(QStringLiteral("10:32")));
        const QString onScreen = screen->conversationView()->toPlainText();
        QVERIFY(onScreen.contains(QStringLiteral("Bonjour, que souhaitez-vous ?")));
        QVERIFY(onScreen.contains(phrase("ar", "turn_agent"))); // the label in the visitor's language

        // The Send button does the same; a blank message sends nothing.
        panel.agentInput()->setText(QStringLiteral("  "));
        panel.sendButton()->click();
        QCOMPARE(panel.transcript()->size(), 1);
        panel.agentInput()->setText(QStringLiteral("Votre titre de séjour ?"));
        panel.sendButton()->click();
        QCOMPARE(panel.transcript()->size(), 2);
        QCOMPARE(screen->conversationView()->turnCount(), 2);
        QCOMPARE(panel.transcriptView()->turnCount(), 2);
        panel.visitorScreen()->closeFromAgent();
    }

    void visitorTypesAndTheKeyboardComesBack()
    {
        QWidget agentWindow;
        auto *panel = new WrittenConversationPanel(m_clock, &agentWindow);
        agentWindow.resize(800, 600);
        agentWindow.show();
        QVERIFY(QTest::qWaitForWindowActive(&agentWindow));
        VisitorScreen *screen = panel->visitorScreen();
        panel->agentInput()->setFocus();
        QVERIFY(!screen->isVisible());

        QTest::mouseClick(panel->visitorTurnButton(), Qt::LeftButton);
        QVERIFY(screen->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(screen));
        QTRY_VERIFY(screen->visitorInput()->hasFocus());
        QCOMPARE(screen->message(), phrase("fr", "conversation_intro"));
        QVERIFY(panel->screenButton()->isChecked());

        screen->visitorInput()->setText(kArabicQuestion); // keyClicks only types ASCII
        QTest::keyClick(screen->visitorInput(), Qt::Key_Return);
        QCOMPARE(panel->transcript()->size(), 1);
        QCOMPARE(panel->transcript()->turns().at(0).speaker, Speaker::Visitor);
        QCOMPARE(panel->transcript()->turns().at(0).text, kArabicQuestion);
        QVERIFY(panel->transcriptView()->toPlainText().contains(kArabicQuestion));
        QVERIFY(screen->conversationView()->toPlainText().contains(kArabicQuestion));
        QTRY_VERIFY(agentWindow.isActiveWindow());
        QTRY_VERIFY(panel->agentInput()->hasFocus());

        // The shortcut hands the keyboard over too.
        QTest::keyClick(panel->agentInput(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(screen->visitorInput()->hasFocus());

        panel->screenButton()->click(); // the agent closes it
        QVERIFY(!screen->isVisible());
        QVERIFY(!panel->screenButton()->isChecked());
    }

    void clearEmptiesBothSides()
    {
        WrittenConversationPanel panel(m_clock);
        panel.transcript()->add(Speaker::Agent, QStringLiteral("Bonjour"));
        panel.transcript()->add(Speaker::Visitor, QStringLiteral("Hello"));
        panel.agentInput()->setText(QStringLiteral("Un brouillon"));
        QCOMPARE(panel.visitorScreen()->conversationView()->turnCount(), 2);
        QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
        QVERIFY(panel.transcript()->isEmpty());
        QVERIFY(panel.agentInput()->text().isEmpty());
        QCOMPARE(panel.transcriptView()->turnCount(), 0);
        QVERIFY(panel.transcriptView()->toPlainText().isEmpty());
        QVERIFY(panel.visitorScreen()->conversationView()->toPlainText().isEmpty());
        QVERIFY(!panel.attachButton()->isEnabled());
    }

    void attachHandsTheTextOver()
    {
        WrittenConversationPanel panel(m_clock);
        QSignalSpy attach(&panel, &WrittenConversationPanel::attachRequested);
        QVERIFY(!panel.attachButton()->isEnabled());
        panel.agentInput()->setText(QStringLiteral("Bonjour"));
        panel.sendAgentMessage();
        m_clock.advanceSecs(60);
        emit panel.visitorScreen()->visitorTyped(QStringLiteral("Hello"));
        QVERIFY(panel.attachButton()->isEnabled());
        panel.attachButton()->click();
        QCOMPARE(attach.size(), 1);
        QCOMPARE(attach.at(0).at(0).toString(), QStringLiteral("10:32 Agent: Bonjour\n10:33 Visitor: Hello"));
        QCOMPARE(attach.at(0).at(0).toString(), panel.transcript()->toPlainText());
        m_clock.advanceSecs(-60);
    }

    void aGivenScreenIsUsed()
    {
        WrittenConversationPanel panel(m_clock);
        QWidget owner;
        auto *screen = new VisitorScreen(&owner);
        panel.setVisitorScreen(screen);
        QCOMPARE(panel.visitorScreen(), screen);
        panel.transcript()->add(Speaker::Agent, QStringLiteral("Bonjour"));
        QCOMPARE(screen->conversationView()->turnCount(), 1);
        emit screen->visitorTyped(QStringLiteral("Hello"));
        QCOMPARE(panel.transcript()->size(), 2);
        delete screen; // the panel goes back to its own
        QVERIFY(panel.visitorScreen());
        QCOMPARE(panel.visitorScreen()->conversationView()->turnCount(), 2);
    }

    void everyControlHasAnAccessibleName()
    {
        WrittenConversationPanel panel(m_clock);
        const QList<QWidget *> controls{panel.languageBox(), panel.screenButton(), panel.transcriptView(),
                                        panel.agentInput(), panel.sendButton(), panel.visitorTurnButton(),
                                        panel.clearButton(), panel.attachButton()};
        for (QWidget *control : controls)
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY(panel.languageBox()->count() >= 25);
        QCOMPARE(panel.languageBox()->itemData(0).toString(), QStringLiteral("fr"));
        QCOMPARE(panel.agentInput()->nextInFocusChain(), panel.sendButton());
    }

    void escapeAndCloseDoNotCloseIt()
    {
        QWidget agentWindow;
        auto *screen = new VisitorScreen(&agentWindow);
        agentWindow.show();
        screen->placeOnVisitorDisplay(&agentWindow);
        QVERIFY(QTest::qWaitForWindowExposed(screen));
        QTest::keyClick(screen, Qt::Key_Escape);
        screen->setConversationMode(true);
        QTest::keyClick(screen->visitorInput(), Qt::Key_Escape);
        QVERIFY(screen->isVisible());
        QVERIFY(!screen->close());
        QVERIFY(screen->isVisible());
        screen->closeFromAgent();
        QVERIFY(!screen->isVisible());
    }

    void oneDisplayGivesANormalLargeWindow()
    {
        QCOMPARE(QGuiApplication::screens().size(), 1); // offscreen
        QWidget agentWindow;
        agentWindow.resize(800, 600);
        auto *screen = new VisitorScreen(&agentWindow);
        agentWindow.show();
        screen->placeOnVisitorDisplay(&agentWindow);
        QVERIFY(QTest::qWaitForWindowExposed(screen));
        QVERIFY(screen->isVisible());
        QVERIFY(!screen->isFullScreen());
        QCOMPARE(screen->screen(), agentWindow.screen());
        const QRect area = agentWindow.screen()->availableGeometry();
        QVERIFY(screen->width() >= area.width() / 2);
        QVERIFY(area.contains(screen->frameGeometry().center()));
        screen->closeFromAgent();
    }

    void nothingIsWrittenToDisk()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(scratch.path()));
        const QStringList before = writableTrees();
        {
            WrittenConversationPanel panel(m_clock);
            panel.show();
            panel.showVisitorScreen();
            panel.agentInput()->setText(QStringLiteral("Bonjour"));
            panel.sendAgentMessage();
            panel.visitorScreen()->visitorInput()->setText(QStringLiteral("Hello"));
            QTest::keyClick(panel.visitorScreen()->visitorInput(), Qt::Key_Return);
            panel.clearConversation();
            panel.closeVisitorScreen();
        }
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QCOMPARE(writableTrees(), before);
    }
};

QTEST_MAIN(TestVisitorScreen)
#include "tst_visitorscreen.moc"
