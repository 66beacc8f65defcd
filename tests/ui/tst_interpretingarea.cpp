// The Interpreting area, offscreen: a mode button lists its providers, the language search
// narrows the list, Call logs the call (outbox), shows what to dial and tells the visitor in their
// language; ending the call records how it went. Outside hours or offline, the alternatives; with
// a deaf visitor and no network, the written conversation.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "interpreting/InterpretingArea.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "interpreting/AgentNetworkPanel.h"
#include "interpreting/AttachToRequestDialog.h"
#include "repo/RequestRepository.h"
#include "interpreting/CallAlternativesPanel.h"
#include "interpreting/CallInProgressBar.h"
#include "visitor/ConversationTranscript.h"
#include "visitor/VisitorPhrases.h"
#include "visitor/VisitorScreen.h"
#include "visitor/WrittenConversationPanel.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using guichet::testing::TestStore;

class TestInterpretingArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_hdv;
    QString m_m2;
    LocalStore &store() { return m_test->store(); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context, {QStringLiteral("HDV"), QStringLiteral("M2")});
        m_hdv = context.siteIdByCode.value(QStringLiteral("HDV"));
        m_m2 = context.siteIdByCode.value(QStringLiteral("M2"));
        sql::exec(store().connection(),
                  QStringLiteral(
                      "INSERT INTO agents (id, login, display_name, role, updated_at) VALUES ('ag', 'ag', "
                      "'Agent', 'agent', ?)"),
                  {context.stamp});
        // An agent of the Hôtel de Ville who speaks Arabic (the city's own network).
        sql::exec(store().connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, home_site_id, languages, phone, "
                                 "updated_at) VALUES ('nb', 'nb', 'Nadia Benali', 'agent', ?, '[\"fr\",\"ar\"]', "
                                 "'06 39 98 10 01', ?)"),
                  {m_hdv, context.stamp});
        generateInterpreterProviders(context);
        transaction.commit();
    }

    void everyControlHasAnAccessibleName()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        for (auto mode : InterpretingMode::providerModes())
            QVERIFY(!area.modeButton(mode)->accessibleName().isEmpty());
        for (QWidget *w : area.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) || w->inherits("QScrollBar") ||
                w->parent()->inherits("QAbstractScrollArea") || w->inherits("QHeaderView"))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty() ||
                         (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty()),
                     qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()),
                                                            w->objectName())));
        }
    }

    void modeButtonListsProviders()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const InterpreterRepository repository(store());

        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QCOMPARE(area.mode(), InterpretingMode::Lsf);
        QVERIFY(!area.languages()->isVisible());
        QCOMPARE(area.providers()->model()->rowCount(),
                 int(repository.providers(InterpretingMode::Lsf, {}, m_hdv).size()));
        QCOMPARE(area.providers()->model()->rowCount(), 2); // video platform + SIP line at the Hôtel de Ville

        QTest::mouseClick(area.modeButton(InterpretingMode::Transcription), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 2);
        QTest::mouseClick(area.modeButton(InterpretingMode::Lpc), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 1);

        area.setSite(m_m2);
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 1); // no SIP phone at M2
    }

    void searchPicksALanguage()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        // The global search looks for a language, back in foreign-language mode.
        area.search(QStringLiteral("ukr"));
        QCOMPARE(area.mode(), InterpretingMode::Foreign);
        QCOMPARE(area.languages()->model()->rowCount(), 1);
        QCOMPARE(area.language(), QStringLiteral("uk"));
        QCOMPARE(area.providers()->model()->rowCount(), 3); // phone service, video link, SIP line
        area.search(QStringLiteral("pachto"));
        QCOMPARE(area.language(), QStringLiteral("ps"));
        QCOMPARE(area.providers()->model()->rowCount(), 1);
        // Typing the start of the language's own name or of its French name, with or without accents.
        area.search(QStringLiteral("ara"));
        QCOMPARE(area.language(), QStringLiteral("ar"));
        QVERIFY(area.languages()->currentIndex().data().toString().contains(QStringLiteral("العربية")));
        area.search(QStringLiteral("turkce"));
        QCOMPARE(area.language(), QStringLiteral("tr"));
        area.focusPrimary();
        QVERIFY(area.languageFilter()->hasFocus() || !area.isActiveWindow());
    }

    void callLogsTheCall()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const int outbox = OutboxRepository(store()).count();
        const int calls = CallLogRepository(store()).callCount();

        area.languageFilter()->setFocus();
        QTest::keyClicks(area.languageFilter(), QStringLiteral("arabe"));
        QTest::keyClick(area.languageFilter(), Qt::Key_Return);
        QCOMPARE(area.language(), QStringLiteral("ar"));
        QVERIFY(area.callButton()->isEnabled());
        const QString address = area.providers()->currentIndex().siblingAtColumn(1).data().toString();
        QTest::mouseClick(area.callButton(), Qt::LeftButton);

        QCOMPARE(CallLogRepository(store()).callCount(), calls + 1);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        QVERIFY2(area.dialLabel()->text().contains(address), qPrintable(area.dialLabel()->text()));
        QVERIFY(area.dialLabel()->text().contains(QLatin1String("example")));
        const QString language =
            sql::scalar(
                store().connection(),
                QStringLiteral("SELECT language FROM call_logs ORDER BY started_at DESC, rowid DESC LIMIT 1"))
                .toString();
        QCOMPARE(language, QStringLiteral("ar"));

        // LSF: no language, the call is logged with the mode.
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QTest::mouseClick(area.callButton(), Qt::LeftButton);
        QCOMPARE(CallLogRepository(store()).callCount(), calls + 2);
        QCOMPARE(sql::scalar(store().connection(),
                             QStringLiteral("SELECT mode FROM call_logs ORDER BY rowid DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("lsf"));
    }
    // The "done when": an Arabic-speaking visitor; "ara" finds العربية; one click calls;
    // the visitor screen says in Arabic that an interpreter is coming; the call is logged.
    void arabicVisitorOneClickCall()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const int outbox = OutboxRepository(store()).count();
        const int calls = CallLogRepository(store()).callCount();

        area.languageFilter()->setFocus();
        QTest::keyClicks(area.languageFilter(), QStringLiteral("ara"));
        QCOMPARE(area.language(), QStringLiteral("ar"));
        QVERIFY(area.callButton()->isEnabled()); // Monday 09:00: the phone service is open
        QTest::mouseClick(area.callButton(), Qt::LeftButton);

        QCOMPARE(CallLogRepository(store()).callCount(), calls + 1);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        QVERIFY(area.callInProgress()->isActive());
        VisitorScreen *screen = area.visitorScreen();
        QVERIFY(screen);
        // One display (offscreen): the visitor screen waits for the agent instead of covering the
        // call's controls; the button (or Ctrl+Shift+V) shows it, and closes it again.
        QVERIFY(!screen->isVisible());
        QTest::mouseClick(area.visitorScreenButton(), Qt::LeftButton);
        QVERIFY(screen->isVisible());
        QVERIFY(area.visitorScreenButton()->isChecked());
        QCOMPARE(screen->language(), QStringLiteral("ar"));
        QCOMPARE(screen->layoutDirection(), Qt::RightToLeft);
        const QString arabic = VisitorPhrases::builtIn().text(QStringLiteral("ar"), QStringLiteral("interpreter_coming"));
        QVERIFY(arabic.contains(QChar(0x0645)) || arabic.contains(QChar(0x0627))); // Arabic letters
        QCOMPARE(screen->message(), arabic);
        // The agent is told that the Arabic text still waits for a native speaker's review.
        QVERIFY2(area.visitorScreenNote()->text().contains(QStringLiteral("arabe")),
                 qPrintable(area.visitorScreenNote()->text()));
        QTest::mouseClick(area.visitorScreenButton(), Qt::LeftButton);
        QVERIFY(!screen->isVisible());
        QVERIFY(!area.visitorScreenButton()->isChecked());
        QVERIFY(area.visitorScreenNote()->text().isEmpty());
        // The agent's key closes it from the visitor's window too (the laptop turned back).
        QTest::mouseClick(area.visitorScreenButton(), Qt::LeftButton);
        QTest::keyClick(screen, Qt::Key_Escape);
        QVERIFY(screen->isVisible()); // a visitor's Escape closes nothing
        QTest::keyClick(screen, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!screen->isVisible());
        QVERIFY(!area.visitorScreenButton()->isChecked());

        // The interpreter answered; the call lasted 4 min 5 s by the counter's clock.
        const QString callId = area.callInProgress()->callId();
        m_test->clock().advanceSecs(245);
        QTest::mouseClick(area.callInProgress()->endButton(), Qt::LeftButton);
        QVERIFY(!area.callInProgress()->isActive());
        const auto logged = CallLogRepository(store()).get(callId);
        QVERIFY(logged);
        QCOMPARE(logged->durationS, 245);
        QCOMPARE(logged->outcome, CallLog::Outcome::Done);
        QCOMPARE(logged->language, QStringLiteral("ar"));
        QCOMPARE(OutboxRepository(store()).count(), outbox + 2);
        m_test->clock().advanceSecs(-245);
    }

    void noAnswerTellsTheVisitor()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        area.search(QStringLiteral("ukr"));
        QTest::mouseClick(area.callButton(), Qt::LeftButton);
        const QString callId = area.callInProgress()->callId();
        QTest::mouseClick(area.callInProgress()->noAnswerButton(), Qt::LeftButton);
        QCOMPARE(CallLogRepository(store()).get(callId)->outcome, CallLog::Outcome::NoAnswer);
        QCOMPARE(area.visitorScreen()->message(),
                 VisitorPhrases::builtIn().text(QStringLiteral("uk"), QStringLiteral("interpreter_unavailable")));
    }

    void offlineOffersTheDeskPhoneAndTheAlternatives()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        area.search(QStringLiteral("ukr"));
        QVERIFY(area.alternatives()->isHidden()); // online, open: nothing to suggest
        area.setOnline(false);
        QVERIFY(!area.alternatives()->isHidden());
        QVERIFY(area.alternatives()->reasonLabel()->text().contains(QLatin1String("offline")));
        QVERIFY(area.alternatives()->deskPhoneLabel()->text().contains(QLatin1String("04 65 71 00 12")));
        // The video link and the SIP line cannot be called; the phone service can.
        for (int row = 0; row < area.providers()->model()->rowCount(); ++row) {
            area.providers()->setCurrentIndex(area.providers()->model()->index(row, 0));
            const bool phone = area.providers()->model()->index(row, 1).data().toString() == QLatin1String("04 65 71 00 12");
            QCOMPARE(area.callButton()->isEnabled(), phone);
        }
        QSignalSpy booking(&area, &InterpretingArea::bookingRequested);
        QTest::mouseClick(area.alternatives()->bookButton(), Qt::LeftButton);
        QCOMPARE(booking.size(), 1);
        QCOMPARE(booking.first().at(0).toString(), QStringLiteral("uk"));
        area.setOnline(true);
        QVERIFY(area.alternatives()->isHidden());
    }

    void outsideHoursSaysWhenItOpens()
    {
        const QDateTime before = m_test->clock().nowUtc();
        m_test->clock().set(QDateTime(QDate(2026, 11, 23), QTime(20, 30), QTimeZone("Europe/Paris")));
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        area.search(QStringLiteral("ukr"));
        QVERIFY(!area.callButton()->isEnabled());
        QVERIFY(!area.callOptions().canCall);
        QVERIFY(!area.alternatives()->isHidden());
        QVERIFY2(area.alternatives()->reasonLabel()->text().contains(QLatin1String("08:00")),
                 qPrintable(area.alternatives()->reasonLabel()->text()));
        QVERIFY(area.alternatives()->deskPhoneLabel()->isHidden());
        QVERIFY(!area.alternatives()->bookButton()->isHidden());
        m_test->clock().set(before);
    }

    void cityAgentsWhoSpeakTheLanguage()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        area.search(QStringLiteral("arabe"));
        QTableView *network = area.agentNetwork()->table();
        QCOMPARE(network->model()->rowCount(), 1);
        QCOMPARE(network->model()->index(0, 0).data().toString(), QStringLiteral("Nadia Benali"));
        const int calls = CallLogRepository(store()).callCount();
        QTest::mouseClick(area.agentNetwork()->callButton(), Qt::LeftButton);
        QCOMPARE(CallLogRepository(store()).callCount(), calls + 1);
        QVERIFY(area.dialLabel()->text().contains(QLatin1String("06 39 98 10 01")));
        QCOMPARE(sql::scalar(store().connection(),
                             QStringLiteral("SELECT mode FROM call_logs ORDER BY rowid DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("agent_network"));
        // Not in LSF mode: sign language is not asked of colleagues here.
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QVERIFY(area.agentNetwork()->isHidden());
        area.callInProgress()->finish(CallLog::Outcome::Done);
    }

    // The "done when", second half: a deaf visitor and no network; the written
    // conversation works, and nothing of it is written to the store.
    void deafVisitorOfflineWrittenConversation()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.setOnline(false);
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QVERIFY(!area.callButton()->isEnabled()); // video platform and SIP line need the network
        QVERIFY(!area.alternatives()->isHidden());
        const int outbox = OutboxRepository(store()).count();
        const int calls = CallLogRepository(store()).callCount();

        QTest::mouseClick(area.alternatives()->conversationButton(), Qt::LeftButton);
        QVERIFY(area.isConversationShown());
        QVERIFY(area.conversationButton()->isChecked());
        WrittenConversationPanel *panel = area.conversation();
        VisitorScreen *screen = area.visitorScreen();
        QVERIFY(screen && screen->isVisible());
        QVERIFY(screen->isConversationMode());
        QCOMPARE(screen->layoutDirection(), Qt::LeftToRight); // French, written
        QVERIFY(area.visitorScreenNote()->text().isEmpty()); // French is reviewed

        panel->agentInput()->setText(QStringLiteral("Bonjour, que puis-je faire pour vous ?"));
        QTest::keyClick(panel->agentInput(), Qt::Key_Return);
        QCOMPARE(panel->transcript()->size(), 1);
        screen->visitorInput()->setText(QStringLiteral("Je viens pour ma carte d'identité."));
        QTest::keyClick(screen->visitorInput(), Qt::Key_Return);
        QCOMPARE(panel->transcript()->size(), 2);
        QCOMPARE(panel->transcript()->turns().last().speaker, ConversationTranscript::Speaker::Visitor);
        QVERIFY(panel->transcript()->toPlainText().contains(QStringLiteral("carte d'identité")));

        QSignalSpy attach(&area, &InterpretingArea::attachToRequestRequested);
        QTest::mouseClick(panel->attachButton(), Qt::LeftButton);
        QCOMPARE(attach.size(), 1);
        QVERIFY(attach.first().first().toString().contains(QStringLiteral("Bonjour")));
        QCOMPARE(OutboxRepository(store()).count(), outbox);
        QCOMPARE(CallLogRepository(store()).callCount(), calls);

        // Attached to the visitor's request only when the agent says so: one note in its history.
        Request draft;
        draft.siteId = m_hdv;
        draft.requesterName = QStringLiteral("DURAND Léo");
        draft.subject = QStringLiteral("Carte d'identité");
        const Request request = RequestRepository(store()).create(draft, QStringLiteral("ag"));
        auto *dialog = area.findChild<AttachToRequestDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->attachButton()->isEnabled());
        dialog->referenceEdit()->setText(QStringLiteral("NO-SUCH-REF"));
        QVERIFY(!dialog->attachButton()->isEnabled());
        dialog->referenceEdit()->setText(request.reference.toLower());
        QVERIFY2(dialog->requestLabel()->text().contains(QStringLiteral("DURAND")),
                 qPrintable(dialog->requestLabel()->text()));
        const int before = OutboxRepository(store()).count();
        QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
        const QList<RequestEvent> events = RequestRepository(store()).events(request.id);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const RequestEvent &event) {
            return event.kind == RequestEvent::Kind::Note && event.text.contains(QStringLiteral("carte d'identité"));
        }));
        QCOMPARE(OutboxRepository(store()).count(), before + 1);

        // Back to calling: the mode buttons leave the conversation page.
        QTest::mouseClick(area.modeButton(InterpretingMode::Foreign), Qt::LeftButton);
        QVERIFY(!area.isConversationShown());
    }
};

QTEST_MAIN(TestInterpretingArea)
#include "tst_interpretingarea.moc"
