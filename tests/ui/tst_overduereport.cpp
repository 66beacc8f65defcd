// "Overdue requests by service" offscreen: a supervisor (or an administrator) gets the services
// with their overdue requests and a totals line, opens a service and a request with the keyboard
// only (Enter emits requestActivated, the dialog stays), double-clicks one too, and keeps their
// place when requests change; an agent is refused in words and sees no request.
#include "TestStore.h"
#include "itemmodels/OverdueByServiceModel.h"
#include "requests/OverdueReportDialog.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace guichet;
using guichet::testing::TestStore;
using Model = OverdueByServiceModel;

namespace {

void insertAgent(LocalStore &store, const QString &id, const QString &role)
{
    sql::exec(store.connection(),
              QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES (?, ?, ?, ?, "
                             "'2026-11-01T08:00:00.000Z')"),
              {id, id, QStringLiteral("Agent ") + id, role});
}

// TestStore's today: Monday 23 November 2026.
void insertRequest(LocalStore &store, const QString &id, const QString &service, const QString &due)
{
    sql::exec(store.connection(),
              QStringLiteral("INSERT INTO requests (id, reference, channel, requester_name, subject, "
                             "competent_service, status, due_date, created_at, version, updated_at) VALUES (?, ?, "
                             "'mail', ?, ?, ?, 'in_progress', ?, '2026-10-01T08:00:00Z', 1, "
                             "'2026-10-01T08:00:00.000Z')"),
              {id, QStringLiteral("REF-") + id.toUpper(), QStringLiteral("Usager ") + id,
               QStringLiteral("Objet ") + id, service, due});
}

void pressEnter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace

class TestOverdueReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    LocalStore &store() { return m_test->store(); }
    UiContext contextFor(const QString &agentId) { return UiContext{store(), m_test->clock(), QString(), agentId}; }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        Transaction transaction(store().connection());
        insertAgent(store(), QStringLiteral("sup"), QStringLiteral("supervisor"));
        insertAgent(store(), QStringLiteral("adm"), QStringLiteral("admin"));
        insertAgent(store(), QStringLiteral("agt"), QStringLiteral("agent"));
        insertRequest(store(), QStringLiteral("v1"), QStringLiteral("Voirie"), QStringLiteral("2026-11-10"));
        insertRequest(store(), QStringLiteral("v2"), QStringLiteral("Voirie"), QStringLiteral("2026-11-20"));
        insertRequest(store(), QStringLiteral("c1"), QStringLiteral("CCAS"), QStringLiteral("2026-11-19"));
        insertRequest(store(), QStringLiteral("f1"), QStringLiteral("CCAS"), QStringLiteral("2026-12-10"));
        transaction.commit();
    }

    void rolesThatMayOpenIt()
    {
        QVERIFY(OverdueReportDialog::allowedFor(Agent::Role::Supervisor));
        QVERIFY(OverdueReportDialog::allowedFor(Agent::Role::Admin));
        QVERIFY(!OverdueReportDialog::allowedFor(Agent::Role::Agent));
        QVERIFY(OverdueReportDialog::allowedFor(store(), QStringLiteral("sup")));
        QVERIFY(OverdueReportDialog::allowedFor(store(), QStringLiteral("adm")));
        QVERIFY(!OverdueReportDialog::allowedFor(store(), QStringLiteral("agt")));
        QVERIFY(!OverdueReportDialog::allowedFor(store(), QStringLiteral("nobody")));
        QVERIFY(!OverdueReportDialog::allowedFor(store(), QString()));
    }

    void supervisorOpensARequestWithTheKeyboard()
    {
        OverdueReportDialog dialog(contextFor(QStringLiteral("sup")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isAllowed());
        QVERIFY(dialog.refusal() == nullptr);
        QTreeView *view = dialog.view();
        QVERIFY(view);
        QVERIFY(!view->accessibleName().isEmpty());
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(dialog.totals()->text().contains(QLatin1String("3 overdue request(s)")));
        QVERIFY(dialog.totals()->text().contains(QLatin1String("2 service(s)")));
        QVERIFY(dialog.totals()->text().contains(QLatin1String("8 working day(s)")));

        QSignalSpy activated(&dialog, &OverdueReportDialog::requestActivated);
        // The first service is current: Enter opens it (no request yet), Down goes to its first request.
        QCOMPARE(view->currentIndex().data(Model::ServiceRole).toString(), QStringLiteral("Voirie"));
        QVERIFY(!view->isExpanded(view->currentIndex()));
        pressEnter(view);
        QVERIFY(view->isExpanded(view->model()->index(0, 0)));
        QCOMPARE(activated.count(), 0);
        QVERIFY(dialog.isVisible()); // Enter did not close the dialog
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(dialog.currentRequestId(), QStringLiteral("v1")); // the most late first
        pressEnter(view);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("v1"));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("v2"));

        // Down to the next service, Right opens it, Down, then a double-click on that request.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(Model::ServiceRole).toString(), QStringLiteral("CCAS"));
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(dialog.currentRequestId(), QStringLiteral("c1"));
        const QRect rect = view->visualRect(view->currentIndex());
        // A real double-click: press and release, then the second press (QTreeView wants the first).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(activated.count(), 2); // a single click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("c1"));

        // Escape closes it.
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void keepsItsPlaceWhenRequestsChange()
    {
        OverdueReportDialog dialog(contextFor(QStringLiteral("adm")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeView *view = dialog.view();
        view->setExpanded(view->model()->index(1, 0), true); // CCAS
        view->setCurrentIndex(dialog.model()->requestIndex(QStringLiteral("c1")));
        QCOMPARE(dialog.currentRequestId(), QStringLiteral("c1"));

        insertRequest(store(), QStringLiteral("c2"), QStringLiteral("CCAS"), QStringLiteral("2026-11-02"));
        insertRequest(store(), QStringLiteral("c3"), QStringLiteral("CCAS"), QStringLiteral("2026-11-03"));
        store().notifyChanged(QStringLiteral("requests"));
        // CCAS now has the most: it moved up, still open, the same request current.
        QCOMPARE(view->model()->index(0, 0).data(Model::ServiceRole).toString(), QStringLiteral("CCAS"));
        QVERIFY(view->isExpanded(view->model()->index(0, 0)));
        QVERIFY(!view->isExpanded(view->model()->index(1, 0)));
        QCOMPARE(dialog.currentRequestId(), QStringLiteral("c1"));
        QVERIFY(dialog.totals()->text().contains(QLatin1String("5 overdue request(s)")));
        sql::exec(store().connection(), QStringLiteral("DELETE FROM requests WHERE id IN ('c2', 'c3')"));
        store().notifyChanged(QStringLiteral("requests"));
    }

    void agentIsRefused()
    {
        OverdueReportDialog dialog(contextFor(QStringLiteral("agt")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isAllowed());
        QVERIFY(dialog.view() == nullptr);
        QVERIFY(dialog.model() == nullptr);
        QVERIFY(dialog.findChildren<QTreeView *>().isEmpty()); // no request is shown, none read
        QVERIFY(dialog.refusal());
        QCOMPARE(dialog.refusal()->text(), OverdueReportDialog::refusalText());
        QVERIFY(dialog.refusal()->text().contains(QLatin1String("supervisor")));
        QVERIFY(!dialog.refusal()->accessibleName().isEmpty());
        // Enter or Escape closes it.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());

        // Nobody signed in: refused the same way.
        OverdueReportDialog nobody(contextFor(QString()));
        QVERIFY(!nobody.isAllowed());
    }
};

QTEST_MAIN(TestOverdueReport)
#include "tst_overduereport.moc"
