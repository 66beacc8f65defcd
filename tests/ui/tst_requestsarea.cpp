// The Requests area, offscreen: the list shows the requests, the global search filters it
// (debounced), selecting a request shows its details and history, and "Add the note" writes the
// note and its outbox mutation.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "itemmodels/RequestEventModel.h"
#include "itemmodels/RequestListModel.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "requests/OnlineSearchDialog.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestsArea.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

class TestRequestsArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_site;
    QString m_agent;
    LocalStore &store() { return m_test->store(); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        m_site = context.idFor(QStringLiteral("site"), QStringLiteral("HDV"));
        sql::exec(
            store().connection(),
            QStringLiteral(
                "INSERT INTO sites (id, code, name, kind, updated_at) VALUES (?, 'HDV', 'Hôtel de Ville', "
                "'hotel_de_ville', ?)"),
            {m_site, context.stamp});
        m_agent = context.idFor(QStringLiteral("agent"), QStringLiteral("1"));
        sql::exec(store().connection(),
                  QStringLiteral(
                      "INSERT INTO agents (id, login, display_name, role, updated_at) VALUES (?, 'camille', "
                      "'Camille Agent', 'agent', ?)"),
                  {m_agent, context.stamp});
        context.siteIds << m_site;
        context.siteIdByCode.insert(QStringLiteral("HDV"), m_site);
        context.agentIds << m_agent;
        generateRequests(context);
        transaction.commit();
    }

    void listShowsRequestsAndSelectionShowsTimeline()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        area.resize(1200, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.areaKey(), QStringLiteral("requests"));
        QTableView *list = area.list();
        QVERIFY(list->model()->rowCount() >= RequestListModel::kPageSize);
        QVERIFY(!list->accessibleName().isEmpty());

        area.focusPrimary();
        QVERIFY(list->hasFocus());
        QVERIFY(list->currentIndex().isValid());
        list->setCurrentIndex(list->model()->index(3, 0));
        const QString id = list->currentIndex().data(RequestListModel::IdRole).toString();
        QCOMPARE(area.detail()->requestId(), id);
        const auto request = RequestRepository(store()).get(id);
        QCOMPARE(area.detail()->timeline()->model()->rowCount(), int(request->events.size()));
        const QList<QLabel *> labels = area.detail()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](QLabel *l) { return l->text().contains(request->reference); }));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](QLabel *l) { return l->text() == request->requesterName; }));

        // Keyboard: Down moves to the next request.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 4);
        QCOMPARE(area.detail()->requestId(), list->currentIndex().data(RequestListModel::IdRole).toString());
    }

    void searchFiltersAsYouType()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        area.show();
        const Request target = RequestRepository(store()).recent(1, 321).first();
        area.search(target.reference.left(4));
        area.search(target.reference);
        // Debounced: nothing changes at once, then only the matching request is left.
        QVERIFY(area.list()->model()->rowCount() > 1);
        QTRY_COMPARE(area.list()->model()->rowCount(), 1);
        QCOMPARE(area.list()->model()->index(0, 0).data(RequestListModel::IdRole).toString(), target.id);
        QCOMPARE(area.detail()->requestId(), target.id);
        area.search(QStringLiteral("no such requester zzz"));
        QTRY_COMPARE(area.list()->model()->rowCount(), 0);
        area.search({});
        QTRY_VERIFY(area.list()->model()->rowCount() >= RequestListModel::kPageSize);
        QVERIFY(!area.searchPlaceholder().isEmpty());
    }

    void aDraftNoteStaysWithItsRequest()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        area.list()->setCurrentIndex(area.list()->model()->index(2, 0));
        QPlainTextEdit *note = area.detail()->noteEdit();
        note->setPlainText(QStringLiteral("La requérante reviendra jeudi."));
        const auto notesWaiting = [this] {
            return sql::scalar(store().connection(),
                               QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'request_events'"))
                .toInt();
        };
        const int outbox = notesWaiting();
        area.list()->setCurrentIndex(area.list()->model()->index(4, 0));
        QVERIFY2(note->toPlainText().isEmpty(), "a draft followed the agent to another request");
        QVERIFY(!area.detail()->addNoteButton()->isEnabled());
        area.list()->setCurrentIndex(area.list()->model()->index(2, 0));
        QCOMPARE(note->toPlainText(), QStringLiteral("La requérante reviendra jeudi."));
        QCOMPARE(notesWaiting(), outbox);
    }

    void actionsFollowTheAgentsRole()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        QVERIFY(area.newRequestAction()->isEnabled());
        QCOMPARE(area.newRequestAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY2(!area.overdueAction()->isEnabled(), "an agent is offered the supervisors' overdue view");
        const QString supervisor = QStringLiteral("agent-supervisor-area");
        sql::exec(store().connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES (?, 'sophie', "
                                 "'Sophie Superviseure', 'supervisor', '2026-01-01T00:00:00.000Z')"),
                  {supervisor});
        area.setAgent(supervisor);
        QVERIFY(area.overdueAction()->isEnabled());
        area.setAgent(m_agent);
        QVERIFY(!area.overdueAction()->isEnabled());
    }

    void showRequestClearsAFilterThatHidesIt()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        area.show();
        const Request target = RequestRepository(store()).recent(1, 42).first();
        area.search(QStringLiteral("no such requester zzz"));
        QTRY_COMPARE(area.list()->model()->rowCount(), 0);
        area.showRequest(target.id);
        QCOMPARE(area.detail()->requestId(), target.id);
        QVERIFY(area.list()->model()->rowCount() > 0);
        QCOMPARE(area.list()->currentIndex().data(RequestListModel::IdRole).toString(), target.id);
    }

    void onlineSearchWithoutAServerSaysSo()
    {
        // This store never signed in: the dialog says the server could not be searched, writes nothing.
        const int outbox = OutboxRepository(store()).count();
        OnlineSearchDialog dialog(UiContext{store(), m_test->clock(), m_site, m_agent}, QStringLiteral("DUPONT"));
        QSignalSpy finished(&dialog, &OnlineSearchDialog::searchFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.results()->rowCount(), 0);
        QVERIFY(dialog.status()->text().contains(QStringLiteral("server could not be searched")));
        QCOMPARE(OutboxRepository(store()).count(), outbox);
    }

    void addNoteWritesOutbox()
    {
        RequestsArea area(UiContext{store(), m_test->clock(), m_site, m_agent});
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.list()->setCurrentIndex(area.list()->model()->index(7, 0));
        const QString id = area.detail()->requestId();
        QVERIFY(!id.isEmpty());
        QPlainTextEdit *note = area.detail()->noteEdit();
        QPushButton *add = area.detail()->addNoteButton();
        QVERIFY(!add->isEnabled());
        const int events = area.detail()->timeline()->model()->rowCount();
        const int outbox = OutboxRepository(store()).count();
        QSignalSpy status(&area, &Area::statusMessage);

        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Passed by the counter; "));
        note->insertPlainText(QStringLiteral("informée du délai."));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);

        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        QCOMPARE(area.detail()->timeline()->model()->rowCount(), events + 1);
        const QAbstractItemModel *timeline = area.detail()->timeline()->model();
        QCOMPARE(timeline->index(events, RequestEventModel::TextColumn).data().toString(),
                 QStringLiteral("Passed by the counter; informée du délai."));
        QCOMPARE(timeline->index(events, RequestEventModel::AgentColumn).data().toString(),
                 QStringLiteral("Camille Agent"));
        QVERIFY(note->toPlainText().isEmpty());
        QCOMPARE(status.count(), 1);
        // The list reloaded without losing the selected request.
        QCOMPARE(area.detail()->requestId(), id);
        QCOMPARE(area.list()->currentIndex().data(RequestListModel::IdRole).toString(), id);

        // Ctrl+Enter adds a note too.
        QTest::keyClicks(note, QStringLiteral("Second passage."));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 2);
    }
};

QTEST_MAIN(TestRequestsArea)
#include "tst_requestsarea.moc"
