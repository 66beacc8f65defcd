// The appointments area offscreen: the day's rows of a demo site, check-in and no-show through
// buttons and shortcuts (status changed, one outbox row each), day navigation, search, details;
// Ctrl+N opens the booking dialog (every site, this one first in the filter) and a booking made
// there is selected in the day; Ctrl+Delete cancels after a confirmation; closing the day says
// the counts first and settles the remaining ones (or nothing when the agent says "Not now").
#include "AppointmentDemoFixture.h"
#include "TestStore.h"
#include "appointments/AppointmentsArea.h"
#include "appointments/BookingDialog.h"
#include "itemmodels/AppointmentDayModel.h"
#include "itemmodels/AppointmentWeekModel.h"
#include "repo/AgentRepository.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

// Clicks, in the next modal message box, the button with `role`; the box's text in `text`.
void answerNextMessageBox(QMessageBox::ButtonRole role, QString *text)
{
    QTimer::singleShot(50, qApp, [role, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
    });
}

} // namespace

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
    static QTableView *table(AppointmentsArea &area, const QString &name = QStringLiteral("Appointments of the day"))
    {
        for (QTableView *view : area.findChildren<QTableView *>())
            if (view->accessibleName() == name)
                return view;
        return nullptr;
    }
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

    void weekViewShowsTheWeekAndOpensADay()
    {
        auto area = makeArea();
        QTableView *day = table(*area);
        day->setFocus();
        QTest::keyClick(day, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(area->isWeekShown());
        QTableView *week = table(*area, QStringLiteral("Appointments of the week"));
        QVERIFY(week != nullptr);
        QVERIFY(week->isVisible());
        QVERIFY(!day->isVisible());
        QVERIFY(week->hasFocus());
        // Monday 23 to Saturday 28 November; the current cell is on today.
        QCOMPARE(week->model()->columnCount(), 6);
        QCOMPARE(week->currentIndex().column(), 0);
        // Every appointment of each day is in its column (cancelled ones left out).
        for (int column = 0; column < week->model()->columnCount(); ++column) {
            const QDate date = m_today.addDays(column);
            int expected = 0;
            for (const Appointment &a : AppointmentRepository(m_test->store()).dayOfSite(m_hdv, date))
                expected += a.status == Appointment::Status::Cancelled ? 0 : 1;
            int shown = 0;
            for (int row = 0; row < week->model()->rowCount(); ++row)
                shown += week->model()->index(row, column).data(AppointmentWeekModel::BookedRole).toInt();
            QCOMPARE(shown, expected);
        }
        bool weekTitle = false;
        for (QLabel *label : area->findChildren<QLabel *>())
            weekTitle = weekTitle || label->text().startsWith(QStringLiteral("Week of"));
        QVERIFY(weekTitle);
        // Alt+Right goes to the next week; the right arrow then Enter opens that week's Tuesday.
        QTest::keyClick(week, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(area->date(), m_today.addDays(7));
        QTest::keyClick(week, Qt::Key_Right);
        QTest::keyClick(week, Qt::Key_Return);
        QVERIFY(!area->isWeekShown());
        QVERIFY(day->isVisible());
        QCOMPARE(area->date(), m_today.addDays(8));
        QCOMPARE(day->model()->rowCount(),
                 AppointmentRepository(m_test->store()).dayOfSite(m_hdv, m_today.addDays(8)).size());
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

    void ctrlNOpensTheBookingDialog()
    {
        auto area = makeArea();
        QTableView *view = table(*area);
        view->setFocus();
        QVERIFY(area->bookingDialog() == nullptr);
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        BookingDialog *dialog = area->bookingDialog();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isMoving());
        auto *sites = dialog->findChild<QComboBox *>(QStringLiteral("BookingSiteFilter"));
        QCOMPARE(sites->currentData().toString(), QString()); // every site searched…
        QCOMPARE(sites->itemData(1).toString(), m_hdv);       // …this counter's site first in the list
        dialog->activateWindow(); // a window manager does it; the offscreen platform leaves the area active
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("BookingReason"));

        // Booked here: shown and selected in the day view when it is at this site.
        OutboxRepository outbox(m_test->store());
        const int before = outbox.count();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("etat civil"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Zoe Testeuse"));
        // GUICHET_UI_SCREENSHOTS=DIR: the dialog on the demo city, to look at.
        if (const QString shots = qEnvironmentVariable("GUICHET_UI_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("booking-dialog-demo.png")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        const Appointment booked = dialog->appointment();
        QVERIFY2(booked.isValid(), qPrintable(dialog->messageText()));
        QCOMPARE(outbox.count(), before + 1);
        if (booked.siteId == m_hdv) {
            QCOMPARE(area->date(), booked.startsAt.toTimeZone(defaultTimeZone()).date());
            QCOMPARE(area->selectedId(), booked.id);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(area->bookingDialog() == nullptr); // closed and deleted
        area->setDate(m_today);
    }

    void cancelsAfterAConfirmation()
    {
        auto area = makeArea();
        QTableView *view = table(*area);
        const int row = rowWithStatus(view, QStringLiteral("booked"));
        QVERIFY(row >= 0);
        view->selectRow(row);
        view->setFocus();
        const QString id = area->selectedId();
        OutboxRepository outbox(m_test->store());
        const int before = outbox.count();
        QString asked;
        answerNextMessageBox(QMessageBox::RejectRole, &asked); // "Keep it"
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(asked.contains(AppointmentRepository(m_test->store()).byId(id).visitorName));
        QCOMPARE(AppointmentRepository(m_test->store()).byId(id).status, Appointment::Status::Booked);
        QCOMPARE(outbox.count(), before);
        area->activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(area.get()));
        answerNextMessageBox(QMessageBox::DestructiveRole, &asked);
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(AppointmentRepository(m_test->store()).byId(id).status, Appointment::Status::Cancelled);
        QCOMPARE(outbox.count(), before + 1);
        QCOMPARE(area->selectedId(), id);
        QVERIFY(!button(*area, QStringLiteral("Cancel appointment"))->isEnabled()); // already cancelled
    }

    void closesTheDayAfterSayingTheCounts()
    {
        // Late in the afternoon: some expected visitors never came, some came and are still "arrived".
        const QDateTime morning = m_test->clock().nowUtc();
        m_test->clock().set(QDateTime(m_today, QTime(17, 30), defaultTimeZone()));
        auto area = makeArea();
        AppointmentRepository appointments(m_test->store());
        int noShows = 0;
        int done = 0;
        for (const Appointment &a : appointments.dayOfSite(m_hdv, m_today)) {
            const bool expected =
                a.status == Appointment::Status::Booked || a.status == Appointment::Status::Pending;
            noShows += expected && a.startsAt < m_test->clock().nowUtc() ? 1 : 0;
            done += a.status == Appointment::Status::CheckedIn ? 1 : 0;
        }
        QVERIFY(noShows > 0);
        // Late visitors are shown late before the day is closed.
        QTableView *view = table(*area);
        const int late = rowWithStatus(view, QStringLiteral("booked"));
        QVERIFY(late >= 0);
        QVERIFY(view->model()->index(late, 0).data(AppointmentDayModel::LateRole).toBool());
        QVERIFY(view->model()->index(late, AppointmentDayModel::StatusColumn).data().toString().contains(
            QStringLiteral("late")));

        OutboxRepository outbox(m_test->store());
        const int before = outbox.count();
        QPushButton *close = button(*area, QStringLiteral("Close the day"));
        QVERIFY(close != nullptr && close->isEnabled());
        QString asked;
        answerNextMessageBox(QMessageBox::RejectRole, &asked); // "Not now": nothing written
        close->click();
        QVERIFY2(asked.contains(QString::number(noShows)) && asked.contains(QString::number(done)), qPrintable(asked));
        QCOMPARE(outbox.count(), before);

        QSignalSpy messages(area.get(), &Area::statusMessage);
        answerNextMessageBox(QMessageBox::AcceptRole, &asked);
        close->click();
        QCOMPARE(outbox.count(), before + noShows + done);
        const QMap<Appointment::Status, int> counts = appointments.countByStatus(m_hdv, m_today);
        QCOMPARE(counts.value(Appointment::Status::CheckedIn), 0);
        for (const Appointment &a : appointments.dayOfSite(m_hdv, m_today))
            QVERIFY(a.startsAt >= m_test->clock().nowUtc() ||
                    (a.status != Appointment::Status::Booked && a.status != Appointment::Status::Pending));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().contains(QString::number(noShows)));
        // Nothing left to settle: said, no question asked.
        close->click();
        QCOMPARE(outbox.count(), before + noShows + done);
        m_test->clock().set(morning);
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
