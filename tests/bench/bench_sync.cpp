// Sync at the reference sizes (DESIGN §10, issue 3), for each server store (SQLite; PostgreSQL when
// GUICHET_TEST_PG is set, e.g. under .ci/with-postgres):
//   (a) initial sync of N records (default 100,000) into an empty counter store over loopback;
//   (b) incremental pull of 100 changes (round trip);
//   (c) C simulated counters (default 1,000) each pulling every 10 s and pushing 3 mutations:
//       p50 / p99 latency and mutations per second; then the server's mutation throughput with
//       16 counters pushing batches of 100 back to back;
//   (d) resident memory of the server and of the counter.
// Usage: bench_sync [--records N] [--counters C] [--duration S] [--runs R] [--json FILE]
#include "BenchTable.h"
#include "PgTestDatabase.h"
#include "SyncBenchServer.h"
#include "core/Ids.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

using namespace guichet;

namespace {

struct LoadResult
{
    QList<double> pull;
    QList<double> push;
    qint64 mutations = 0;
    double seconds = 0;
    int errors = 0;
};

QNetworkRequest jsonRequest(const QUrl &base, const QString &path, const QString &token,
                            const QString &query = {})
{
    QUrl url = base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

QByteArray pushBody(const QString &device, qint64 &seq, int count, const QString &siteId)
{
    QJsonArray mutations;
    for (int i = 0; i < count; ++i)
        mutations << QJsonObject{
            {QStringLiteral("mutation_id"), newId()},
            {QStringLiteral("seq"), ++seq},
            {QStringLiteral("entity"), QStringLiteral("call_logs")},
            {QStringLiteral("entity_id"), newId()},
            {QStringLiteral("operation"), QStringLiteral("create")},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("site_id"), siteId},
                         {QStringLiteral("mode"), QStringLiteral("foreign")},
                         {QStringLiteral("language"), QStringLiteral("ar")},
                         {QStringLiteral("started_at"), QStringLiteral("2026-11-23T09:00:00Z")}}},
            {QStringLiteral("base_version"), 0}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("device_id"), device}, {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

// The next_cursor of a pull answer, read from its head (the server writes it before the changes),
// or -1 when the answer is not a page.
qint64 nextCursorOf(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"next_cursor\":");
    const qsizetype at = body.indexOf(key);
    if (at < 0 || at > 200)
        return -1;
    qsizetype end = at + key.size();
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 value = body.mid(at + key.size(), end - at - key.size()).toLongLong(&ok);
    return ok ? value : -1;
}

