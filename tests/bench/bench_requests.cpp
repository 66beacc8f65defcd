// Requests at the reference size: generates the demo's 1,000,000 requests (with their events) in a
// temporary store, then times what a counter does with them: the first page, the next pages, a
// lookup of every kind (reference, name, typo, phone typed any way, email, street, subject), a
// request with its history, adding a note, filing a request locally and online (round trip).
// Usage: bench_requests [--size small|large] [--json FILE] [--keep DIR [--reuse]]
// (--reuse: time the store kept in DIR by an earlier run instead of generating it again.)
#include "BenchDemoServer.h"
#include "BenchTable.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "itemmodels/RequestListModel.h"
#include "kb/KbVocabulary.h"
#include "repo/RequestRepository.h"
#include "requests/RequestVocabulary.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace guichet;

namespace {

void seedSites(LocalStore &store, DemoContext &context)
{
    QStringList codes = {QStringLiteral("HDV")};
    for (int i = 1; i <= 9; ++i)
        codes << QStringLiteral("M%1").arg(i);
    for (const QString &code : codes) {
        const QString id = context.idFor(QStringLiteral("site"), code);
        sql::exec(store.connection(),
                  QStringLiteral("INSERT INTO sites (id, code, name, kind, postal_code, city, updated_at) "
                                 "VALUES (?, ?, ?, ?, '69001', 'Lyon', ?)"),
                  {id, code, code,
                   code == QLatin1String("HDV") ? QStringLiteral("hotel_de_ville")
                                                : QStringLiteral("mairie_arrondissement"),
                   context.stamp});
        context.siteIds << id;
        context.siteIdByCode.insert(code, id);
    }
    for (int i = 0; i < 40; ++i) {
        const QString id = context.idFor(QStringLiteral("agent"), QString::number(i));
        sql::exec(store.connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES (?, "
                                 "?, ?, 'agent', ?)"),
                  {id, QStringLiteral("agent%1").arg(i), QStringLiteral("Agent %1").arg(i), context.stamp});
        context.agentIds << id;
    }
}

template<typename F> QList<double> timeIt(int runs, F &&f)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f(i);
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return samples;
}

