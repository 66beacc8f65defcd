// The counter window's side of sync, offscreen and in French: the status line says what the sync
// worker says (standalone, signed out, online, syncing, offline with the next try, error with the
// whole message in the tooltip, N waiting, N to handle, last sync in Paris time); the "À traiter"
// list shows the changes the server refused (recorded the way a pull records them), "Réessayer"
// queues the change again and "Abandonner la modification" lets it go after a confirmation; the
// Session menu's shortcuts open the sign-in dialog and the list.
#include "TestStore.h"

#include "conflicts/ToHandleDialog.h"
#include "demo/DemoCity.h"
#include "itemmodels/ConflictListModel.h"
#include "itemmodels/SyncLabels.h"
#include "repo/AppointmentRepository.h"
#include "repo/ConflictRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "session/LoginDialog.h"
#include "session/SessionMenu.h"
#include "shell/CounterStatusBar.h"
#include "shell/MainWindow.h"
#include "core/Translations.h"
#include "store/Sql.h"
#include "sync/PullPageApplier.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace guichet;

namespace {

QString labelText(const QWidget &bar, const char *name)
{
    const auto *label = bar.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// The record as this counter holds it: what a server that refused the change would send back.
QJsonObject recordOf(LocalStore &store, const QString &entity, const QString &id)
{
    QSqlQuery q = sql::exec(store.connection(), QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(entity), {id});
    QJsonObject record;
    if (q.next()) {
        const QSqlRecord row = q.record();
        for (int i = 0; i < row.count(); ++i)
            record.insert(row.fieldName(i), QJsonValue::fromVariant(row.value(i)));
    }
    return record;
}

// Clicks, in the next modal message box, the button with `role`.
void answerNextMessageBox(QMessageBox::ButtonRole role, bool *answered)
{
    QTimer::singleShot(50, qApp, [role, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                *answered = true;
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestStore> m_test;
    QString m_hdv;
    QStringList m_booked;   // today's booked appointments at the Hôtel de Ville, not used yet
    LocalStore &store() { return m_test->store(); }

    // Checks a booked appointment in, then has the server refuse that change (as a pull page does).
    QString refuseACheckIn(const QString &reason)
    {
        const QString id = m_booked.takeFirst();
        AppointmentRepository(store()).setStatus(id, Appointment::Status::CheckedIn, QString());
        const QList<Mutation> queued = OutboxRepository(store()).pending(100);
        const Mutation m = queued.constLast();
        protocol::Rejection r;
        r.seq = m.seq;
        r.mutationId = m.mutationId;
        r.entity = m.entity;
        r.entityId = m.entityId;
        r.operation = Mutation::operationName(m.operation);
        r.payload = m.payload;
        r.reason = reason;
        r.message = QStringLiteral("refused by the test server (%1)").arg(reason);
        QJsonObject server = recordOf(store(), QStringLiteral("appointments"), id);
        server.insert(QStringLiteral("status"), QStringLiteral("booked"));
        server.insert(QStringLiteral("version"), server.value(QLatin1String("version")).toInteger() + 1);
        r.record = server;
        protocol::PullPage page;
        page.epoch = QStringLiteral("epoch-test");
        page.nextCursor = m.seq;
        page.deviceLastSeq = m.seq;
        page.rejected << r;
        PullPageApplier(store()).apply(page);
        return m.mutationId;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        m_test = std::make_unique<testing::TestStore>();
        DemoCity(store()).generate(DemoOptions{});
        m_hdv = SiteRepository(store()).byCode(QStringLiteral("HDV")).id;
        const QDate today = m_test->clock().todayIn(defaultTimeZone());
        for (const Appointment &a : AppointmentRepository(store()).dayOfSite(m_hdv, today))
            if (a.status == Appointment::Status::Booked)
                m_booked << a.id;
        QVERIFY2(m_booked.size() >= 8, "the demo has too few booked appointments today at the Hôtel de Ville");
    }

    void cleanup()
    {
        for (const SyncConflict &c : ConflictRepository(store()).openConflicts())
            ConflictRepository(store()).dismiss(c.mutationId);
    }

    void statusBarSaysWhatTheWorkerSays()
    {
        CounterStatusBar bar(store());
        // Nothing heard from a worker, no server configured: the local store alone.
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Hors ligne (stockage local seul)"));
        QCOMPARE(labelText(bar, "StatusLastSync"), QStringLiteral("Dernière synchronisation : jamais"));

        const QDateTime now = m_test->clock().nowUtc();   // 08:00 UTC = 09:00 in Paris
        SyncStatus status;
        status.state = SyncStatus::State::Standalone;
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Hors ligne (stockage local seul)"));
        status.state = SyncStatus::State::SignedOut;
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Non connecté"));
        QVERIFY(bar.findChild<QLabel *>(QStringLiteral("StatusConnection"))->toolTip().contains(QStringLiteral("Ctrl+L")));
        status.state = SyncStatus::State::Online;
        status.lastSuccess = now.addSecs(-15 * 60);
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("En ligne"));
        QCOMPARE(labelText(bar, "StatusLastSync"), QStringLiteral("Dernière synchronisation : 08:45"));
        status.state = SyncStatus::State::Syncing;
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Synchronisation…"));
        status.state = SyncStatus::State::Offline;
        status.message = QStringLiteral("no answer from guichet.example: Connection refused");
        status.nextAttempt = now.addSecs(34);
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Hors ligne – nouvel essai à 09:00:34"));
        QVERIFY(bar.findChild<QLabel *>(QStringLiteral("StatusConnection"))->toolTip().contains(status.message));

        status.state = SyncStatus::State::Error;
        status.message = QStringLiteral("HTTP 500 from the server");
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Erreur de synchronisation : HTTP 500 from the server"));
        const QString longMessage = QStringLiteral("the server's answer is not Guichet's JSON (text/html, 5120 bytes: "
                                                   "illegal value) behind the city's proxy at the Hôtel de Ville");
        status.message = longMessage;
        bar.setSyncStatus(status);
        const QLabel *connection = bar.findChild<QLabel *>(QStringLiteral("StatusConnection"));
        QVERIFY(connection->text().startsWith(QStringLiteral("Erreur de synchronisation : the server's answer")));
        QVERIFY(connection->text().endsWith(QChar(0x2026)));
        QVERIFY(connection->toolTip().contains(longMessage));
        QVERIFY(connection->toolTip().contains(QStringLiteral("09:00:34")));

        // Counts and last sync: the worker's, in French, with the plural.
        status.waiting = 3;
        status.toHandle = 0;
        status.lastSuccess = QDateTime(QDate(2026, 11, 22), QTime(16, 5), Qt::UTC);   // yesterday 17:05 in Paris
        bar.setSyncStatus(status);
        QCOMPARE(labelText(bar, "StatusWaiting"), QStringLiteral("3 en attente d'envoi"));
        QVERIFY(labelText(bar, "StatusLastSync").startsWith(QStringLiteral("Dernière synchronisation : 22/11/2026")));
        QVERIFY(labelText(bar, "StatusLastSync").endsWith(QStringLiteral("17:05")));
        auto *toHandle = bar.findChild<QToolButton *>(QStringLiteral("StatusToHandle"));
        QVERIFY(toHandle);
        QVERIFY(toHandle->isHidden());
        status.toHandle = 2;
        bar.setSyncStatus(status);
        QVERIFY(!toHandle->isHidden());
        QCOMPARE(toHandle->text(), QStringLiteral("2 à traiter"));
        status.toHandle = 1;
        bar.setSyncStatus(status);
        QCOMPARE(toHandle->text(), QStringLiteral("1 à traiter"));
        QSignalSpy requested(&bar, &CounterStatusBar::toHandleRequested);
        toHandle->click();
        QCOMPARE(requested.count(), 1);

        // Every field says what it is to a screen reader.
        for (const QWidget *field : bar.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (qobject_cast<const QLabel *>(field) || qobject_cast<const QToolButton *>(field))
                QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        }
    }

    void statusBarWithoutWorkerOnACounterThatSyncs()
    {
        SyncStateRepository(store()).setValue(SyncStateRepository::ServerUrl, QStringLiteral("https://guichet.example"));
        {
            CounterStatusBar bar(store());
            QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Synchronisation arrêtée"));
            SyncStatus status;
            status.state = SyncStatus::State::SignedOut;
            bar.setSyncStatus(status);
            QCOMPARE(labelText(bar, "StatusConnection"), QStringLiteral("Non connecté"));
        }
        SyncStateRepository(store()).setValue(SyncStateRepository::ServerUrl, QStringLiteral(""));
    }

    void statusBarCountsRefusalsFromTheStore()
    {
        CounterStatusBar bar(store());
        QCOMPARE(bar.toHandleCount(), 0);
        refuseACheckIn(QStringLiteral("stale_version"));
        QCOMPARE(bar.toHandleCount(), 1);
        QCOMPARE(bar.findChild<QToolButton *>(QStringLiteral("StatusToHandle"))->text(), QStringLiteral("1 à traiter"));
    }

    void toHandleListsTheRefusals()
    {
        const QString full = refuseACheckIn(QStringLiteral("slot_full"));
        const QString stale = refuseACheckIn(QStringLiteral("stale_version"));
        ToHandleDialog dialog(store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.list()->currentIndex().row(), 0);
        QVERIFY(dialog.list()->hasFocus());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("ToHandleCount"))->text().startsWith(QStringLiteral("2 modifications")));
        const auto cell = [&](int row, int column) { return dialog.model()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ConflictListModel::ReasonColumn), SyncLabels::reason(QStringLiteral("slot_full")));
        QCOMPARE(cell(1, ConflictListModel::WayForwardColumn), SyncLabels::wayForward(QStringLiteral("stale_version")));
        QVERIFY(!cell(0, ConflictListModel::WhatColumn).isEmpty());
        QVERIFY(!cell(0, ConflictListModel::WhenColumn).isEmpty());
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("ToHandleDetails"))->text();
        QVERIFY(details.contains(SyncLabels::wayForward(QStringLiteral("slot_full"))));
        QVERIFY(details.contains(QStringLiteral("refused by the test server (slot_full)")));
        QVERIFY(dialog.retryButton()->isEnabled());
        QVERIFY(!dialog.list()->accessibleName().isEmpty());
        QVERIFY(!dialog.retryButton()->text().isEmpty());
        // The list follows the store: another refusal appears at once.
        refuseACheckIn(QStringLiteral("forbidden"));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.list()->currentIndex().data(ConflictListModel::MutationIdRole).toString(), full);
        Q_UNUSED(stale);
    }

    void retryQueuesTheChangeAgainAndRemovesTheRow()
    {
        const QString first = refuseACheckIn(QStringLiteral("stale_version"));
        const QString second = refuseACheckIn(QStringLiteral("slot_full"));
        const int outboxBefore = OutboxRepository(store()).count();
        ToHandleDialog dialog(store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const SyncConflict conflict = dialog.model()->conflictAt(0);
        QCOMPARE(conflict.mutationId, first);
        QSignalSpy messages(&dialog, &ToHandleDialog::statusMessage);
        // Keyboard: Alt+R is "&Réessayer".
        QCOMPARE(dialog.retryButton()->text(), QStringLiteral("&Réessayer"));
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(OutboxRepository(store()).count(), outboxBefore + 1);   // a mnemonic "animates" the click
        const Mutation queued = OutboxRepository(store()).pending(100).constLast();
        QCOMPARE(queued.entity, conflict.entity);
        QCOMPARE(queued.entityId, conflict.entityId);
        QVERIFY(queued.mutationId != first);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->conflictAt(0).mutationId, second);
        QCOMPARE(dialog.list()->currentIndex().row(), 0);   // the next one is ready to handle
        QCOMPARE(ConflictRepository(store()).openCount(), 1);
        QCOMPARE(messages.count(), 1);
    }

    void dismissAsksFirstThenRemovesTheRow()
    {
        const QString id = refuseACheckIn(QStringLiteral("forbidden"));
        const int outboxBefore = OutboxRepository(store()).count();
        ToHandleDialog dialog(store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 1);

        bool answered = false;
        answerNextMessageBox(QMessageBox::RejectRole, &answered);   // "Garder"
        dialog.dismissButton()->click();
        QVERIFY(answered);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(ConflictRepository(store()).openCount(), 1);

        answered = false;
        answerNextMessageBox(QMessageBox::DestructiveRole, &answered);   // "Abandonner la modification"
        dialog.dismissButton()->click();
        QVERIFY(answered);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(ConflictRepository(store()).openCount(), 0);
        QCOMPARE(OutboxRepository(store()).count(), outboxBefore);   // nothing sent
        QVERIFY(!dialog.retryButton()->isEnabled());
        QVERIFY(!dialog.dismissButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("ToHandleCount"))->text().startsWith(QStringLiteral("Rien à traiter")));
        Q_UNUSED(id);
    }

    void windowOpensTheListAndTheSignIn()
    {
        refuseACheckIn(QStringLiteral("slot_full"));
        MainWindow window(UiContext{store(), m_test->clock(), m_hdv, QString()});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *toHandle = window.counterStatusBar()->findChild<QToolButton *>(QStringLiteral("StatusToHandle"));
        QVERIFY(!toHandle->isHidden());
        toHandle->click();
        QVERIFY(window.toHandleDialog()->isVisible());
        window.toHandleDialog()->close();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.toHandleDialog()->isVisible());
        window.toHandleDialog()->close();

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.sessionMenu()->signOutAction()->isEnabled());   // nobody signed in to a server
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.sessionMenu()->loginDialog() != nullptr);
        LoginDialog *login = window.sessionMenu()->loginDialog();
        QTRY_VERIFY(login->isVisible());
        QCOMPARE(login->windowTitle(), QStringLiteral("Connexion au serveur"));
        login->reject();
        QTRY_VERIFY(window.sessionMenu()->loginDialog() == nullptr);   // closed and deleted
    }

    void signingInSetsTheAgentEverywhere()
    {
        MainWindow window(UiContext{store(), m_test->clock(), m_hdv, QString()});
        const QStringList before = [&] {
            QStringList texts;
            for (const QLabel *label : window.counterStatusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts;
        }();
        QVERIFY(before.contains(QStringLiteral("Agent : non connecté")));
        window.setAgent(QStringLiteral("agent-unknown-here"), QStringLiteral("Nouvel AGENT"));
        QCOMPARE(window.agentId(), QStringLiteral("agent-unknown-here"));
        QCOMPARE(labelText(*window.counterStatusBar(), "StatusAgent"), QStringLiteral("Agent : Nouvel AGENT"));
        window.setAgent(QString());
        QCOMPARE(labelText(*window.counterStatusBar(), "StatusAgent"), QStringLiteral("Agent : non connecté"));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
