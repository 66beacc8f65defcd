// Booking at the reference size (DESIGN §10, issue 4): the demo city's sites, reasons and
// schedules with three months of appointments (200,000 with --large, the default), then
//   - the next free slot of each reason across all sites over three months (limit 1 and 10);
//   - the next free slot at one site;
//   - the day view of the busiest site (AppointmentRepository::dayOfSite + counts);
//   - a booking written locally (BookingService::book: checks, the row and its outbox mutation);
//   - the booking round trip online: a counter signed in to a demo guichet-server (started here,
//     on SQLite, loopback) books and syncs until the server has confirmed the booking.
// Usage: bench_slots [--small] [--runs R] [--json FILE] [--store PATH]
#include "BenchDemoServer.h"
#include "BenchTable.h"

#include "booking/BookingService.h"
#include "booking/SlotEngine.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "repo/AppointmentRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"
#include "repo/SyncStateRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace guichet;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Book, then sync until the server answers: the booking round trip as an agent lives it.
void measureOnlineRoundTrip(BenchTable &table, int runs)
{
    QTemporaryDir dir;
    QProcess server;
    const QUrl url = bench::startDemoServer(server, dir.filePath(QStringLiteral("server.sqlite")));
    if (url.isEmpty())
        return;
    SystemClock &clock = SystemClock::instance();
    LocalStore store(dir.filePath(QStringLiteral("counter.sqlite")), clock);
    store.open(LocalStore::IntegrityCheck::Skip);
    QNetworkAccessManager nam;
    SyncHttpClient client(nam, url);
    if (!bench::signInDemoCounter(store, client, QStringLiteral("bench-slots-counter")))
        return;
    const QString cni = ServiceRepository(store).byCode(QStringLiteral("CNI-PASSEPORT")).id;
    const BookingService booking(store, clock);
    const SlotEngine engine(store, clock);
    QList<double> roundTrips;
    int confirmed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        SlotQuery query;
        query.serviceId = cni;
        query.limit = 1;
        const QList<FreeSlot> next = engine.freeSlots(query);
        if (next.isEmpty())
            break;
        BookingRequest request;
        request.siteId = next.first().siteId;
        request.serviceId = cni;
        request.startsAt = next.first().startsAt;
        request.visitorName = QStringLiteral("Visiteur en ligne %1").arg(run);
        const Appointment booked = booking.book(request, {});
        SyncEngine(store, client).run();
        roundTrips << msSince(timer);
        if (AppointmentRepository(store).byId(booked.id).status == Appointment::Status::Booked)
            ++confirmed;
    }
    table.add(QStringLiteral("book online: slot, booking, push, confirmed (loopback, SQLite server)"),
              QStringLiteral("demo"), roundTrips, {{QStringLiteral("confirmed"), confirmed}});
    server.terminate();
    server.waitForFinished(10000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"), QStringLiteral("The small demo (6,000 appointments)"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per operation"), QStringLiteral("R"),
                                  QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to FILE"), QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("store"), QStringLiteral("Use (or keep) the store at PATH"),
                                  QStringLiteral("PATH"));
    parser.addOptions({small, runs, json, keep});
    parser.process(app);
    const int runCount = std::max(1, parser.value(runs).toInt());

    QTemporaryDir scratch;
    const QString path = parser.isSet(keep) ? parser.value(keep) : scratch.filePath(QStringLiteral("bench.sqlite"));
    // Monday 7 December 2026, 08:30 in Paris: the city's three months start today.
    FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(7, 30), Qt::UTC));
    LocalStore store(path, clock);
    store.open(LocalStore::IntegrityCheck::Skip);
    QElapsedTimer timer;
    if (SiteRepository(store).all().isEmpty()) {
        timer.start();
        DemoOptions options;
        options.size = parser.isSet(small) ? DemoOptions::Size::Small : DemoOptions::Size::Large;
        // Only what booking needs: sites, services, schedules and the appointments.
        QSqlDatabase db = store.connection();
        Transaction transaction(db);
        DemoContext context(db, clock, options, clock.todayIn(defaultTimeZone()),
                            timefmt::toStoreMs(clock.nowUtc()));
        generateSitesAgentsServices(context);
        generateAppointments(context);
        transaction.commit();
        qInfo("demo generated in %.1f s", msSince(timer) / 1000.0);
    }
    const qint64 appointments =
        sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM appointments")).toLongLong();
    const QString size = QString::number(appointments);
    BenchTable table(QStringLiteral("slots"));
    const SlotEngine engine(store, clock);
    const QList<Service> services = ServiceRepository(store).all();
    const QList<Site> sites = SiteRepository(store).all();

    // (1) Next free slot across all sites, for each reason in turn.
    for (const int limit : {1, 10}) {
        QList<double> samples;
        int found = 0;
        for (int run = 0; run < runCount; ++run) {
            for (const Service &service : services) {
                SlotQuery query;
                query.serviceId = service.id;
                query.from = clock.todayIn(defaultTimeZone());
                query.days = 92;
                query.limit = limit;
                timer.start();
                found += static_cast<int>(engine.freeSlots(query).size());
                samples << msSince(timer);
            }
        }
        table.add(QStringLiteral("next free slot, all sites, 3 months, limit %1").arg(limit), size, samples,
                  {{QStringLiteral("slots_found"), found}});
    }
    // (2) At one site (the busiest reason at the Hôtel de Ville).
    {
        QList<double> samples;
        for (int run = 0; run < runCount; ++run) {
            SlotQuery query;
            query.serviceId = ServiceRepository(store).byCode(QStringLiteral("CNI-PASSEPORT")).id;
            query.siteIds = {sites.first().id};
            query.from = clock.todayIn(defaultTimeZone());
            query.days = 92;
            query.limit = 10;
            timer.start();
            engine.freeSlots(query);
            samples << msSince(timer);
        }
        table.add(QStringLiteral("next 10 free slots, one site"), size, samples);
    }
    // (3) The day view of each site on a busy day (tomorrow).
    {
        QList<double> samples;
        int rows = 0;
        const AppointmentRepository repository(store);
        for (int run = 0; run < runCount; ++run) {
            for (const Site &site : sites) {
                timer.start();
                rows += static_cast<int>(repository.dayOfSite(site.id, clock.todayIn(defaultTimeZone()).addDays(1)).size());
                repository.countByStatus(site.id, clock.todayIn(defaultTimeZone()).addDays(1));
                samples << msSince(timer);
            }
        }
        table.add(QStringLiteral("day view of a site (list and counts)"), size, samples,
                  {{QStringLiteral("rows_per_day_view"), rows / std::max(1, runCount * int(sites.size()))}});
    }
    // (4) Booking locally: the earliest free slot, then book it (each run books another slot).
    {
        QList<double> find;
        QList<double> book;
        const BookingService booking(store, clock);
        const QString cni = ServiceRepository(store).byCode(QStringLiteral("CNI-PASSEPORT")).id;
        for (int run = 0; run < runCount; ++run) {
            SlotQuery query;
            query.serviceId = cni;
            query.from = clock.todayIn(defaultTimeZone());
            query.limit = 1;
            timer.start();
            const QList<FreeSlot> next = engine.freeSlots(query);
            find << msSince(timer);
            if (next.isEmpty())
                break;
            BookingRequest request;
            request.siteId = next.first().siteId;
            request.serviceId = cni;
            request.startsAt = next.first().startsAt;
            request.visitorName = QStringLiteral("Visiteur %1").arg(run);
            // Another visitor each time (the reason allows one booking per person a month).
            request.visitorPhone =
                QStringLiteral("+3361%1").arg(QRandomGenerator::global()->bounded(10000000), 7, 10, QLatin1Char('0'));
            timer.start();
            booking.book(request, {});
            book << msSince(timer);
        }
        table.add(QStringLiteral("earliest slot before a booking (CNI, all sites)"), size, find);
        table.add(QStringLiteral("book locally (checks, row, outbox, one commit)"), size, book);
    }
    measureOnlineRoundTrip(table, std::min(runCount, 30));
    table.print();
    if (parser.isSet(json))
        table.writeJson(parser.value(json));
    return 0;
}
