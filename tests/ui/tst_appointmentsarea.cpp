// The appointments area offscreen: the day's rows of a demo site, check-in and no-show through
// buttons and shortcuts (status changed, one outbox row each), day navigation, search, details.
#include "AppointmentDemoFixture.h"
#include "TestStore.h"
#include "appointments/AppointmentsArea.h"
#include "itemmodels/AppointmentDayModel.h"
#include "repo/AgentRepository.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

class TestAppointmentsArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_hdv;
    QString m_agent;
    const QDate m_today{2026, 11, 23};

    std::unique_ptr<AppointmentsArea> makeArea()
    {
        auto area =
            std::make_unique<AppointmentsArea>(UiContext{m_test->store(), m_test->clock(), m_hdv, m_agent});
        area->resize(1200, 700);
        area->show();
        area->activateWindow();
        if (!QTest::qWaitForWindowExposed(area.get()))
            qWarning("window not exposed");
        return area;
    }
    static QTableView *table(AppointmentsArea &area) { return area.findChild<QTableView *>(); }
    static QPushButton *button(AppointmentsArea &area, const QString &name)
    {
        for (QPushButton *b : area.findChildren<QPushButton *>())
            if (b->accessibleName() == name)
                return b;
        return nullptr;
    }
    int rowWithStatus(QTableView *view, const QString &status)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(AppointmentDayModel::StatusRole).toString() == status)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(m_test->store());
        m_hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        m_agent = AgentRepository(m_test->store()).byLogin(QStringLiteral("cmartin")).id;
    }

    void showsTheDayOfTheSite()
    {
        auto area = makeArea();
        QCOMPARE(area->date(), m_today);
        QTableView *view = table(*area);
        QVERIFY(view != nullptr);
        QCOMPARE(view->model()->rowCount(),
                 AppointmentRepository(m_test->store()).dayOfSite(m_hdv, m_today).size());
        QVERIFY(view->model()->rowCount() > 0);
        bool siteShown = false;
        for (QLabel *label : area->findChildren<QLabel *>())
            siteShown = siteShown || label->text() == QStringLiteral("Hôtel de Ville");
        QVERIFY(siteShown);
        area->focusPrimary();
        QVERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid());
        // Every button and the table carry an accessible name.
        for (QPushButton *b : area->findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        QVERIFY(!view->accessibleName().isEmpty());
        QCOMPARE(area->areaKey(), QStringLiteral("appointments"));
        QVERIFY(!area->searchPlaceholder().isEmpty());
    }

    void checkInWithTheButtonAndNoShowWithTheKeyboard()
    {
        auto area = makeArea();
        QTableView *view = table(*area);
        OutboxRepository outbox(m_test->store());
        const int before = outbox.count();

        int row = rowWithStatus(view, QStringLiteral("booked"));
        QVERIFY(row >= 0);
        view->selectRow(row);
        const QString id = area->selectedId();
        QSignalSpy messages(area.get(), &Area::statusMessage);
        QPushButton *checkIn = button(*area, QStringLiteral("Check in"));
        QVERIFY(checkIn != nullptr);
        QVERIFY(checkIn->isEnabled());
        QTest::mouseClick(checkIn, Qt::LeftButton);
        QCOMPARE(AppointmentRepository(m_test->store()).byId(id).status, Appointment::Status::CheckedIn);
        QCOMPARE(outbox.count(), before + 1);
        QCOMPARE(outbox.pending(1000).last().entityId, id);
        QCOMPARE(messages.count(), 1);
        // The row stays selected and shows its new status; check-in is no longer offered.
        QCOMPARE(area->selectedId(), id);
        QCOMPARE(view->currentIndex().data(AppointmentDayModel::StatusRole).toString(),
                 QStringLiteral("checked_in"));
        QVERIFY(!checkIn->isEnabled());

        row = rowWithStatus(view, QStringLiteral("booked"));
        QVERIFY(row >= 0);
        view->selectRow(row);
        const QString other = area->selectedId();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(AppointmentRepository(m_test->store()).byId(other).status, Appointment::Status::NoShow);
        QCOMPARE(outbox.count(), before + 2);

        row = rowWithStatus(view, QStringLiteral("booked"));
        view->selectRow(row);
        const QString third = area->selectedId();
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(AppointmentRepository(m_test->store()).byId(third).status, Appointment::Status::CheckedIn);
        QCOMPARE(outbox.count(), before + 3);
    }

    void navigatesBetweenDays()
    {
        auto area = makeArea();
        QTableView *view = table(*area);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(area->date(), m_today.addDays(1));
        QCOMPARE(view->model()->rowCount(),
                 AppointmentRepository(m_test->store()).dayOfSite(m_hdv, m_today.addDays(1)).size());
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(area->date(), m_today.addDays(-1)); // Sunday: closed
        QCOMPARE(view->model()->rowCount(), 0);
        QTest::keyClick(view, Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(area->date(), m_today);
        QPushButton *next = button(*area, QStringLiteral("Next day"));
        QVERIFY(next != nullptr);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(area->date(), m_today.addDays(1));
    }

    void searchFiltersAndDetailsShowTheDocuments()
    {
        auto area = makeArea();
        QTableView *view = table(*area);
        const int all = view->model()->rowCount();
        const QString name =
            view->model()->index(all - 1, AppointmentDayModel::VisitorColumn).data().toString();
        area->search(AppointmentDayModel::foldForSearch(name));
        QVERIFY(view->model()->rowCount() >= 1 && view->model()->rowCount() <= all);
        view->selectRow(0);
        const Appointment selected = AppointmentRepository(m_test->store()).byId(area->selectedId());
        const Service service = ServiceRepository(m_test->store()).byId(selected.serviceId);
        QVERIFY(!service.documents.isEmpty());
        bool documentsShown = false;
        for (QLabel *label : area->findChildren<QLabel *>())
            documentsShown = documentsShown || (label->text().contains(service.documents.first()) &&
                                                label->text().contains(service.documents.last()));
        QVERIFY(documentsShown);
        area->search(QString());
        QCOMPARE(view->model()->rowCount(), all);
    }

    void changesSite()
    {
        auto area = makeArea();
        const QString m3 = SiteRepository(m_test->store()).byCode(QStringLiteral("M3")).id;
        area->setSite(m3);
        QCOMPARE(table(*area)->model()->rowCount(),
                 AppointmentRepository(m_test->store()).dayOfSite(m3, m_today).size());
    }
};

QTEST_MAIN(TestAppointmentsArea)
#include "tst_appointmentsarea.moc"
