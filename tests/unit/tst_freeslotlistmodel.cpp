// FreeSlotListModel, the booking dialog's list of free slots, under QAbstractItemModelTester: the
// earliest slots of a reason across every site (a few of each site per page), at one site, from a
// day, a page more; a slot that fills up disappears at once; an unknown reason is said.
#include "BookingFixture.h"
#include "TestStore.h"
#include "booking/BookingService.h"
#include "itemmodels/FreeSlotListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using guichet::testing::BookingFixture;
using guichet::testing::TestStore;

namespace {
const QDate kMonday(2026, 11, 23); // the TestStore's clock: Monday 23 November 2026, 09:00 Paris
const QDate kTuesday(2026, 11, 24);
} // namespace

class TestFreeSlotListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    std::unique_ptr<BookingFixture> m_city;

    LocalStore &store() { return m_test->store(); }
    static QTime parisTime(const QModelIndex &index)
    {
        return index.data(FreeSlotListModel::StartsAtRole).toDateTime().toTimeZone(defaultTimeZone()).time();
    }
    void bookAt(const QDateTime &start, const QString &name)
    {
        BookingRequest request;
        request.siteId = m_city->site1;
        request.serviceId = m_city->service;
        request.startsAt = start;
        request.visitorName = name;
        BookingService(store(), m_test->clock()).book(request, m_city->agent);
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

    void earliestAcrossSitesThenMore()
    {
        FreeSlotListModel model(store(), m_test->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no reason yet
        QCOMPARE(model.columnCount(), int(FreeSlotListModel::ColumnCount));
        QSignalSpy reloaded(&model, &FreeSlotListModel::reloaded);
        model.setServiceId(m_city->service);
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(model.errorText().isEmpty());
        // 2 hours' notice from 09:00: the Mairie du 1er from 11:00, three of it, then three of Neudorf.
        QCOMPARE(model.rowCount(), 2 * FreeSlotListModel::kPerSitePerPage);
        QVERIFY(model.mayHaveMore());
        const QModelIndex first = model.index(0, FreeSlotListModel::DayColumn);
        QCOMPARE(first.data(FreeSlotListModel::SiteIdRole).toString(), m_city->site1);
        QCOMPARE(first.data(FreeSlotListModel::StartsAtRole).toDateTime(),
                 BookingFixture::paris(kMonday, QTime(11, 0)));
        QCOMPARE(first.data().toString(), QStringLiteral("Today, 23 November"));
        QCOMPARE(model.index(0, FreeSlotListModel::TimeColumn).data().toString(), QStringLiteral("11:00–11:15"));
        QCOMPARE(model.index(0, FreeSlotListModel::SiteColumn).data().toString(),
                 QStringLiteral("Mairie du 1er arrondissement"));
        QCOMPARE(model.index(0, FreeSlotListModel::FreeColumn).data().toString(), QStringLiteral("2 of 2"));
        QCOMPARE(first.data(FreeSlotListModel::RemainingRole).toInt(), 2);
        QCOMPARE(model.index(3, 0).data(FreeSlotListModel::SiteIdRole).toString(), m_city->siteAlsace);
        QCOMPARE(parisTime(model.index(3, 0)), QTime(14, 0));
        QCOMPARE(model.index(3, FreeSlotListModel::FreeColumn).data().toString(), QStringLiteral("1 of 1"));
        QCOMPARE(model.headerData(FreeSlotListModel::FreeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Free places"));
        // Earliest first.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.slotAt(row - 1).startsAt <= model.slotAt(row).startsAt);

        model.showMore();
        QCOMPARE(model.pages(), 2);
        QCOMPARE(model.rowCount(), 12); // Monday 11:00–11:45 and Tuesday 9:00, 9:15 here; 14:00–15:15 there
        QCOMPARE(model.index(11, 0).data().toString(), QStringLiteral("Tomorrow, 24 November"));
        QCOMPARE(model.rowOf(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 15))), 11);
        QCOMPARE(model.rowOf(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 30))), -1);
    }

    void oneSiteFromADay()
    {
        FreeSlotListModel model(store(), m_test->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServiceId(m_city->service);
        model.showMore();
        model.setSiteIds({m_city->siteAlsace});
        QCOMPARE(model.pages(), 1); // a new search starts on one page
        QCOMPARE(model.rowCount(), FreeSlotListModel::kPageSize);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.slotAt(row).siteId, m_city->siteAlsace);
        model.setSiteIds({});
        model.setFrom(kTuesday);
        QCOMPARE(model.slotAt(0).startsAt, BookingFixture::paris(kTuesday, QTime(9, 0)));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tomorrow, 24 November"));
    }

    void aFullSlotDisappears()
    {
        FreeSlotListModel model(store(), m_test->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServiceId(m_city->service);
        const QDateTime eleven = BookingFixture::paris(kMonday, QTime(11, 0));
        QCOMPARE(model.rowOf(m_city->site1, eleven), 0);
        QSignalSpy reloaded(&model, &FreeSlotListModel::reloaded);
        bookAt(eleven, QStringLiteral("Première Visiteuse"));
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(model.index(0, FreeSlotListModel::FreeColumn).data().toString(), QStringLiteral("1 of 2"));
        bookAt(eleven, QStringLiteral("Second Visiteur"));
        QCOMPARE(model.rowOf(m_city->site1, eleven), -1); // full: gone
        QCOMPARE(model.slotAt(0).startsAt, BookingFixture::paris(kMonday, QTime(11, 15)));
        // The server's count is a booking too.
        m_city->setServerCount(m_city->site1, BookingFixture::paris(kMonday, QTime(11, 15)), 2);
        store().notifyChanged(QStringLiteral("slot_counts"));
        QCOMPARE(model.slotAt(0).startsAt, BookingFixture::paris(kMonday, QTime(11, 30)));
    }

    void unknownReasonIsSaid()
    {
        FreeSlotListModel model(store(), m_test->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServiceId(QStringLiteral("no-such-reason"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorText().isEmpty());
        QVERIFY(!model.mayHaveMore());
        model.setServiceId(m_city->service);
        QVERIFY(model.errorText().isEmpty());
        QVERIFY(model.rowCount() > 0);
    }

    void dayTexts()
    {
        QCOMPARE(FreeSlotListModel::dayText(kMonday, kMonday), QStringLiteral("Today, 23 November"));
        QCOMPARE(FreeSlotListModel::dayText(QDate(2026, 11, 25), kMonday), QStringLiteral("Wednesday 25 November"));
        QCOMPARE(FreeSlotListModel::dayText(QDate(2027, 1, 4), kMonday), QStringLiteral("Monday 4 January 2027"));
    }
};

QTEST_GUILESS_MAIN(TestFreeSlotListModel)
#include "tst_freeslotlistmodel.moc"
