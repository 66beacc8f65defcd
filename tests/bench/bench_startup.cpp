// Cold start of the counter window and memory, on a store of the benchmark sizes (DESIGN §10:
// 50,000 articles, 1,000,000 requests, 200,000 appointments), and the time to open each area.
//
//   bench_startup [--store PATH] [--runs N] [--cold] [--json FILE]
//
// Without --store, builds the large demo store first (guichet-cli init --demo --size large),
// which takes a few minutes, in the temp folder. Each run starts a new `guichet` process
// (offscreen) and times, from outside, the start of the process to its first painted window.
// The page cache is warm after the first run (a counter that has been used); --cold drops it before
// every run (root only: /proc/sys/vm/drop_caches), for the first start of the morning.
#include "BenchTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

#include <cstdio>

namespace {

QString sizeLabel(const QString &store)
{
    QProcess info;
    info.start(QStringLiteral(GUICHET_CLI_PATH),
               {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("info"),
                QStringLiteral("--no-digests")});
    info.waitForFinished(600000);
    const QJsonObject counts =
        QJsonDocument::fromJson(info.readAllStandardOutput()).object().value(QStringLiteral("counts")).toObject();
    return QStringLiteral("%1 art, %2 req, %3 appt")
        .arg(counts.value(QStringLiteral("articles")).toInteger())
        .arg(counts.value(QStringLiteral("requests")).toInteger())
        .arg(counts.value(QStringLiteral("appointments")).toInteger());
}

bool buildLargeStore(const QString &store)
{
    std::printf("building the large demo store %s (a few minutes)…\n", qPrintable(store));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    QProcess init;
    init.setProcessChannelMode(QProcess::ForwardedChannels);
    init.start(QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--store"), store, QStringLiteral("init"),
                                                  QStringLiteral("--demo"), QStringLiteral("--size"),
                                                  QStringLiteral("large")});
    if (!init.waitForFinished(3600000) || init.exitCode() != 0)
        return false;
    std::printf("built in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

bool dropPageCache()
{
    QProcess::execute(QStringLiteral("sync"), {});
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold start, memory and area opening of the counter window."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("A store to start on."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Process starts to time."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption coldOption(QStringLiteral("cold"),
                                        QStringLiteral("Drop the page cache before every run (root only)."));
    parser.addOptions({storeOption, runsOption, coldOption, jsonOption});
    parser.process(app);

    QString store = parser.value(storeOption);
    if (store.isEmpty()) {
        store = QDir::temp().filePath(QStringLiteral("guichet-bench-large.sqlite"));
        if (!QFileInfo::exists(store) && !buildLargeStore(store)) {
            std::fprintf(stderr, "bench_startup: could not build the large store\n");
            return 1;
        }
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString size = sizeLabel(store);

    QList<double> firstPaint;
    QList<double> firstPaintInside;
    QList<double> rssFirst;
    QList<double> rssAfter;
    QMap<QString, QList<double>> areaFirst;
    QMap<QString, QList<double>> areaAgain;
    const bool cold = parser.isSet(coldOption);
    for (int run = 0; run < runs; ++run) {
        if (cold && !dropPageCache()) {
            std::fprintf(stderr, "bench_startup: --cold needs root (cannot write /proc/sys/vm/drop_caches)\n");
            return 1;
        }
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        desk.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        desk.start(QStringLiteral(GUICHET_DESK_PATH),
                   {QStringLiteral("--store"), store, QStringLiteral("--no-demo"), QStringLiteral("--measure-startup"),
                    QStringLiteral("--lang"), QStringLiteral("fr")});
        double painted = -1;
        QByteArray output;
        while (desk.state() != QProcess::NotRunning || desk.bytesAvailable() > 0) {
            desk.waitForReadyRead(100);
            output += desk.readAllStandardOutput();
            if (painted < 0 && output.contains("first-paint\n"))
                painted = double(timer.nsecsElapsed()) / 1e6;
            if (timer.elapsed() > 120000)
                break;
        }
        desk.waitForFinished(10000);
        const QByteArray last = output.trimmed().split('\n').constLast();
        const QJsonObject report = QJsonDocument::fromJson(last).object();
        if (painted < 0 || report.isEmpty()) {
            std::fprintf(stderr, "bench_startup: run %d gave no report: %s\n", run + 1,
                         desk.readAllStandardError().constData());
            return 1;
        }
        firstPaint << painted;
        firstPaintInside << report.value(QStringLiteral("first_paint_ms_since_process_start")).toDouble();
        rssFirst << report.value(QStringLiteral("rss_kb_at_first_paint")).toDouble() / 1024.0;
        rssAfter << report.value(QStringLiteral("rss_kb_after_areas")).toDouble() / 1024.0;
        for (const QJsonValue &value : report.value(QStringLiteral("areas")).toArray()) {
            const QJsonObject area = value.toObject();
            auto &bucket = area.value(QStringLiteral("round")).toInt() == 1 ? areaFirst : areaAgain;
            bucket[area.value(QStringLiteral("area")).toString()] << area.value(QStringLiteral("open_ms")).toDouble();
        }
    }

    BenchTable table(cold ? QStringLiteral("guichet start-up (offscreen, page cache dropped before each run)")
                          : QStringLiteral("guichet start-up (offscreen, warm page cache)"));
    table.add(QStringLiteral("process start → first paint (outside)"), size, firstPaint);
    table.add(QStringLiteral("process start → first paint (inside)"), size, firstPaintInside);
    table.add(QStringLiteral("RSS at first paint"), size, rssFirst, {}, QStringLiteral("MB"));
    table.add(QStringLiteral("RSS after opening every area"), size, rssAfter, {}, QStringLiteral("MB"));
    for (auto it = areaFirst.cbegin(); it != areaFirst.cend(); ++it)
        table.add(QStringLiteral("open %1 (first time)").arg(it.key()), size, it.value());
    for (auto it = areaAgain.cbegin(); it != areaAgain.cend(); ++it)
        table.add(QStringLiteral("open %1 (again)").arg(it.key()), size, it.value());
    table.print();
    if (parser.isSet(jsonOption) && !table.writeJson(parser.value(jsonOption))) {
        std::fprintf(stderr, "bench_startup: cannot write %s\n", qPrintable(parser.value(jsonOption)));
        return 1;
    }
    return 0;
}
