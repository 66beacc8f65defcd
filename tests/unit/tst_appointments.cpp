// Sites & appointments: repositories, the demo part (counts, opening hours, capacity,
// determinism) and status changes with their outbox mutation.
#include "AppointmentDemoFixture.h"
#include "TestStore.h"
#include "domain/PublicHolidays.h"
#include "repo/AgentRepository.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QStringList kDemoTables = {QStringLiteral("sites"),       QStringLiteral("site_closures"),
                                 QStringLiteral("agents"),      QStringLiteral("devices"),
                                 QStringLiteral("services"),    QStringLiteral("schedules"),
                                 QStringLiteral("appointments")};

QByteArray digestsOf(LocalStore &store)
{
    QByteArray digests;
    for (const QString &table : kDemoTables)
        digests += table.toUtf8() + ' ' + guichet::testing::tableDigest(store, table) + '\n';
    return digests;
}

// The digests of a fresh demo (default seed, the test clock).
QByteArray demoDigests()
{
    TestStore test;
    guichet::testing::fillSitesAndAppointments(test.store());
    return digestsOf(test.store());
}

} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    LocalStore &store() { return m_test->store(); }
    QString siteId(const QString &code) { return SiteRepository(store()).byCode(code).id; }
    qint64 count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(store().connection(), statement, values).toLongLong();
    }
    // The first appointment of today at the Hôtel de Ville in that status.
    Appointment todayWith(Appointment::Status status)
    {
        const auto day =
            AppointmentRepository(store()).dayOfSite(siteId(QStringLiteral("HDV")), QDate(2026, 11, 23));
        for (const Appointment &a : day)
            if (a.status == status)
                return a;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(store());
    }

    void openingHoursRoundTrip()
    {
        OpeningHours hours;
        hours.add(4, QTime(13, 30), QTime(18, 30));
        hours.add(4, QTime(8, 45), QTime(12, 0));
        hours.add(6, QTime(9, 30), QTime(12, 0));
        const QString json = hours.toJson();
        QCOMPARE(json, QStringLiteral("[{\"day\":4,\"ranges\":[{\"from\":\"08:45\",\"to\":\"12:00\"},"
                                      "{\"from\":\"13:30\",\"to\":\"18:30\"}]},"
                                      "{\"day\":6,\"ranges\":[{\"from\":\"09:30\",\"to\":\"12:00\"}]}]"));
        bool ok = false;
        QCOMPARE(OpeningHours::fromJson(json, &ok), hours);
        QVERIFY(ok);
        QVERIFY(hours.covers(4, QTime(17, 0), QTime(17, 20)));
        QVERIFY(!hours.covers(4, QTime(11, 50), QTime(12, 10)));
        QVERIFY(!hours.isOpenOn(1));
        OpeningHours::fromJson(QStringLiteral("[{\"day\":9,\"ranges\":[]}]"), &ok);
        QVERIFY(!ok);
        QVERIFY(OpeningHours::fromJson(QStringLiteral("[]"), &ok).isEmpty());
        QVERIFY(ok);
    }

    void publicHolidays()
    {
        QCOMPARE(PublicHolidays::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(PublicHolidays::easterSunday(2027), QDate(2027, 3, 28));
        QVERIFY(PublicHolidays::isHoliday(QDate(2026, 5, 14))); // Ascension
        QVERIFY(PublicHolidays::isHoliday(QDate(2026, 11, 11)));
        QVERIFY(!PublicHolidays::isHoliday(QDate(2026, 11, 23)));
        QVERIFY(!PublicHolidays::isHoliday(QDate(2026, 12, 26)));
        QVERIFY(PublicHolidays::isHoliday(QDate(2026, 12, 26), true));
        QCOMPARE(PublicHolidays::ofYear(2026).size(), 11);
    }

    void demoCounts()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sites")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM devices")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT site_id) FROM devices")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents")), 40);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE role = 'admin'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE role = 'supervisor'")), 10);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(DISTINCT home_site_id) FROM agents WHERE role = 'supervisor'")),
                 10);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM agents WHERE in_pool = 1 AND home_site_id IS NULL")),
            8);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM services")), 12);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM schedules")) > 300);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM site_closures")) >= 3);
        const qint64 appointments = count(QStringLiteral("SELECT count(*) FROM appointments"));
        QVERIFY2(appointments >= 3000 && appointments <= 10000, qPrintable(QString::number(appointments)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE version <> 1")), 0);
        for (const QString &table :
             {QStringLiteral("sites"), QStringLiteral("agents"), QStringLiteral("services"),
              QStringLiteral("schedules"), QStringLiteral("site_closures")})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE version <> 1").arg(table)), 0);
        // Every status, need and channel occurs; web bookings have no agent, the others one of the site.
        for (const QString &status :
             {QStringLiteral("booked"), QStringLiteral("checked_in"), QStringLiteral("done"),
              QStringLiteral("no_show"), QStringLiteral("cancelled")})
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM appointments WHERE status = ?"), {status}) >
                         0,
                     qPrintable(status));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM appointments WHERE need_interpreter = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM appointments WHERE need_sign_language = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM appointments WHERE need_wheelchair = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM appointments WHERE visitor_language <> 'fr'")) >
                0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM appointments a JOIN agents g ON g.id = a.booked_by "
                                 "WHERE g.home_site_id IS NOT a.site_id")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM appointments WHERE channel <> 'web' AND booked_by IS NULL")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE created_at > starts_at")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE created_at > ?"),
                       {timefmt::toStore(m_test->clock().nowUtc())}),
                 0);
    }

    void contactsAreFictitious()
    {
        static const QRegularExpression phone(QStringLiteral("^(04 65 71|06 39 98) \\d\\d \\d\\d$"));
        for (const QString &statement :
             {QStringLiteral("SELECT phone FROM sites"), QStringLiteral("SELECT phone FROM agents"),
              QStringLiteral("SELECT visitor_phone FROM appointments WHERE visitor_phone <> ''")}) {
            QSqlQuery query = sql::exec(store().connection(), statement);
            while (query.next())
                QVERIFY2(phone.match(query.value(0).toString()).hasMatch(),
                         qPrintable(query.value(0).toString()));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE visitor_email <> '' "
                                      "AND visitor_email NOT LIKE '%@example.org'")),
                 0);
    }

    void appointmentsWithinSchedulesAndCapacity()
    {
        const QList<Site> sites = SiteRepository(store()).all();
        QHash<QString, Site> siteById;
        QHash<QString, QList<Schedule>> schedules;
        for (const Site &site : sites) {
            siteById.insert(site.id, site);
            schedules.insert(site.id, ServiceRepository(store()).schedulesOfSite(site.id));
        }
        QSqlQuery query =
            sql::exec(store().connection(),
                      QStringLiteral("SELECT site_id, service_id, starts_at, ends_at, counter_no, "
                                     "count(*) OVER (PARTITION BY site_id, service_id, starts_at) "
                                     "FROM appointments"));
        int checked = 0;
        QHash<QString, QList<SiteClosure>> closures;
        while (query.next()) {
            const Site &site = siteById[query.value(0).toString()];
            const QTimeZone zone(site.timeZone.toUtf8());
            const QDateTime start = timefmt::fromStore(query.value(2).toString()).toTimeZone(zone);
            const QDateTime end = timefmt::fromStore(query.value(3).toString()).toTimeZone(zone);
            const QString where = site.code + QLatin1Char(' ') + start.toString(Qt::ISODate);
            QCOMPARE(start.date(), end.date());
            QVERIFY2(site.openingHours.covers(start.date().dayOfWeek(), start.time(), end.time()),
                     qPrintable(where));
            QVERIFY2(!PublicHolidays::isHoliday(start.date()), qPrintable(where));
            if (!closures.contains(site.id))
                closures.insert(site.id, SiteRepository(store()).closures(site.id));
            for (const SiteClosure &closure : closures.value(site.id))
                QVERIFY2(!closure.covers(start.date()), qPrintable(where));
            const Schedule *match = nullptr;
            for (const Schedule &schedule : schedules.value(site.id)) {
                if (schedule.serviceId == query.value(1).toString() && schedule.appliesOn(start.date()) &&
                    schedule.start <= start.time() && end.time() <= schedule.end &&
                    schedule.start.secsTo(start.time()) % (schedule.slotMinutes * 60) == 0 &&
                    start.secsTo(end) == schedule.slotMinutes * 60)
                    match = &schedule;
            }
            QVERIFY2(match != nullptr, qPrintable(where));
            QVERIFY2(query.value(5).toInt() <= match->capacity, qPrintable(where));
            QVERIFY2(query.value(4).toInt() >= 1 && query.value(4).toInt() <= match->capacity,
                     qPrintable(where));
            ++checked;
        }
        QVERIFY(checked > 0);
        // The M2 works week has no appointment at M2.
        const QList<SiteClosure> works = SiteRepository(store()).closures(siteId(QStringLiteral("M2")));
        QVERIFY(!works.isEmpty());
    }

    void statusesFollowTheDemoHour()
    {
        // The demo sees today at 10:00 in Paris, whatever the clock's time of day.
        const QString now = timefmt::toStore(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE ends_at <= ? "
                                      "AND status NOT IN ('done', 'no_show', 'cancelled')"),
                       {now}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments WHERE starts_at > ? "
                                      "AND status IN ('done', 'no_show')"),
                       {now}),
                 0);
        const auto counts = AppointmentRepository(store()).countTodayByStatus(siteId(QStringLiteral("HDV")));
        QVERIFY(counts.value(Appointment::Status::Booked) > 0);
        QVERIFY(counts.value(Appointment::Status::CheckedIn) > 0);
    }

    void demoIsDeterministic()
    {
        TestStore first;
        TestStore second;
        TestStore other;
        guichet::testing::fillSitesAndAppointments(first.store());
        guichet::testing::fillSitesAndAppointments(second.store());
        DemoOptions otherSeed;
        otherSeed.seed = 7;
        guichet::testing::fillSitesAndAppointments(other.store(), otherSeed);
        QCOMPARE(digestsOf(first.store()), digestsOf(second.store()));
        // Later the same day: the same city.
        TestStore afternoon(TestStore::defaultNow().addSecs(7 * 3600));
        guichet::testing::fillSitesAndAppointments(afternoon.store());
        QCOMPARE(digestsOf(afternoon.store()), digestsOf(first.store()));
        QVERIFY(guichet::testing::tableDigest(first.store(), QStringLiteral("appointments")) !=
                guichet::testing::tableDigest(other.store(), QStringLiteral("appointments")));
    }

    void demoIsDeterministicAcrossProcesses()
    {
        // Another process has other hash salts and another heap: the city must not change.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GUICHET_PRINT_DEMO_DIGESTS"), QStringLiteral("1"));
        environment.remove(QStringLiteral("QT_HASH_SEED"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(child.readAllStandardOutput(), demoDigests());
    }

    void siteAgentServiceRepositories()
    {
        const QList<Site> sites = SiteRepository(store()).all();
        QCOMPARE(sites.size(), 10);
        QCOMPARE(sites.first().code, QStringLiteral("HDV"));
        QCOMPARE(sites.first().kind, Site::Kind::HotelDeVille);
        QCOMPARE(sites.at(1).code, QStringLiteral("M1"));
        QCOMPARE(sites.last().code, QStringLiteral("M9"));
        QVERIFY(sites.first().openingHours.isOpenOn(1));
        QVERIFY(!sites.first().openingHours.isOpenOn(7));
        QCOMPARE(SiteRepository(store()).byId(sites.at(3).id).name, sites.at(3).name);
        QVERIFY(!SiteRepository(store()).byId(QStringLiteral("nope")).isValid());
        const Site m2 = SiteRepository(store()).byCode(QStringLiteral("M2"));
        const QList<SiteClosure> closures = SiteRepository(store()).closures(m2.id);
        QVERIFY(!closures.isEmpty());
        QVERIFY(SiteRepository(store()).isClosedOn(m2, closures.first().firstDay));
        QVERIFY(SiteRepository(store()).isClosedOn(m2, QDate(2026, 12, 25)));
        QVERIFY(!SiteRepository(store()).isClosedOn(m2, QDate(2026, 11, 23)));

        const QList<Agent> hdv = AgentRepository(store()).bySite(sites.first().id);
        QCOMPARE(hdv.size(), 5);
        QCOMPARE(hdv.first().role, Agent::Role::Supervisor);
        const QList<Agent> pool = AgentRepository(store()).substitutePool();
        QCOMPARE(pool.size(), 8);
        for (const Agent &agent : pool)
            QVERIFY(agent.inPool && agent.homeSiteId.isEmpty());
        const Agent claire = AgentRepository(store()).byLogin(QStringLiteral("cmartin"));
        QCOMPARE(claire.displayName, QStringLiteral("Claire Martin"));
        QCOMPARE(claire.languages.first(), QStringLiteral("fr"));
        QCOMPARE(AgentRepository(store()).byId(claire.id).login, QStringLiteral("cmartin"));
        QVERIFY(AgentRepository(store()).byLogin(QStringLiteral("jbkouassi")).isValid());

        const QList<Service> services = ServiceRepository(store()).all();
        QCOMPARE(services.size(), 12);
        const Service cni = ServiceRepository(store()).byCode(QStringLiteral("CNI-PASSEPORT"));
        QCOMPARE(cni.durationMinutes, 20);
        QVERIFY(cni.documents.size() >= 5);
        QCOMPARE(ServiceRepository(store()).byId(cni.id).name, cni.name);
        const QList<Schedule> schedules = ServiceRepository(store()).schedulesOfSite(sites.first().id);
        QVERIFY(!schedules.isEmpty());
        for (const Schedule &schedule : schedules)
            QVERIFY(sites.first().openingHours.covers(schedule.weekday, schedule.start, schedule.end));
    }

    void dayOfSite()
    {
        const QString hdv = siteId(QStringLiteral("HDV"));
        const QDate today(2026, 11, 23);
        const QList<Appointment> day = AppointmentRepository(store()).dayOfSite(hdv, today);
        QVERIFY(day.size() >= 5);
        for (int i = 0; i < day.size(); ++i) {
            QCOMPARE(day.at(i).startsAt.toTimeZone(defaultTimeZone()).date(), today);
            QVERIFY(!day.at(i).serviceName.isEmpty());
            if (i > 0)
                QVERIFY(day.at(i - 1).startsAt <= day.at(i).startsAt);
        }
        const auto counts = AppointmentRepository(store()).countByStatus(hdv, today);
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(total, day.size());
        QCOMPARE(AppointmentRepository(store()).byId(day.first().id).visitorName, day.first().visitorName);
        QVERIFY(!AppointmentRepository(store()).byId(QStringLiteral("nope")).isValid());
        QVERIFY(AppointmentRepository(store()).dayOfSite(hdv, QDate(2026, 11, 22)).isEmpty()); // Sunday
    }

    void setStatusWritesOneOutboxMutation()
    {
        const Appointment booked = todayWith(Appointment::Status::Booked);
        QVERIFY(booked.isValid());
        const QString agent = AgentRepository(store()).byLogin(QStringLiteral("cmartin")).id;
        OutboxRepository outbox(store());
        const int before = outbox.count();
        QSignalSpy changed(&store(), &LocalStore::changed);
        m_test->clock().advanceSecs(60);
        AppointmentRepository(store()).setStatus(booked.id, Appointment::Status::CheckedIn, agent);
        QCOMPARE(outbox.count(), before + 1);
        const Mutation mutation = outbox.pending(1000).last();
        QCOMPARE(mutation.entity, QStringLiteral("appointments"));
        QCOMPARE(mutation.entityId, booked.id);
        QCOMPARE(mutation.operation, Mutation::Operation::Update);
        QCOMPARE(mutation.payload, QJsonObject({{QStringLiteral("status"), QStringLiteral("checked_in")}}));
        QCOMPARE(mutation.baseVersion, 1);
        const Appointment after = AppointmentRepository(store()).byId(booked.id);
        QCOMPARE(after.status, Appointment::Status::CheckedIn);
        QCOMPARE(after.updatedAt, m_test->clock().nowUtc());
        QCOMPARE(after.version, 1); // the server gives the new version
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("appointments"));

        // The same status again changes nothing and sends nothing.
        AppointmentRepository(store()).setStatus(booked.id, Appointment::Status::CheckedIn, agent);
        QCOMPARE(outbox.count(), before + 1);
    }

    void setStatusFailuresLeaveNothing()
    {
        OutboxRepository outbox(store());
        const int before = outbox.count();
        const QString agent = AgentRepository(store()).byLogin(QStringLiteral("cmartin")).id;
        try {
            AppointmentRepository(store()).setStatus(QStringLiteral("no-such-id"),
                                                     Appointment::Status::NoShow, agent);
            QFAIL("an unknown appointment was accepted");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY(error.message().contains(QStringLiteral("no-such-id")));
        }
        const Appointment cancelled = todayWith(Appointment::Status::Cancelled);
        if (cancelled.isValid()) {
            QVERIFY_THROWS_EXCEPTION(StoreError, AppointmentRepository(store()).setStatus(
                                                     cancelled.id, Appointment::Status::CheckedIn, agent));
        }
        const Appointment booked = todayWith(Appointment::Status::Booked);
        QVERIFY_THROWS_EXCEPTION(
            StoreError, AppointmentRepository(store()).setStatus(booked.id, Appointment::Status::NoShow,
                                                                 QStringLiteral("ghost")));
        QCOMPARE(outbox.count(), before);

        // The outbox refuses the mutation: the status change is rolled back with it.
        sql::execScript(store().connection(),
                        QStringLiteral("CREATE TEMP TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"));
        QVERIFY_THROWS_EXCEPTION(StoreError, AppointmentRepository(store()).setStatus(
                                                 booked.id, Appointment::Status::NoShow, agent));
        sql::execScript(store().connection(), QStringLiteral("DROP TRIGGER refuse_outbox"));
        QCOMPARE(AppointmentRepository(store()).byId(booked.id).status, Appointment::Status::Booked);
        QCOMPARE(outbox.count(), before);
    }

    void statusNamesMatchTheSchema()
    {
        for (Appointment::Status status : Appointment::allStatuses()) {
            bool ok = false;
            QCOMPARE(Appointment::statusFromName(Appointment::statusName(status), &ok), status);
            QVERIFY(ok);
        }
        bool ok = true;
        Appointment::statusFromName(QStringLiteral("lost"), &ok);
        QVERIFY(!ok);
        QVERIFY(Appointment::canChange(Appointment::Status::NoShow, Appointment::Status::CheckedIn));
        QVERIFY(!Appointment::canChange(Appointment::Status::Cancelled, Appointment::Status::CheckedIn));
    }
};

// With GUICHET_PRINT_DEMO_DIGESTS set, the executable prints the digests of a fresh demo and
// exits: demoIsDeterministicAcrossProcesses runs it as a child to compare with its own.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("GUICHET_PRINT_DEMO_DIGESTS")) {
        std::fputs(demoDigests().constData(), stdout);
        return 0;
    }
    TestAppointments test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appointments.moc"
