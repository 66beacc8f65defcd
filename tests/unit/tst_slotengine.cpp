// The slot engine (issue 4): French public holidays 2026–2030 (Easter-based ones included, and the
// Alsace-Moselle days where a site has them), closures, capacity (the server's counts, settled
// and unsent local bookings), minimum notice, opening hours, daylight-saving days in
// Europe/Paris, and the earliest slot across sites. Data-driven where the rule is a table.
#include "BookingFixture.h"
#include "TestStore.h"
#include "booking/SlotEngine.h"
#include "domain/PublicHolidays.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QProcess>
#include <QTest>

using namespace guichet;
using guichet::testing::BookingFixture;
using guichet::testing::TestStore;

namespace {

// Monday 23 November 2026, 09:00 in Paris (the TestStore's clock).
const QDate kMonday(2026, 11, 23);

QList<QDateTime> startsOf(const QList<FreeSlot> &found)
{
    QList<QDateTime> starts;
    for (const FreeSlot &slot : found)
        starts << slot.startsAt;
    return starts;
}

} // namespace

class TestSlotEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    std::unique_ptr<BookingFixture> m_city;

    LocalStore &store() { return m_test->store(); }
    SlotEngine engine() { return SlotEngine(store(), m_test->clock()); }
    QList<FreeSlot> slotsOn(const QString &site, const QDate &day, int limit = 100)
    {
        SlotQuery query;
        query.serviceId = m_city->service;
        query.siteIds = {site};
        query.from = day;
        query.days = 1;
        query.limit = limit;
        return engine().freeSlots(query);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        m_city = std::make_unique<BookingFixture>(store());
        m_city->addDefaultSchedules();
    }
    void cleanup()
    {
        m_city.reset();
        m_test.reset();
    }

    void holidays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("national");
        QTest::addColumn<bool>("alsace");
        // Easter Monday, Ascension, Whit Monday of each year; fixed days; the Alsace-Moselle days.
        const QList<QList<QDate>> easterBased = {
            {QDate(2026, 4, 6), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 4, 3)},
            {QDate(2027, 3, 29), QDate(2027, 5, 6), QDate(2027, 5, 17), QDate(2027, 3, 26)},
            {QDate(2028, 4, 17), QDate(2028, 5, 25), QDate(2028, 6, 5), QDate(2028, 4, 14)},
            {QDate(2029, 4, 2), QDate(2029, 5, 10), QDate(2029, 5, 21), QDate(2029, 3, 30)},
            {QDate(2030, 4, 22), QDate(2030, 5, 30), QDate(2030, 6, 10), QDate(2030, 4, 19)},
        };
        for (const QList<QDate> &year : easterBased) {
            const int y = year.first().year();
            QTest::addRow("%d Easter Monday", y) << year.at(0) << true << true;
            QTest::addRow("%d Ascension", y) << year.at(1) << true << true;
            QTest::addRow("%d Whit Monday", y) << year.at(2) << true << true;
            QTest::addRow("%d Good Friday", y) << year.at(3) << false << true;
            QTest::addRow("%d 14 July", y) << QDate(y, 7, 14) << true << true;
            QTest::addRow("%d 11 November", y) << QDate(y, 11, 11) << true << true;
            QTest::addRow("%d 26 December", y) << QDate(y, 12, 26) << false << true;
            QTest::addRow("%d 27 December", y) << QDate(y, 12, 27) << false << false;
        }
    }

    void holidays()
    {
        QFETCH(QDate, day);
        QFETCH(bool, national);
        QFETCH(bool, alsace);
        QCOMPARE(PublicHolidays::isHoliday(day, false), national);
        QCOMPARE(PublicHolidays::isHoliday(day, true), alsace);
        // A weekday holiday leaves no slot; the same weekday a week later has some.
        if (day.dayOfWeek() <= 5 && day > m_test->clock().nowUtc().date().addDays(1)) {
            QCOMPARE(slotsOn(m_city->site1, day).isEmpty(), national);
            QCOMPARE(slotsOn(m_city->siteAlsace, day).isEmpty(), alsace);
            if (!PublicHolidays::isHoliday(day.addDays(7), true))
                QVERIFY(!slotsOn(m_city->siteAlsace, day.addDays(7)).isEmpty());
        }
    }

    // A second opinion from another implementation when the machine has it (python3-holidays).
    void holidaysAgreeWithPythonHolidays()
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import holidays\nfor y in range(2026, 2031):\n"
                                     "  for d in sorted(holidays.France(years=y)): print(d.isoformat())")});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            QSKIP("python3-holidays is not installed");
        QStringList theirs = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList ours;
        for (int y = 2026; y <= 2030; ++y)
            for (const PublicHolidays::Holiday &h : PublicHolidays::ofYear(y))
                ours << h.date.toString(Qt::ISODate);
        theirs.sort();
        ours.sort();
        QCOMPARE(ours, theirs);
    }

    void slotsOfADay()
    {
        const QList<FreeSlot> found = slotsOn(m_city->site1, kMonday.addDays(1)); // Tuesday
        QCOMPARE(found.size(), 12);                                               // 09:00 … 11:45
        QCOMPARE(found.first().startsAt, BookingFixture::paris(kMonday.addDays(1), QTime(9, 0)));
        QCOMPARE(found.last().startsAt, BookingFixture::paris(kMonday.addDays(1), QTime(11, 45)));
        QCOMPARE(found.first().endsAt, found.first().startsAt.addSecs(15 * 60));
        QCOMPARE(found.first().capacity, 2);
        QCOMPARE(found.first().remaining(), 2);
        QVERIFY(slotsOn(m_city->site1, kMonday.addDays(6)).isEmpty()); // Sunday
        QCOMPARE(slotsOn(m_city->site1, kMonday.addDays(5)).size(), 8); // Saturday 09:00–11:00
    }

    void capacityCountsEveryBooking()
    {
        const QDate tuesday = kMonday.addDays(1);
        const QDateTime nine = BookingFixture::paris(tuesday, QTime(9, 0));
        const QDateTime quarterPast = BookingFixture::paris(tuesday, QTime(9, 15));
        const QDateTime half = BookingFixture::paris(tuesday, QTime(9, 30));
        const QDateTime threeQuarters = BookingFixture::paris(tuesday, QTime(9, 45));
        // 09:00: two settled bookings: full. A cancelled one does not count.
        m_city->addAppointment(m_city->site1, nine);
        m_city->addAppointment(m_city->site1, nine);
        m_city->addAppointment(m_city->site1, quarterPast, QStringLiteral("cancelled"));
        // 09:15: one settled and the server's count of 1 (the same booking): one left.
        m_city->addAppointment(m_city->site1, quarterPast);
        m_city->setServerCount(m_city->site1, quarterPast, 1);
        // 09:30: the server counts 2 (bookings of other counters this one does not hold): full.
        m_city->setServerCount(m_city->site1, half, 2);
        // 09:45: the server counts 1 and this counter booked one not yet sent: full.
        m_city->setServerCount(m_city->site1, threeQuarters, 1);
        m_city->addUnsentAppointment(m_city->site1, threeQuarters);

        const QList<FreeSlot> found = slotsOn(m_city->site1, tuesday);
        QVERIFY(!startsOf(found).contains(nine));
        QVERIFY(!startsOf(found).contains(half));
        QVERIFY(!startsOf(found).contains(threeQuarters));
        QCOMPARE(found.first().startsAt, quarterPast);
        QCOMPARE(found.first().booked, 1);
        QCOMPARE(found.first().remaining(), 1);
        QCOMPARE(found.size(), 12 - 3);
        QString why;
        const auto full = engine().slotAt(m_city->site1, m_city->service, half, &why);
        QVERIFY(full);
        QCOMPARE(full->remaining(), 0);
    }

    void closuresAndNotice()
    {
        m_city->addClosure(m_city->site1, kMonday.addDays(1), kMonday.addDays(2));
        QVERIFY(slotsOn(m_city->site1, kMonday.addDays(1)).isEmpty());
        QVERIFY(slotsOn(m_city->site1, kMonday.addDays(2)).isEmpty());
        QCOMPARE(slotsOn(m_city->site1, kMonday.addDays(3)).size(), 12);
        // Today 09:00 with 2 hours' notice: from 11:00 only.
        const QList<FreeSlot> today = slotsOn(m_city->site1, kMonday);
        QCOMPARE(today.first().startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
        QString why;
        QVERIFY(!engine().slotAt(m_city->site1, m_city->service, BookingFixture::paris(kMonday, QTime(10, 0)), &why));
        QVERIFY2(why.contains(QLatin1String("2")), qPrintable(why));
        QVERIFY(!engine().slotAt(m_city->site1, m_city->service, BookingFixture::paris(kMonday, QTime(8, 0)), &why));
        QVERIFY(!engine().slotAt(m_city->site1, m_city->service, BookingFixture::paris(kMonday.addDays(1), QTime(9, 0)), &why));
        QVERIFY2(why.contains(QLatin1String("closed")), qPrintable(why));
    }

    void openingHoursBoundSchedules()
    {
        // A schedule until 12:30 at a site that closes at 12:00: no slot ends after closing time.
        m_city->addSchedule(m_city->site1, 4, QTime(11, 30), QTime(12, 30), 15, 1); // Thursday
        const QList<QDateTime> starts = startsOf(slotsOn(m_city->site1, kMonday.addDays(3)));
        QVERIFY(starts.contains(BookingFixture::paris(kMonday.addDays(3), QTime(11, 45))));
        QVERIFY(!starts.contains(BookingFixture::paris(kMonday.addDays(3), QTime(12, 0))));
    }

    void daylightSavingDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("nineUtc");
        QTest::newRow("Friday before spring") << QDate(2027, 3, 26) << QStringLiteral("2027-03-26T08:00:00Z");
        QTest::newRow("Tuesday after spring") << QDate(2027, 3, 30) << QStringLiteral("2027-03-30T07:00:00Z"); // Monday is Easter Monday
        QTest::newRow("Friday before autumn") << QDate(2027, 10, 29) << QStringLiteral("2027-10-29T07:00:00Z");
        QTest::newRow("Tuesday after autumn") << QDate(2027, 11, 2) << QStringLiteral("2027-11-02T08:00:00Z");
    }

    void daylightSavingDays()
    {
        QFETCH(QDate, day);
        QFETCH(QString, nineUtc);
        const QList<FreeSlot> found = slotsOn(m_city->site1, day);
        QCOMPARE(found.size(), 12);
        QCOMPARE(found.first().startsAt, QDateTime::fromString(nineUtc, Qt::ISODate));
    }

    void theNightTheClocksGoForward()
    {
        // An odd Sunday schedule 01:00–04:00 on 28 March 2027: 02:00–02:59 does not exist in Paris.
        m_city->addSchedule(m_city->site1, 7, QTime(1, 0), QTime(4, 0), 30, 1);
        sql::exec(store().connection(), QStringLiteral("UPDATE sites SET opening_hours = '[]' WHERE id = ?"),
                  {m_city->site1});
        const QList<QDateTime> starts = startsOf(slotsOn(m_city->site1, QDate(2027, 3, 28)));
        QCOMPARE(starts.size(), 4); // 01:00, 01:30, 03:00, 03:30
        QCOMPARE(starts.at(0), QDateTime::fromString(QStringLiteral("2027-03-28T00:00:00Z"), Qt::ISODate));
        QCOMPARE(starts.at(1), QDateTime::fromString(QStringLiteral("2027-03-28T00:30:00Z"), Qt::ISODate));
        QCOMPARE(starts.at(2), QDateTime::fromString(QStringLiteral("2027-03-28T01:00:00Z"), Qt::ISODate));
        // The night they go back: 02:00–02:59 happens twice; each slot is offered once.
        const QList<QDateTime> autumn = startsOf(slotsOn(m_city->site1, QDate(2027, 10, 31)));
        QCOMPARE(autumn.size(), 6);
        QCOMPARE(QSet<QDateTime>(autumn.cbegin(), autumn.cend()).size(), 6);
    }

    void earliestAcrossSites()
    {
        // Monday 09:00 now: M1 from 11:00 (notice), the Alsace site from 14:00.
        SlotQuery query;
        query.serviceId = m_city->service;
        query.from = kMonday;
        query.limit = 20;
        const QList<FreeSlot> found = engine().freeSlots(query);
        QCOMPARE(found.size(), 20);
        QCOMPARE(found.first().siteId, m_city->site1);
        QCOMPARE(found.first().startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
        QCOMPARE(found.at(4).siteId, m_city->siteAlsace);
        QCOMPARE(found.at(4).startsAt, BookingFixture::paris(kMonday, QTime(14, 0)));
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).startsAt <= found.at(i).startsAt);
        // At most two of a site: the others show up.
        query.perSite = 2;
        query.limit = 4;
        const QList<FreeSlot> capped = engine().freeSlots(query);
        QCOMPARE(capped.size(), 4);
        QCOMPARE(capped.at(1).siteId, m_city->site1);
        QCOMPARE(capped.at(2).siteId, m_city->siteAlsace);
        QCOMPARE(capped.at(3).siteId, m_city->siteAlsace);
        // Once the whole search window is full, nothing.
        query.days = 0;
        QVERIFY(engine().freeSlots(query).isEmpty());
    }

    void unknownServiceOrSite()
    {
        SlotQuery query;
        query.serviceId = QStringLiteral("nope");
        QVERIFY_THROWS_EXCEPTION(StoreError, engine().freeSlots(query));
        query.serviceId = m_city->service;
        query.siteIds = {QStringLiteral("nowhere")};
        QVERIFY_THROWS_EXCEPTION(StoreError, engine().freeSlots(query));
    }
};

QTEST_GUILESS_MAIN(TestSlotEngine)
#include "tst_slotengine.moc"
