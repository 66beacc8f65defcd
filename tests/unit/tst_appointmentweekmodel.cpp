// AppointmentWeekModel: consistent under QAbstractItemModelTester; the week's shape (days open,
// hours of the opening hours and schedules), the places each hour opens (slots × capacity), the
// bookings counted per hour (cancelled ones left out, those to be confirmed counted and told),
// closed days (closures, public holidays, Alsace-Moselle days) with their reason, appointments
// outside the hours never hidden, daylight-saving weeks, and the reload when the store changes.
#include "BookingFixture.h"
#include "TestStore.h"
#include "itemmodels/AppointmentWeekModel.h"
#include "repo/AppointmentRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using guichet::testing::BookingFixture;
using guichet::testing::TestStore;

namespace {

const QDate kMonday(2026, 11, 23);

QModelIndex cell(const AppointmentWeekModel &model, const QDate &day, int hour)
{
    return model.index(model.rowOfHour(hour), model.columnOfDate(day));
}

} // namespace

class TestAppointmentWeekModel : public QObject
{
    Q_OBJECT

private slots:
    void weekShapeAndPlaces()
    {
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        AppointmentWeekModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSite(f.site1);
        model.setDate(kMonday.addDays(3)); // a Thursday: the week starts on its Monday
        QCOMPARE(model.weekStart(), kMonday);
        // Monday to Saturday (the site does not open on Sundays), 08:00 to 17:00 (opening hours
        // 08:30–17:00).
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.dateOfColumn(0), kMonday);
        QCOMPARE(model.dateOfColumn(5), kMonday.addDays(5));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("08:00"));
        QCOMPARE(model.rowOfHour(7), -1);
        QCOMPARE(model.rowOfHour(17), -1);
        // Weekdays 09:00–12:00 in 15-minute slots for 2 counters: 8 places an hour.
        QCOMPARE(cell(model, kMonday, 9).data(AppointmentWeekModel::PlacesRole).toInt(), 8);
        QCOMPARE(cell(model, kMonday, 11).data(AppointmentWeekModel::PlacesRole).toInt(), 8);
        QCOMPARE(cell(model, kMonday, 8).data(AppointmentWeekModel::PlacesRole).toInt(), 0);
        QCOMPARE(cell(model, kMonday, 14).data(AppointmentWeekModel::PlacesRole).toInt(), 0);
        QCOMPARE(model.placesOn(0), 24);
        // Saturday 09:00–11:00, one counter.
        QCOMPARE(cell(model, kMonday.addDays(5), 9).data(AppointmentWeekModel::PlacesRole).toInt(), 4);
        QCOMPARE(cell(model, kMonday.addDays(5), 11).data(AppointmentWeekModel::PlacesRole).toInt(), 0);
        QCOMPARE(cell(model, kMonday, 9).data().toString(), QStringLiteral("0 / 8"));
        QVERIFY(cell(model, kMonday, 8).data().toString().isEmpty());
        QVERIFY(cell(model, kMonday, 9).data(AppointmentWeekModel::ClosedRole).toString().isEmpty());
    }

    void bookingsPerHour()
    {
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        const QDate tuesday = kMonday.addDays(1);
        f.addAppointment(f.site1, BookingFixture::paris(tuesday, QTime(9, 0)));
        f.addAppointment(f.site1, BookingFixture::paris(tuesday, QTime(9, 45)), QStringLiteral("checked_in"));
        f.addAppointment(f.site1, BookingFixture::paris(tuesday, QTime(9, 30)), QStringLiteral("cancelled"));
        f.addUnsentAppointment(f.site1, BookingFixture::paris(tuesday, QTime(9, 15)));
        f.addAppointment(f.site1, BookingFixture::paris(tuesday, QTime(10, 0)));
        f.addAppointment(f.siteAlsace, BookingFixture::paris(tuesday, QTime(9, 0))); // another site
        f.addAppointment(f.site1, BookingFixture::paris(kMonday.addDays(7), QTime(9, 0))); // next week

        AppointmentWeekModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(f.site1);
        model.setDate(kMonday);
        const QModelIndex nine = cell(model, tuesday, 9);
        QCOMPARE(nine.data(AppointmentWeekModel::BookedRole).toInt(), 3);
        QCOMPARE(nine.data(AppointmentWeekModel::PendingRole).toInt(), 1);
        QCOMPARE(nine.data().toString(), QStringLiteral("3 / 8"));
        QCOMPARE(nine.data(AppointmentWeekModel::FillRole).toDouble(), 3.0 / 8.0);
        QCOMPARE(nine.data(AppointmentWeekModel::DateRole).toDate(), tuesday);
        QCOMPARE(nine.data(AppointmentWeekModel::HourRole).toInt(), 9);
        QVERIFY2(nine.data(Qt::ToolTipRole).toString().contains(QStringLiteral("5 place(s) free")),
                 qPrintable(nine.data(Qt::ToolTipRole).toString()));
        QCOMPARE(cell(model, tuesday, 10).data(AppointmentWeekModel::BookedRole).toInt(), 1);
        QCOMPARE(cell(model, kMonday, 9).data(AppointmentWeekModel::BookedRole).toInt(), 0);
        QCOMPARE(model.bookedOn(model.columnOfDate(tuesday)), 4);
        QVERIFY(model.headerData(model.columnOfDate(tuesday), Qt::Horizontal)
                    .toString()
                    .endsWith(QStringLiteral("4 / 24")));
    }

    void closedDaysSayWhy_data()
    {
        QTest::addColumn<bool>("alsace");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("why"); // empty: open
        QTest::newRow("Christmas") << false << QDate(2026, 12, 25) << QStringLiteral("Noël");
        QTest::newRow("Easter Monday 2027") << false << QDate(2027, 3, 29) << QStringLiteral("Pâques");
        QTest::newRow("Good Friday, Lyon: open") << false << QDate(2027, 3, 26) << QString();
        QTest::newRow("Good Friday, Alsace") << true << QDate(2027, 3, 26) << QStringLiteral("Vendredi saint");
        QTest::newRow("Ascension 2028") << false << QDate(2028, 5, 25) << QStringLiteral("Ascension");
        QTest::newRow("closure") << false << QDate(2026, 11, 25) << QStringLiteral("Travaux");
        QTest::newRow("ordinary Wednesday") << false << QDate(2026, 12, 2) << QString();
    }

    void closedDaysSayWhy()
    {
        QFETCH(bool, alsace);
        QFETCH(QDate, day);
        QFETCH(QString, why);
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        f.addClosure(f.site1, QDate(2026, 11, 25), QDate(2026, 11, 25));
        const QString site = alsace ? f.siteAlsace : f.site1;
        // A booking made before the day was closed is still shown, never hidden.
        f.addAppointment(site, BookingFixture::paris(day, QTime(alsace ? 14 : 9, 0)));
        AppointmentWeekModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(site);
        model.setDate(day);
        const int column = model.columnOfDate(day);
        QVERIFY(column >= 0);
        const QModelIndex booked = cell(model, day, alsace ? 14 : 9);
        QCOMPARE(booked.data(AppointmentWeekModel::BookedRole).toInt(), 1);
        const QString closed = booked.data(AppointmentWeekModel::ClosedRole).toString();
        if (why.isEmpty()) {
            QVERIFY2(closed.isEmpty(), qPrintable(closed));
            QVERIFY(model.placesOn(column) > 0);
        } else {
            QVERIFY2(closed.contains(why), qPrintable(closed));
            QCOMPARE(model.placesOn(column), 0);
            QVERIFY(model.headerData(column, Qt::Horizontal).toString().contains(why));
        }
    }

    void appointmentsOutsideTheHoursAreShown()
    {
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        f.addAppointment(f.site1, BookingFixture::paris(kMonday, QTime(18, 30)));
        f.addAppointment(f.site1, BookingFixture::paris(kMonday.addDays(6), QTime(10, 0))); // a Sunday
        AppointmentWeekModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(f.site1);
        model.setDate(kMonday);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(cell(model, kMonday, 18).data(AppointmentWeekModel::BookedRole).toInt(), 1);
        QCOMPARE(cell(model, kMonday.addDays(6), 10).data(AppointmentWeekModel::BookedRole).toInt(), 1);
        QVERIFY(!cell(model, kMonday.addDays(6), 10).data(AppointmentWeekModel::ClosedRole).toString().isEmpty());
    }

    void daylightSavingWeekKeepsLocalHours()
    {
        // Clocks go forward on Sunday 28 March 2027 and back on Sunday 31 October 2027: a visitor at
        // 09:00 Paris time is in the 09:00 row on the Friday before and the Monday after.
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        for (const QDate &day : {QDate(2027, 3, 26), QDate(2027, 3, 30), QDate(2027, 10, 29), QDate(2027, 11, 2)})
            f.addAppointment(f.site1, BookingFixture::paris(day, QTime(9, 0)));
        AppointmentWeekModel model(t.store());
        model.setSite(f.site1);
        for (const QDate &day : {QDate(2027, 3, 26), QDate(2027, 3, 30), QDate(2027, 10, 29), QDate(2027, 11, 2)}) {
            model.setDate(day);
            QCOMPARE(cell(model, day, 9).data(AppointmentWeekModel::BookedRole).toInt(), 1);
            QCOMPARE(cell(model, day, 8).data(AppointmentWeekModel::BookedRole).toInt(), 0);
            QCOMPARE(cell(model, day, 10).data(AppointmentWeekModel::BookedRole).toInt(), 0);
        }
    }

    void reloadsWhenAnAppointmentChanges()
    {
        TestStore t;
        BookingFixture f(t.store());
        f.addDefaultSchedules();
        const QString id = f.addAppointment(f.site1, BookingFixture::paris(kMonday, QTime(11, 15)));
        AppointmentWeekModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(f.site1);
        model.setDate(kMonday);
        QCOMPARE(cell(model, kMonday, 11).data(AppointmentWeekModel::BookedRole).toInt(), 1);
        QSignalSpy reloaded(&model, &AppointmentWeekModel::reloaded);
        AppointmentRepository(t.store()).setStatus(id, Appointment::Status::Cancelled, f.agent);
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(cell(model, kMonday, 11).data(AppointmentWeekModel::BookedRole).toInt(), 0);
        // Another entity changing does not reread the week.
        reloaded.clear();
        t.store().notifyChanged(QStringLiteral("articles"));
        QCOMPARE(reloaded.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentWeekModel)
#include "tst_appointmentweekmodel.moc"
