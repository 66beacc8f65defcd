// Booking at the counter (issue 4): a booking is written "pending" with exactly one outbox
// mutation in one transaction; bad input (a past time, a closed day, an unknown site or reason, an
// invalid phone, a full slot, the per-person limit) gets a clear message and writes nothing; the
// same visitor booked nearby is a warning; moving, cancelling and closing the day.
#include "BookingFixture.h"
#include "TestStore.h"
#include "booking/BookingService.h"
#include "booking/RefusedBookingAdvice.h"
#include "core/TimeFormat.h"
#include "domain/SyncConflict.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "store/StoreError.h"

#include <QRegularExpression>
#include <QTest>

using namespace guichet;
using guichet::testing::BookingFixture;
using guichet::testing::TestStore;

namespace {
const QDate kTuesday(2026, 11, 24); // the TestStore's clock is Monday 23 November 2026, 09:00 Paris
}

class TestBooking : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    std::unique_ptr<BookingFixture> m_city;

    LocalStore &store() { return m_test->store(); }
    BookingService booking() { return BookingService(store(), m_test->clock()); }
    BookingRequest request(const QTime &time = QTime(9, 0))
    {
        BookingRequest r;
        r.siteId = m_city->site1;
        r.serviceId = m_city->service;
        r.startsAt = BookingFixture::paris(kTuesday, time);
        r.visitorName = QStringLiteral("  Amina   Benali ");
        r.visitorPhone = QStringLiteral("06 12 34 56 78");
        r.visitorLanguage = QStringLiteral("ar");
        r.needs.interpreter = true;
        return r;
    }
    int outboxCount() { return OutboxRepository(store()).count(); }

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

    void bookWritesPendingWithOneMutation()
    {
        const Appointment booked = booking().book(request(), m_city->agent);
        QVERIFY(booked.isValid());
        QCOMPARE(booked.status, Appointment::Status::Pending);
        QCOMPARE(booked.visitorName, QStringLiteral("Amina Benali"));
        QCOMPARE(booked.visitorPhone, QStringLiteral("+33612345678"));
        QCOMPARE(booked.visitorLanguage, QStringLiteral("ar"));
        QVERIFY(booked.needs.interpreter);
        QVERIFY(booked.smsOptIn);
        QCOMPARE(booked.startsAt, BookingFixture::paris(kTuesday, QTime(9, 0)));
        QCOMPARE(booked.endsAt, booked.startsAt.addSecs(15 * 60));
        QVERIFY2(QRegularExpression(QStringLiteral("^RDV-[2-9A-HJKMNP-Z]{8}$")).match(booked.reference).hasMatch(),
                 qPrintable(booked.reference));
        const QList<Mutation> pending = OutboxRepository(store()).pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().entity, QStringLiteral("appointments"));
        QCOMPARE(pending.first().entityId, booked.id);
        QCOMPARE(pending.first().operation, Mutation::Operation::Create);
        QCOMPARE(pending.first().payload.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.first().payload.value(QLatin1String("visitor_phone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(AppointmentRepository(store()).byReference(booked.reference).id, booked.id);
    }

    void fullSlotAfterCapacity()
    {
        BookingRequest second = request();
        second.visitorName = QStringLiteral("Jean Petit");
        second.visitorPhone = QStringLiteral("07 00 00 00 01");
        BookingRequest third = request();
        third.visitorName = QStringLiteral("Paul Grand");
        third.visitorPhone = QStringLiteral("07 00 00 00 02");
        booking().book(request(), m_city->agent);
        booking().book(second, m_city->agent); // capacity 2
        const int before = outboxCount();
        try {
            booking().book(third, m_city->agent);
            QFAIL("a third booking in a slot of capacity 2 was accepted");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(QLatin1String("full")), qPrintable(error.message()));
        }
        QCOMPARE(outboxCount(), before);
        QCOMPARE(m_city->count(QStringLiteral("appointments")), 2);
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("past time") << "start" << "2026-11-20T09:00:00Z" << "passed";
        QTest::newRow("too soon") << "start" << "2026-11-23T09:30:00Z" << "ahead";
        QTest::newRow("not a slot") << "start" << "2026-11-24T09:07:00Z" << "schedule";
        QTest::newRow("Sunday") << "start" << "2026-11-29T09:00:00Z" << "schedule";
        QTest::newRow("holiday") << "start" << "2026-12-25T09:00:00Z" << "closed";
        QTest::newRow("unknown site") << "site" << "nowhere" << "not known";
        QTest::newRow("unknown reason") << "service" << "nothing" << "not known";
        QTest::newRow("invalid phone") << "phone" << "06 12" << "not valid";
        QTest::newRow("letters for a phone") << "phone" << "appelez-moi" << "not valid";
        QTest::newRow("invalid e-mail") << "email" << "amina@" << "not valid";
        QTest::newRow("no name") << "name" << "   " << "name";
    }

    void badInputWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        BookingRequest r = request();
        if (field == QLatin1String("start"))
            r.startsAt = QDateTime::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("site"))
            r.siteId = value;
        else if (field == QLatin1String("service"))
            r.serviceId = value;
        else if (field == QLatin1String("phone"))
            r.visitorPhone = value;
        else if (field == QLatin1String("email"))
            r.visitorEmail = value;
        else
            r.visitorName = value;
        try {
            booking().book(r, m_city->agent);
            QFAIL("the booking was accepted");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(expected, Qt::CaseInsensitive), qPrintable(error.message()));
        }
        QCOMPARE(m_city->count(QStringLiteral("appointments")), 0);
        QCOMPARE(outboxCount(), 0);
    }

    void sameVisitorNearbyIsAWarningAndTheLimitARefusal()
    {
        const Appointment first = booking().book(request(), m_city->agent);
        BookingRequest again = request(QTime(10, 0));
        again.visitorName = QStringLiteral("AMINA BENALI");
        again.visitorPhone = QString();
        const QList<Appointment> similar = booking().similar(again);
        QCOMPARE(similar.size(), 1);
        QCOMPARE(similar.first().id, first.id);
        // Without a phone or an e-mail the per-person limit cannot be told: the booking goes through.
        QVERIFY(booking().book(again, m_city->agent).isValid());
        // With the same phone: at most 1 per 30 days for this reason.
        BookingRequest third = request(QTime(11, 0));
        try {
            booking().book(third, m_city->agent);
            QFAIL("the per-person limit was not applied");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("30")), qPrintable(error.message()));
        }
    }

    void moveCancelAndCloseTheDay()
    {
        const Appointment booked = booking().book(request(), m_city->agent);
        const QDateTime later = BookingFixture::paris(kTuesday, QTime(10, 30));
        const Appointment moved = booking().reschedule(booked.id, QString(), later);
        QCOMPARE(moved.startsAt, later);
        QCOMPARE(moved.status, Appointment::Status::Pending);
        QList<Mutation> pending = OutboxRepository(store()).pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.last().operation, Mutation::Operation::Update);
        QCOMPARE(pending.last().payload.value(QLatin1String("starts_at")).toString(), QStringLiteral("2026-11-24T09:30:00Z"));
        // To a slot on another site.
        const QDateTime alsace = BookingFixture::paris(kTuesday, QTime(14, 0));
        QCOMPARE(booking().reschedule(booked.id, m_city->siteAlsace, alsace).siteId, m_city->siteAlsace);
        // Not into a closed day.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 booking().reschedule(booked.id, QString(), BookingFixture::paris(QDate(2026, 12, 25), QTime(9, 0))));
        booking().cancel(booked.id, m_city->agent);
        QCOMPARE(AppointmentRepository(store()).byId(booked.id).status, Appointment::Status::Cancelled);
        QVERIFY_THROWS_EXCEPTION(StoreError, booking().reschedule(booked.id, QString(), later));

        // End of Tuesday: two visitors never came, one was checked in.
        const QString gone1 = m_city->addAppointment(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 0)));
        const QString gone2 = m_city->addAppointment(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 15)), QStringLiteral("pending"));
        const QString served = m_city->addAppointment(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 30)), QStringLiteral("checked_in"));
        m_test->clock().set(BookingFixture::paris(kTuesday, QTime(17, 30)));
        const int before = outboxCount();
        const BookingService::DayClosed closed = booking().closeDay(m_city->site1, kTuesday);
        QCOMPARE(closed.noShows, 2);
        QCOMPARE(closed.done, 1);
        QCOMPARE(outboxCount(), before + 3);
        AppointmentRepository appointments(store());
        QCOMPARE(appointments.byId(gone1).status, Appointment::Status::NoShow);
        QCOMPARE(appointments.byId(gone2).status, Appointment::Status::NoShow);
        QCOMPARE(appointments.byId(served).status, Appointment::Status::Done);
        QCOMPARE(booking().closeDay(m_city->site1, kTuesday).noShows, 0); // nothing left to settle
    }

    void refusedBookingShowsTheWayForward()
    {
        // The server refused a booking of Tuesday 09:00 at M1: slot full.
        SyncConflict conflict;
        conflict.entity = QStringLiteral("appointments");
        conflict.reason = QStringLiteral("slot_full");
        conflict.operation = Mutation::Operation::Create;
        conflict.payload = QJsonObject{{QStringLiteral("site_id"), m_city->site1},
                                       {QStringLiteral("service_id"), m_city->service},
                                       {QStringLiteral("starts_at"), timefmt::toStore(BookingFixture::paris(kTuesday, QTime(9, 0)))},
                                       {QStringLiteral("visitor_name"), QStringLiteral("Jean Petit")},
                                       {QStringLiteral("visitor_phone"), QStringLiteral("+33798765432")}};
        m_city->setServerCount(m_city->site1, BookingFixture::paris(kTuesday, QTime(9, 0)), 2);
        const RefusedBookingAdvice advice = RefusedBookingAdvice::of(store(), m_test->clock(), conflict);
        QVERIFY(advice.applies);
        QCOMPARE(advice.visitorName, QStringLiteral("Jean Petit"));
        QCOMPARE(advice.visitorPhone, QStringLiteral("+33798765432"));
        QCOMPARE(advice.sameSite.size(), 3);
        QCOMPARE(advice.sameSite.first().startsAt, BookingFixture::paris(kTuesday, QTime(9, 15)));
        for (const FreeSlot &slot : advice.sameSite)
            QCOMPARE(slot.siteId, m_city->site1);
        QCOMPARE(advice.anySite.size(), 2); // one per site: M1 and the Alsace mairie
        QVERIFY(advice.anySite.first().siteId != advice.anySite.last().siteId);
        // Another refusal is not a booking's.
        conflict.reason = QStringLiteral("stale_version");
        QVERIFY(!RefusedBookingAdvice::of(store(), m_test->clock(), conflict).applies);
    }
};

QTEST_GUILESS_MAIN(TestBooking)
#include "tst_booking.moc"
