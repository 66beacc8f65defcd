// Knowledge-base search latency, keystroke by keystroke: every prefix of realistic agent queries
// is searched as if typed, at 2,897 articles (the Service-Public fiches) and at 50,000 (plus the
// demo city's articles and their synthetic variations). Prints median and p95 (and JSON with
// --json FILE). Never fails on a time.
#include "BenchTable.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "kb/KbImporter.h"
#include "kb/KbSearch.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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

QString findKbDir(const QStringList &arguments)
{
    const int at = int(arguments.indexOf(QStringLiteral("--kb-dir")));
    QStringList candidates;
    if (at >= 0 && at + 1 < arguments.size())
        candidates << arguments.at(at + 1);
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
QList<double> typeQueries(LocalStore &store, int *keystrokes)
{
    QList<QPair<double, QString>> slowest;
    KbSearch search(store);
    search.reload();
    QList<double> samples;
    for (const char *query : kQueries) {
        const QString text = QString::fromUtf8(query);
        for (qsizetype length = 1; length <= text.size(); ++length) {
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
        std::fprintf(stderr, "  slow keystroke: %8.1f ms  \"%s\"\n", slowest.at(i).first, qPrintable(slowest.at(i).second));
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int jsonAt = int(arguments.indexOf(QStringLiteral("--json")));
    const QString jsonPath =
        jsonAt >= 0 && jsonAt + 1 < arguments.size() ? arguments.at(jsonAt + 1) : QString();
    const QString kbDir = findKbDir(arguments);

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
        int keystrokes = 0;
        const QList<double> samples = typeQueries(store, &keystrokes);
        table.add(QStringLiteral("keystroke → results"), QStringLiteral("2,897 articles"), samples,
                  {{QStringLiteral("keystrokes"), keystrokes}, {QStringLiteral("articles"), 2897}});
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
        int keystrokes = 0;
        const QList<double> samples = typeQueries(store, &keystrokes);
        table.add(QStringLiteral("keystroke → results"), QStringLiteral("%1 articles").arg(articles), samples,
                  {{QStringLiteral("keystrokes"), keystrokes}, {QStringLiteral("articles"), articles}});
    }

    table.print();
    if (!jsonPath.isEmpty() && !table.writeJson(jsonPath))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
    return 0;
}