// Counters that each run "pull, then push `perPush` mutations" every `periodMs` (random phase),
// or back to back when periodMs is 0, for `seconds`.
LoadResult runLoad(const QUrl &server, const QStringList &tokens, const QString &prefix,
                   const QString &siteId, qint64 cursor, int perPush, int periodMs, int seconds)
{
    struct Counter
    {
        QString token;
        QString device;
        qint64 cursor = 0;
        qint64 seq = 0;
        QNetworkAccessManager *nam = nullptr;
    };
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < 50; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    std::vector<Counter> counters(static_cast<size_t>(tokens.size()));
    LoadResult result;
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = seconds * 1000LL;
    QEventLoop loop;
    int running = static_cast<int>(counters.size());
    std::function<void(Counter &)> cycle;
    auto finishOne = [&] {
        if (--running == 0)
            loop.quit();
    };
    cycle = [&](Counter &counter) {
        if (clock.elapsed() >= endMs) {
            finishOne();
            return;
        }
        const qint64 started = clock.nsecsElapsed();
        QNetworkReply *pull =
            counter.nam->get(jsonRequest(server, QStringLiteral("/api/v1/sync/pull"), counter.token,
                                         QStringLiteral("since=%1").arg(counter.cursor)));
        QObject::connect(pull, &QNetworkReply::finished, pull, [&, pull, started] {
            const qint64 pulled = clock.nsecsElapsed();
            result.pull << double(pulled - started) / 1e6;
            // Only the cursor: 1,000 real counters parse their pages on 1,000 machines, not on
            // the two cores this load generator shares with the server.
            const qint64 next = nextCursorOf(pull->readAll());
            if (pull->error() != QNetworkReply::NoError || next < 0)
                ++result.errors;
            else
                counter.cursor = next;
            pull->deleteLater();
            QNetworkReply *push =
                counter.nam->post(jsonRequest(server, QStringLiteral("/api/v1/sync/push"), counter.token),
                                  pushBody(counter.device, counter.seq, perPush, siteId));
            QObject::connect(push, &QNetworkReply::finished, push, [&, push, pulled, started] {
                result.push << double(clock.nsecsElapsed() - pulled) / 1e6;
                const QJsonArray results = QJsonDocument::fromJson(push->readAll())
                                               .object()
                                               .value(QLatin1String("results"))
                                               .toArray();
                for (const QJsonValue &r : results)
                    if (r.toObject().value(QLatin1String("outcome")).toString() == QLatin1String("applied"))
                        ++result.mutations;
                if (push->error() != QNetworkReply::NoError || results.size() != perPush)
                    ++result.errors;
                push->deleteLater();
                if (periodMs == 0)
                    cycle(counter);
                else
                    QTimer::singleShot(
                        static_cast<int>(std::clamp<qint64>(
                            periodMs - (clock.nsecsElapsed() - started) / 1000000, 0, periodMs)),
                        &loop, [&] { cycle(counter); });
            });
        });
    };
    for (size_t i = 0; i < counters.size(); ++i) {
        counters[i].token = tokens.at(static_cast<int>(i));
        counters[i].device = QStringLiteral("%1-%2").arg(prefix).arg(i);
        counters[i].cursor = cursor;
        counters[i].nam = nams[i % nams.size()].get();
        const int phase =
            periodMs == 0 ? 0 : static_cast<int>((i * static_cast<size_t>(periodMs)) / counters.size());
        QTimer::singleShot(phase, &loop, [&, i] { cycle(counters[i]); });
    }
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("records for the initial sync"),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption countersOption(QStringLiteral("counters"), QStringLiteral("simulated counters"),
                                            QStringLiteral("C"), QStringLiteral("1000"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), QStringLiteral("seconds of load"),
                                            QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("initial syncs per store"),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("write JSON to FILE"),
                                        QStringLiteral("FILE"));
    parser.addOptions({recordsOption, countersOption, durationOption, runsOption, jsonOption});
    parser.process(app);
    const int records = parser.value(recordsOption).toInt();
    const int counterCount = parser.value(countersOption).toInt();
    const int duration = parser.value(durationOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    BenchTable table(QStringLiteral("sync"));
    QTemporaryDir scratch;
    const QString sqlitePath =
        qEnvironmentVariable("GUICHET_BENCH_SQLITE", scratch.filePath(QStringLiteral("server.sqlite")));
    QStringList stores{QStringLiteral("sqlite:%1").arg(sqlitePath)};
    if (!guichet::test::pgAdminUrl().isEmpty())
        stores << guichet::test::createFreshPgDatabase(QStringLiteral("guichet_bench"));
    else
        qWarning("GUICHET_TEST_PG is not set: PostgreSQL is not measured (run under .ci/with-postgres)");

    for (const QString &storeUrl : std::as_const(stores)) {
        const QString kind = storeUrl.startsWith(QLatin1String("sqlite")) ? QStringLiteral("sqlite")
                                                                          : QStringLiteral("postgresql");
        QElapsedTimer seedTimer;
        seedTimer.start();
        const bench::SeededStore seeded = bench::seedServerStore(storeUrl, records);
        qInfo("%s: %d records seeded in %.1f s", qPrintable(kind), records,
              double(seedTimer.elapsed()) / 1000.0);
        QProcess serverProcess;
        const QUrl server = bench::startServer(serverProcess, storeUrl);
        if (server.isEmpty())
            return 1;

        // (a) initial sync and (b) incremental pulls, by a real counter store and SyncEngine.
        QNetworkAccessManager nam;
        QList<double> initial;
        QList<double> rates;
        QList<double> incremental;
        double clientPeak = 0;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir clientDir;
            LocalStore store(clientDir.filePath(QStringLiteral("counter.sqlite")));
            store.open(LocalStore::IntegrityCheck::Skip);
            const QString device = QStringLiteral("bench-counter-%1").arg(run);
            SyncStateRepository(store).setValue(SyncStateRepository::DeviceId, device);
            SyncHttpClient client(nam, server);
            const auto login = client.post(QStringLiteral("/api/v1/auth/login"),
                                           {{QStringLiteral("login"), QStringLiteral("bench")},
                                            {QStringLiteral("password"), QStringLiteral("bench-password")},
                                            {QStringLiteral("device_id"), device}});
            if (!login.ok()) {
                qWarning("login failed: %s", qPrintable(login.message));
                return 1;
            }
            client.setToken(login.body.value(QLatin1String("token")).toString());
            QElapsedTimer timer;
            timer.start();
            const SyncEngine::Report report = SyncEngine(store, client).run();
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!report.ok()) {
                qWarning("initial sync failed: %s", qPrintable(report.message));
                return 1;
            }
            initial << seconds * 1000.0;
            rates << report.pulled / seconds;
            clientPeak = std::max(clientPeak, bench::peakRssMb(QCoreApplication::applicationPid()));
            if (run == 0) {
                // (b): another device pushes 100 changes, then this counter syncs.
                const QStringList writer =
                    bench::makeDeviceTokens(seeded, 1, QStringLiteral("writer-%1").arg(kind));
                SyncHttpClient writerClient(nam, server);
                writerClient.setToken(writer.first());
                qint64 seq = 0;
                for (int i = 0; i < 20; ++i) {
                    const QJsonObject body =
                        QJsonDocument::fromJson(
                            pushBody(QStringLiteral("writer-%1-0").arg(kind), seq, 100, seeded.siteId))
                            .object();
                    if (!writerClient.post(QStringLiteral("/api/v1/sync/push"), body).ok())
                        return 1;
                    QElapsedTimer pullTimer;
                    pullTimer.start();
                    const SyncEngine::Report incrementalReport = SyncEngine(store, client).run();
                    incremental << double(pullTimer.nsecsElapsed()) / 1e6;
                    if (!incrementalReport.ok() || incrementalReport.pulled != 100)
                        qWarning("incremental pull got %d changes", incrementalReport.pulled);
                }
            }
        }
        table.add(QStringLiteral("(a) initial sync, %1 server").arg(kind), QString::number(records), initial,
                  {{QStringLiteral("records_per_second_median"), BenchTable::median(rates)}});
        table.add(QStringLiteral("(a) records per second, %1").arg(kind), QString::number(records), rates, {},
                  QStringLiteral("rec/s"));
        table.add(QStringLiteral("(b) incremental sync of 100 changes, %1").arg(kind), QStringLiteral("100"),
                  incremental);

        // (c) the simulated counters, then the throughput.
        const qint64 cursor = SyncHttpClient(nam, server)
                                  .get(QStringLiteral("/api/v1/health"))
                                  .body.value(QLatin1String("last_change"))
                                  .toInteger();
        const QStringList tokens =
            bench::makeDeviceTokens(seeded, counterCount, QStringLiteral("sim-%1").arg(kind));
        const LoadResult load = runLoad(server, tokens, QStringLiteral("sim-%1").arg(kind), seeded.siteId,
                                        cursor, 3, 10000, duration);
        table.add(QStringLiteral("(c) pull, %1 counters every 10 s, %2").arg(counterCount).arg(kind),
                  QString::number(counterCount), load.pull,
                  {{QStringLiteral("p99"), BenchTable::percentile(load.pull, 99)},
                   {QStringLiteral("errors"), load.errors}});
        table.add(QStringLiteral("(c) push of 3, %1 counters every 10 s, %2").arg(counterCount).arg(kind),
                  QString::number(counterCount), load.push,
                  {{QStringLiteral("p99"), BenchTable::percentile(load.push, 99)},
                   {QStringLiteral("mutations_per_second"), double(load.mutations) / load.seconds}});
        const QStringList busy = bench::makeDeviceTokens(seeded, 16, QStringLiteral("busy-%1").arg(kind));
        const LoadResult saturation = runLoad(server, busy, QStringLiteral("busy-%1").arg(kind),
                                              seeded.siteId, cursor, 100, 0, std::max(5, duration / 3));
        table.add(
            QStringLiteral("(c) push of 100 back to back, 16 counters, %1").arg(kind), QStringLiteral("16"),
            saturation.push,
            {{QStringLiteral("p99"), BenchTable::percentile(saturation.push, 99)},
             {QStringLiteral("mutations_per_second"), double(saturation.mutations) / saturation.seconds},
             {QStringLiteral("errors"), saturation.errors}});
        table.add(QStringLiteral("(c) mutations per second, 16 counters, %1").arg(kind), QStringLiteral("16"),
                  {double(saturation.mutations) / saturation.seconds}, {}, QStringLiteral("mut/s"));
        // (d)
        table.add(QStringLiteral("(d) server peak RSS, %1").arg(kind), QString::number(records),
                  {bench::peakRssMb(serverProcess.processId())}, {}, QStringLiteral("MB"));
        table.add(QStringLiteral("(d) counter (bench process) peak RSS"), QString::number(records),
                  {clientPeak}, {}, QStringLiteral("MB"));
        serverProcess.terminate();
        serverProcess.waitForFinished(10000);
        if (kind == QLatin1String("postgresql"))
            guichet::test::dropPgDatabase(storeUrl);
    }
    table.print();
    if (parser.isSet(jsonOption))
        table.writeJson(parser.value(jsonOption));
    return 0;
}
