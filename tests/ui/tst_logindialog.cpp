// Signing in at the counter, offscreen and in French: the dialog checks the address and the fields
// before asking anyone; the sign-in runs off the window's thread (a timer keeps firing meanwhile,
// "Se connecter" is disabled and the busy indicator shows); a server that does not answer
// (http://127.0.0.1:1, a closed port) is said in the dialog, which stays open with the button
// usable again; the site chooser offers the agent's home site first and the counter's site to a
// substitute; signing out leaves no token in the keychain and "Changer d'agent" asks who comes.
// The keychain tests run inside .ci/with-keyring (GUICHET_TEST_KEYRING); elsewhere they skip,
// and fail under CI.
#include "CiEnvironment.h"
#include "TestStore.h"

#include "demo/DemoCity.h"
#include "repo/AgentRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "session/LoginDialog.h"
#include "session/SessionMenu.h"
#include "session/SessionRunner.h"
#include "core/Translations.h"
#include "sync/SyncSession.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace guichet;

namespace {

constexpr int kLongWaitMs = 150000;   // the keychain may take its time; a closed port answers at once

QString uniqueService()
{
    return QStringLiteral("guichet-uitest-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestStore> m_test;
    QString m_hdv;
    QString m_m3;
    LocalStore &store() { return m_test->store(); }

    bool needKeyring()
    {
        if (qEnvironmentVariableIsSet("GUICHET_TEST_KEYRING"))
            return true;
        if (test::runningInCi())
            qFatal("CI is set but GUICHET_TEST_KEYRING is not: run the tests through .ci/test");
        return false;
    }

    // Fills the dialog for a server that does not answer and asks to sign in; returns how many
    // times a 5 ms timer fired until the dialog had its answer.
    int signInToAClosedPort(LoginDialog &dialog)
    {
        child<QLineEdit>(dialog, "LoginServer")->setText(QStringLiteral("http://127.0.0.1:1"));
        child<QLineEdit>(dialog, "LoginName")->setText(QStringLiteral("agent.test"));
        child<QLineEdit>(dialog, "LoginPassword")->setText(QStringLiteral("not the password"));
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        auto *signIn = child<QPushButton>(dialog, "LoginSignIn");
        signIn->click();
        // Right after the click: working, not frozen, not twice.
        [&] {
            QVERIFY(dialog.isWaiting());
            QVERIFY(!signIn->isEnabled());
            QVERIFY(child<QProgressBar>(dialog, "LoginBusy")->isVisible());
            QVERIFY(child<QLabel>(dialog, "LoginBusyText")->text().contains(QStringLiteral("127.0.0.1")));
        }();
        if (QTest::currentTestFailed())
            return -1;
        signIn->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), kLongWaitMs); }();
        return ticks;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        m_test = std::make_unique<testing::TestStore>();
        DemoCity(store()).generate(DemoOptions{});
        m_hdv = SiteRepository(store()).byCode(QStringLiteral("HDV")).id;
        m_m3 = SiteRepository(store()).byCode(QStringLiteral("M3")).id;
    }

    void checksTheFieldsBeforeAskingTheServer()
    {
        SessionRunner runner(store(), uniqueService());
        LoginDialog dialog(store(), runner, m_hdv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(child<QLineEdit>(dialog, "LoginPassword")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLineEdit>(dialog, "LoginServer")->hasFocus());   // no server known yet
        auto *signIn = child<QPushButton>(dialog, "LoginSignIn");
        QCOMPARE(signIn->text(), QStringLiteral("Se connecter"));
        QCOMPARE(child<QPushButton>(dialog, "LoginCancel")->text(), QStringLiteral("Annuler"));

        signIn->click();
        QVERIFY(dialog.errorText().contains(QStringLiteral("adresse du serveur")));
        child<QLineEdit>(dialog, "LoginServer")->setText(QStringLiteral("http://guichet.ville.fr"));
        child<QLineEdit>(dialog, "LoginName")->setText(QStringLiteral("someone"));
        child<QLineEdit>(dialog, "LoginPassword")->setText(QStringLiteral("secret"));
        signIn->click();
        QVERIFY(dialog.errorText().contains(QStringLiteral("https://")));
        child<QLineEdit>(dialog, "LoginServer")->setText(QStringLiteral("guichet.ville.fr"));
        child<QLineEdit>(dialog, "LoginPassword")->clear();
        signIn->click();
        QVERIFY(dialog.errorText().contains(QStringLiteral("mot de passe")));
        QVERIFY(child<QLineEdit>(dialog, "LoginPassword")->hasFocus());
        QVERIFY(!dialog.isWaiting());
        QVERIFY(!runner.busy());
        QVERIFY(dialog.isVisible());
        for (const QWidget *field : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<const QLineEdit *>(field) || qobject_cast<const QComboBox *>(field))
                QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        }
    }

    void siteChooserOffersTheHomeSiteOrTheCounters()
    {
        SessionRunner runner(store(), uniqueService());
        LoginDialog dialog(store(), runner, m_m3);
        auto *site = child<QComboBox>(dialog, "LoginSite");
        QCOMPARE(site->count(), 1 + int(SiteRepository(store()).all().size()));
        QCOMPARE(site->currentIndex(), 0);
        QVERIFY(site->currentData().toString().isEmpty());   // the server picks the agent's home site

        const QList<Agent> atHdv = AgentRepository(store()).bySite(m_hdv);
        QVERIFY(!atHdv.isEmpty());
        child<QLineEdit>(dialog, "LoginName")->setText(atHdv.first().login);
        QCOMPARE(site->currentIndex(), 0);
        QVERIFY(site->currentText().contains(SiteRepository(store()).byId(m_hdv).name));

        const QList<Agent> pool = AgentRepository(store()).substitutePool();
        QVERIFY(!pool.isEmpty());
        child<QLineEdit>(dialog, "LoginName")->setText(pool.first().login);
        QCOMPARE(site->currentData().toString(), m_m3);   // where the counter is
    }

    void prefillsTheLastServer()
    {
        SyncStateRepository(store()).setValue(SyncStateRepository::ServerUrl, QStringLiteral("https://guichet.example"));
        SessionRunner runner(store(), uniqueService());
        LoginDialog dialog(store(), runner, m_hdv);
        QCOMPARE(child<QLineEdit>(dialog, "LoginServer")->text(), QStringLiteral("https://guichet.example"));
        SyncStateRepository(store()).setValue(SyncStateRepository::ServerUrl, QStringLiteral(""));
    }

    // Without a keychain the sign-in stops at the keychain, with a keychain at the closed port:
    // either way an error, the dialog open, the window alive all along.
    void aFailedSignInKeepsTheDialogOpenAndTheWindowAlive()
    {
        SessionRunner runner(store(), uniqueService());
        QSignalSpy finished(&runner, &SessionRunner::loginFinished);
        LoginDialog dialog(store(), runner, m_hdv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const int ticks = signInToAClosedPort(dialog);
        QCOMPARE(finished.count(), 1);   // the second click was ignored
        QVERIFY2(ticks > 0, "the window's timers did not run during the sign-in");
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.outcome().ok);
        QVERIFY(!dialog.errorText().isEmpty());
        qInfo("refusal shown: %s", qPrintable(dialog.errorText()));
        QVERIFY(child<QPushButton>(dialog, "LoginSignIn")->isEnabled());
        QVERIFY(!child<QProgressBar>(dialog, "LoginBusy")->isVisible());
        QVERIFY(SyncStateRepository(store()).value(SyncStateRepository::ServerUrl).isEmpty());
    }

    void anUnreachableServerIsSaid()
    {
        if (!needKeyring())
            QSKIP("needs a keychain of its own (GUICHET_TEST_KEYRING): run through .ci/with-keyring");
        SessionRunner runner(store(), uniqueService());
        LoginDialog dialog(store(), runner, m_hdv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const int ticks = signInToAClosedPort(dialog);
        QVERIFY(ticks > 0);
        QCOMPARE(dialog.outcome().error, QStringLiteral("offline"));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("ne répond pas")), qPrintable(dialog.errorText()));
        QVERIFY(child<QLineEdit>(dialog, "LoginServer")->hasFocus());
        // Usable again: a second try is asked and answered the same way.
        child<QPushButton>(dialog, "LoginSignIn")->click();
        QVERIFY(dialog.isWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), kLongWaitMs);
        QCOMPARE(dialog.outcome().error, QStringLiteral("offline"));
        QVERIFY(dialog.isVisible());
    }

    // A server that takes the connection and says nothing: the agent keeps typing elsewhere in the
    // window while the dialog waits; when the connection drops, the dialog says so.
    void aSilentServerDoesNotFreezeTheWindow()
    {
        if (!needKeyring())
            QSKIP("needs a keychain of its own (GUICHET_TEST_KEYRING): run through .ci/with-keyring");
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        bool dropping = false;   // then every connection, the client's retries too, is cut at once
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                held << socket;
                if (dropping)
                    socket->abort();
            }
        });
        QLineEdit elsewhere;   // another field of the window, say the visitor's name
        elsewhere.show();
        SessionRunner runner(store(), uniqueService());
        LoginDialog dialog(store(), runner, m_hdv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QLineEdit>(dialog, "LoginServer")->setText(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        child<QLineEdit>(dialog, "LoginName")->setText(QStringLiteral("agent.test"));
        child<QLineEdit>(dialog, "LoginPassword")->setText(QStringLiteral("secret"));
        child<QPushButton>(dialog, "LoginSignIn")->click();
        QTRY_VERIFY(!held.isEmpty());   // the request reached the server, which keeps quiet
        QTest::keyClicks(&elsewhere, QStringLiteral("DUPONT"));
        QCOMPARE(elsewhere.text(), QStringLiteral("DUPONT"));
        QTest::qWait(300);
        QVERIFY(dialog.isWaiting());
        QVERIFY(!child<QPushButton>(dialog, "LoginSignIn")->isEnabled());
        dropping = true;
        for (QTcpSocket *socket : std::as_const(held))
            socket->abort();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), 10000);
        QCOMPARE(dialog.outcome().error, QStringLiteral("offline"));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QPushButton>(dialog, "LoginSignIn")->isEnabled());
    }

    void signingOutLeavesNoTokenAndChangeAgentAsksWhoComes()
    {
        if (!needKeyring())
            QSKIP("needs a keychain of its own (GUICHET_TEST_KEYRING): run through .ci/with-keyring");
        const QString service = uniqueService();
        TokenStore tokens(service);
        QString deviceId;
        {
            QNetworkAccessManager nam;
            deviceId = SyncSession(store(), tokens, nam).deviceId();
        }
        const QString key = TokenStore::keyFor(deviceId);
        QString error;
        QVERIFY2(tokens.write(key, QStringLiteral("token-of-the-morning-agent"), &error), qPrintable(error));
        const SyncStateRepository state(store());
        state.setValue(SyncStateRepository::ServerUrl, QStringLiteral("http://127.0.0.1:1"));
        state.setValue(SyncStateRepository::AgentLogin, QStringLiteral("matin"));
        state.setValue(SyncStateRepository::CurrentAgent, QStringLiteral("agent-matin"));

        QWidget window;
        SessionMenu session(store(), &window, service);
        QVERIFY(session.signOutAction()->isEnabled());
        QSignalSpy signedOut(&session, &SessionMenu::signedOut);
        session.switchAgentAction()->trigger();
        QVERIFY(!session.signOutAction()->isEnabled());   // one thing at a time
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kLongWaitMs);
        QVERIFY(!tokens.read(key, &error).has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(state.value(SyncStateRepository::AgentLogin).isEmpty());
        QVERIFY(state.value(SyncStateRepository::CurrentAgent).isEmpty());
        // The next agent is asked for, with an empty login and the server kept.
        LoginDialog *dialog = session.loginDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QLineEdit>(*dialog, "LoginName")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(*dialog, "LoginServer")->text(), QStringLiteral("http://127.0.0.1:1"));
        dialog->reject();
        state.setValue(SyncStateRepository::ServerUrl, QStringLiteral(""));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