// File a request at a signed-in counter, then sync until the server has it: the intake round trip.
void measureOnlineIntake(BenchTable &table, int runs)
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
    if (!bench::signInDemoCounter(store, client, QStringLiteral("bench-requests-counter")))
        return;
    RequestRepository repository(store);
    QList<double> roundTrips;
    int acknowledged = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Request draft;
        draft.channel = Request::Channel::Counter;
        draft.requesterName = QStringLiteral("EN LIGNE Visiteur %1").arg(run);
        draft.subject = QStringLiteral("Demande de banc public");
        const Request filed = repository.create(draft, {});
        SyncEngine(store, client).run();
        roundTrips << double(timer.nsecsElapsed()) / 1e6;
        const auto stored = repository.get(filed.id);
        if (stored && stored->version > 0)
            ++acknowledged;
    }
    table.add(QStringLiteral("file online: request, push, acknowledged (loopback, SQLite server)"),
              QStringLiteral("demo"), roundTrips, {{QStringLiteral("acknowledged"), acknowledged}});
    server.terminate();
    server.waitForFinished(10000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size"), QStringLiteral("small or large (default large)"),
                      QStringLiteral("size"), QStringLiteral("large")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON to FILE"),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the store in DIR"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("With --keep: time the store an earlier run kept there (no generation)")});
    parser.process(app);
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && parser.isSet(QStringLiteral("keep")) &&
                       QFile::exists(QDir(parser.value(QStringLiteral("keep"))).filePath(QStringLiteral("bench.sqlite")));
    const bool large = parser.value(QStringLiteral("size")) != QLatin1String("small");
    const QString sizeName = large ? QStringLiteral("1,000,000 requests") : QStringLiteral("2,000 requests");

    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(dir);
    if (!reuse)
        QFile::remove(QDir(dir).filePath(QStringLiteral("bench.sqlite")));
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    LocalStore store(QDir(dir).filePath(QStringLiteral("bench.sqlite")), clock);
    store.open();

    BenchTable table(QStringLiteral("requests"));
    DemoOptions options;
    options.size = large ? DemoOptions::Size::Large : DemoOptions::Size::Small;
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        DemoContext context(store.connection(), clock, options, clock.todayIn(defaultTimeZone()),
                            timefmt::toStoreMs(clock.nowUtc()));
        Transaction transaction(store.connection());
        seedSites(store, context);
        generateRequests(context);
        transaction.commit();
    }
    const double generation = double(timer.elapsed());
    const qint64 events =
        sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM request_events")).toLongLong();
    RequestRepository repository(store);
    table.add(
        reuse ? QStringLiteral("store reused (no generation)") : QStringLiteral("demo generation (requests + events, committed)"), sizeName, {generation},
        QJsonObject{{QStringLiteral("requests"), repository.count()}, {QStringLiteral("events"), events}});

    const QList<Request> sample = repository.recent(200, large ? 5000 : 500);
    table.add(QStringLiteral("first page (200 newest)"), sizeName,
              timeIt(30, [&](int) { repository.recent(200, 0); }));
    table.add(QStringLiteral("page 50 (offset 10,000)"), sizeName,
              timeIt(30, [&](int) { repository.recent(200, 10000); }));
    // Every kind of lookup an agent types, one page of the list (RequestListModel::kPageSize); "lookup, all kinds" pools them for the aim (p95 ≤ 5 ms).
    QList<double> allLookups;
    const auto lookup = [&](const QString &what, int runs, auto &&query) {
        const QList<double> samples =
            timeIt(runs, [&](int i) { repository.find(query(i), RequestListModel::kPageSize); });
        allLookups << samples;
        table.add(what, sizeName, samples);
    };
    const auto surname = [&](int i) { return sample.at(i).requesterName.section(QLatin1Char(' '), 0, 0); };
    {
        RequestVocabulary::clear();
        QElapsedTimer load;
        load.start();
        const qsizetype words = RequestVocabulary::of(store.connection()).size();
        table.add(QStringLiteral("typo vocabulary: first load (once per process)"), sizeName,
                  {double(load.nsecsElapsed()) / 1e6}, QJsonObject{{QStringLiteral("words"), qint64(words)}});
    }
    lookup(QStringLiteral("find by full reference"), 50, [&](int i) { return sample.at(i).reference; });
    lookup(QStringLiteral("find by reference prefix"), 50, [&](int i) { return sample.at(i).reference.left(9); });
    lookup(QStringLiteral("find by surname"), 50, [&](int i) { return surname(i).toLower(); });
    lookup(QStringLiteral("find by surname + first name"), 50,
           [&](int i) { return sample.at(i).requesterName.toLower(); });
    lookup(QStringLiteral("find by surname with a typo"), 50, [&](int i) {
        QString typo = surname(i).toLower();
        if (typo.size() >= 5)
            typo[typo.size() / 2] = typo.at(typo.size() / 2) == QLatin1Char('e') ? QLatin1Char('a') : QLatin1Char('e');
        return typo;
    });
    QStringList phones;
    for (const Request &r : sample)
        if (!r.requesterPhone.isEmpty())
            phones << r.requesterPhone;
    lookup(QStringLiteral("find by phone digits"), 50,
           [&](int i) { return QString(phones.at(i % phones.size())).remove(QLatin1Char(' ')); });
    lookup(QStringLiteral("find by phone, +33 format"), 50,
           [&](int i) { return QStringLiteral("+33 ") + phones.at((i + 50) % phones.size()).mid(1); });
    lookup(QStringLiteral("find by phone, first 8 digits (while typing)"), 50,
           [&](int i) { return QString(phones.at((i + 100) % phones.size())).remove(QLatin1Char(' ')).left(8); });
    lookup(QStringLiteral("find by email prefix"), 50, [&](int i) {
        const QString email = sample.at(i + 100).requesterEmail;
        return email.isEmpty() ? QStringLiteral("marie.d@") : email.left(email.indexOf(QLatin1Char('@')) + 1);
    });
    lookup(QStringLiteral("find by street words"), 50, [&](int i) {
        const QStringList words = sample.at(i + 150).requesterAddress.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words.size() >= 4 ? words.mid(1, 3).join(QLatin1Char(' ')) : QStringLiteral("rue garibaldi");
    });
    lookup(QStringLiteral("find by subject words"), 50, [&](int i) {
        return sample.at(i + 160).subject.section(QLatin1Char(' '), 0, 1).toLower();
    });
    table.add(QStringLiteral("lookup, all kinds above"), sizeName, allLookups);
    table.add(QStringLiteral("get with history"), sizeName,
              timeIt(50, [&](int i) { repository.get(sample.at(i).id); }));
    table.add(
        QStringLiteral("add a note (event + outbox, one transaction)"), sizeName,
        timeIt(20, [&](int i) { repository.addNote(sample.at(i).id, QStringLiteral("Bench note"), {}); }));
    table.add(QStringLiteral("file a request (reference, due date, event, outbox; one transaction)"), sizeName,
              timeIt(30, [&](int i) {
                  Request draft;
                  draft.requesterName = QStringLiteral("BENCH Visiteur %1").arg(i);
                  draft.requesterPhone = QStringLiteral("06 12 34 56 %1").arg(10 + i);
                  draft.subject = QStringLiteral("Demande de banc public");
                  repository.create(draft, {});
              }));
    measureOnlineIntake(table, 20);
    table.print();
    if (parser.isSet(QStringLiteral("json")))
        table.writeJson(parser.value(QStringLiteral("json")));
    return 0;
}
