// Requests at the reference size: generates the demo's 1,000,000 requests (with their events) in a
// temporary store, then times what a counter does with them: the first page, the next pages, a
// lookup by reference / name / phone / email, a request with its history, adding a note.
// Usage: bench_requests [--size small|large] [--json FILE] [--keep DIR]
#include "BenchTable.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "repo/RequestRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
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
    parser.process(app);
    const bool large = parser.value(QStringLiteral("size")) != QLatin1String("small");
    const QString sizeName = large ? QStringLiteral("1,000,000 requests") : QStringLiteral("2,000 requests");

    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(dir);
    QFile::remove(QDir(dir).filePath(QStringLiteral("bench.sqlite")));
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    LocalStore store(QDir(dir).filePath(QStringLiteral("bench.sqlite")), clock);
    store.open();

    BenchTable table(QStringLiteral("requests"));
    DemoOptions options;
    options.size = large ? DemoOptions::Size::Large : DemoOptions::Size::Small;
    QElapsedTimer timer;
    timer.start();
    {
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
        QStringLiteral("demo generation (requests + events, committed)"), sizeName, {generation},
        QJsonObject{{QStringLiteral("requests"), repository.count()}, {QStringLiteral("events"), events}});

    const QList<Request> sample = repository.recent(200, large ? 5000 : 500);
    table.add(QStringLiteral("first page (200 newest)"), sizeName,
              timeIt(30, [&](int) { repository.recent(200, 0); }));
    table.add(QStringLiteral("page 50 (offset 10,000)"), sizeName,
              timeIt(30, [&](int) { repository.recent(200, 10000); }));
    table.add(QStringLiteral("find by full reference"), sizeName,
              timeIt(50, [&](int i) { repository.find(sample.at(i).reference); }));
    table.add(QStringLiteral("find by reference prefix"), sizeName,
              timeIt(50, [&](int i) { repository.find(sample.at(i).reference.left(9)); }));
    table.add(QStringLiteral("find by surname"), sizeName, timeIt(50, [&](int i) {
                  repository.find(sample.at(i).requesterName.section(QLatin1Char(' '), 0, 0).toLower());
              }));
    table.add(QStringLiteral("find by phone digits"), sizeName, timeIt(50, [&](int i) {
                  QString digits = sample.at(i + 50).requesterPhone;
                  repository.find(digits.isEmpty() ? QStringLiteral("0465711")
                                                   : digits.remove(QLatin1Char(' ')));
              }));
    table.add(QStringLiteral("find by email prefix"), sizeName, timeIt(50, [&](int i) {
                  const QString email = sample.at(i + 100).requesterEmail;
                  repository.find(email.isEmpty() ? QStringLiteral("marie.d@")
                                                  : email.left(email.indexOf(QLatin1Char('@')) + 1));
              }));
    table.add(QStringLiteral("get with history"), sizeName,
              timeIt(50, [&](int i) { repository.get(sample.at(i).id); }));
    table.add(
        QStringLiteral("add a note (event + outbox, one transaction)"), sizeName,
        timeIt(20, [&](int i) { repository.addNote(sample.at(i).id, QStringLiteral("Bench note"), {}); }));
    table.print();
    if (parser.isSet(QStringLiteral("json")))
        table.writeJson(parser.value(QStringLiteral("json")));
    return 0;
}
