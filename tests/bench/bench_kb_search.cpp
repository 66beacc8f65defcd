// Knowledge-base search latency, keystroke by keystroke: every prefix of realistic agent queries
// is searched as if typed, at 2,897 articles (the Service-Public fiches) and at 50,000 (plus the
// demo city's articles and their synthetic variations), with the search's kept results (as in the
// app) and without them (every keystroke searched afresh). Also runs every query of a file in the
// queries-public.json format and reports hit@3 (an expected fiche in the top three) at both sizes.
// Prints median and p95 (and JSON with --json FILE). Never fails on a time.
// Usage: bench_kb_search [--kb-dir DIR] [--queries FILE.json] [--json FILE]
#include "BenchTable.h"

#include <QSqlQuery>
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "kb/KbImporter.h"
#include "kb/KbSearch.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

const char *const kQueries[] = {
    "passeport perdu",       "carte d'identité mineur", "acte de naissance",    "pacs en mairie",
    "attestation d'accueil", "listes électorales",      "recensement citoyen",  "duplicata carte grise",
    "procuration",           "changer de prénom",       "cni perdue",           "aide au logement",
    "livret de famille",     "titre de séjour",         "déclaration de décès", "inscription scolaire",
};

QString findKbDir(const QString &given)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates << given;
    candidates << qEnvironmentVariable("GUICHET_KB_DIR") << QStringLiteral("../shared/data/kb")
               << QStringLiteral("../../shared/data/kb") << QStringLiteral("/work/shared/data/kb");
    for (const QString &dir : candidates)
        if (!dir.isEmpty() &&
            QFileInfo::exists(QDir(dir).filePath(QStringLiteral("service-public-fiches.jsonl"))))
            return dir;
    return {};
}

// Every prefix of every query, searched as typed; returns the samples in ms (and prints the
// slowest keystrokes on stderr, to see which prefixes cost most).
QList<double> typeQueries(LocalStore &store, bool afresh, int *keystrokes)
{
    QList<QPair<double, QString>> slowest;
    KbSearch search(store);
    search.reload();
    QList<double> samples;
    for (const char *query : kQueries) {
        const QString text = QString::fromUtf8(query);
        for (qsizetype length = 1; length <= text.size(); ++length) {
            if (afresh)
                search.forgetResults();
            QElapsedTimer timer;
            timer.start();
            const QList<KbHit> hits = search.search(text.left(length), 20);
            samples << double(timer.nsecsElapsed()) / 1e6;
            slowest.append({samples.last(), text.left(length)});
            Q_UNUSED(hits)
        }
    }
    *keystrokes = int(samples.size());
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        std::fprintf(stderr, "  slow keystroke%s: %8.1f ms  \"%s\"\n", afresh ? " (afresh)" : "",
                     slowest.at(i).first, qPrintable(slowest.at(i).second));
    return samples;
}

// Both keystroke rows (kept results, afresh) at one size.
// The full-text index's size on disk (FTS5 shadow tables and the vocabulary), from SQLite's dbstat
// table; nothing when this SQLite was built without it.
void addIndexSize(BenchTable &table, LocalStore &store, const QString &size)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'")) || !query.next())
        return;
    table.add(QStringLiteral("full-text index on disk"), size, {query.value(0).toDouble() / (1024.0 * 1024.0)}, {},
              QStringLiteral("MB"));
}

void measureKeystrokes(BenchTable &table, LocalStore &store, const QString &size, qint64 articles)
{
    for (const bool afresh : {false, true}) {
        int keystrokes = 0;
        const QList<double> samples = typeQueries(store, afresh, &keystrokes);
        table.add(afresh ? QStringLiteral("keystroke → results (afresh)") : QStringLiteral("keystroke → results"),
                  size, samples, {{QStringLiteral("keystrokes"), keystrokes}, {QStringLiteral("articles"), articles}});
    }
}

// Every query of `queries` (the queries-public.json format) once, whole: milliseconds per query
// and hit@3 (one of "expected" among the first three results).
void measureQueries(BenchTable &table, LocalStore &store, const QString &size, const QString &name,
                    const QJsonArray &queries)
{
    KbSearch search(store);
    search.reload();
    QList<double> samples;
    int hits = 0;
    int judged = 0;
    for (const QJsonValue &value : queries) {
        const QJsonObject entry = value.toObject();
        const QString query = entry.value(QStringLiteral("query")).toString();
        QElapsedTimer timer;
        timer.start();
        const QList<KbHit> found = search.search(query, 20);
        samples << double(timer.nsecsElapsed()) / 1e6;
        const QJsonArray expected = entry.value(QStringLiteral("expected")).toArray();
        if (expected.isEmpty())
            continue;
        ++judged;
        QStringList top3;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, found.size()); ++i)
            top3 << found.at(i).externalId;
        const bool hit = std::any_of(expected.cbegin(), expected.cend(),
                                     [&](const QJsonValue &id) { return top3.contains(id.toString()); });
        hits += hit ? 1 : 0;
        if (!hit)
            std::fprintf(stderr, "  miss at %s: \"%s\" → %s\n", qPrintable(size), qPrintable(query),
                         qPrintable(top3.join(QStringLiteral(", "))));
    }
    const double hitAt3 = judged > 0 ? double(hits) / double(judged) : 0.0;
    table.add(QStringLiteral("query → results (%1)").arg(name), size, samples,
              {{QStringLiteral("queries"), int(samples.size())},
               {QStringLiteral("hits_at_3"), hits},
               {QStringLiteral("hit_at_3"), qRound(hitAt3 * 1000) / 1000.0}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge-base search latency, keystroke by keystroke, and hit@3."));
    parser.addHelpOption();
    const QCommandLineOption kbDirOption(QStringLiteral("kb-dir"),
                                         QStringLiteral("Folder of service-public-fiches.jsonl (default ../shared/data/kb)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption queriesOption(
        QStringLiteral("queries"),
        QStringLiteral("Queries with their expected fiches, in the queries-public.json format (default that file)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({kbDirOption, queriesOption, jsonOption});
    parser.process(app);
    const QString jsonPath = parser.value(jsonOption);
    const QString kbDir = findKbDir(parser.value(kbDirOption));
    QString queriesPath = parser.value(queriesOption);
    if (queriesPath.isEmpty() && !kbDir.isEmpty())
        queriesPath = QDir(kbDir).filePath(QStringLiteral("queries-public.json"));
    QJsonArray queries;
    if (!queriesPath.isEmpty()) {
        QFile file(queriesPath);
        const QJsonDocument document =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
        if (!document.isArray()) {
            std::fprintf(stderr, "%s: not a JSON array of queries\n", qPrintable(queriesPath));
            return 2;
        }
        queries = document.array();
    }
    const QString queriesName = QFileInfo(queriesPath).fileName();

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    LocalStore store(QDir(dir.path()).filePath(QStringLiteral("bench.sqlite")), clock);
    store.open(LocalStore::IntegrityCheck::Skip);
    BenchTable table(
        QStringLiteral("bench_kb_search: keystroke → results (KbSearch, 20 results with snippets)"));

    if (kbDir.isEmpty()) {
        std::fprintf(stderr, "Service-Public fiches not found (--kb-dir DIR or GUICHET_KB_DIR): "
                             "measuring on the demo articles only.\n");
    } else {
        QElapsedTimer timer;
        timer.start();
        const KbImportReport report =
            KbImporter(store).importFile(QDir(kbDir).filePath(QStringLiteral("service-public-fiches.jsonl")));
        table.add(QStringLiteral("import fiches (one transaction)"),
                  QStringLiteral("%1 fiches").arg(report.inserted), {double(timer.elapsed())});
        const QString size = QStringLiteral("%1 articles").arg(report.inserted);
        addIndexSize(table, store, size);
        measureKeystrokes(table, store, size, report.inserted);
        if (!queries.isEmpty())
            measureQueries(table, store, size, queriesName, queries);
    }

    {
        // The demo city's articles, up to 50,000 in all (synthetic variations, FTS kept by triggers).
        DemoOptions options;
        options.size = DemoOptions::Size::Large;
        options.kbDir = kbDir;
        const QDate today = clock.todayIn(defaultTimeZone());
        DemoContext context(store.connection(), clock, options, today,
                            timefmt::toStoreMs(QDateTime(today, QTime(0, 0), Qt::UTC)));
        QElapsedTimer timer;
        timer.start();
        {
            Transaction transaction(store.connection());
            generateCityArticles(context);
            transaction.commit();
        }
        store.notifyChanged(QStringLiteral("articles"));
        const qint64 articles =
            sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM articles")).toLongLong();
        table.add(QStringLiteral("generate city articles (FTS triggers)"),
                  QStringLiteral("to %1 articles").arg(articles), {double(timer.elapsed())});
        const QString size = QStringLiteral("%1 articles").arg(articles);
        addIndexSize(table, store, size);
        measureKeystrokes(table, store, size, articles);
        if (!queries.isEmpty() && !kbDir.isEmpty())
            measureQueries(table, store, size, queriesName, queries);
    }

    table.print();
    if (!jsonPath.isEmpty() && !table.writeJson(jsonPath))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
    return 0;
}
