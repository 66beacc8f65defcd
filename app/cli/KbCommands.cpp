// guichet-cli kb import FILE.jsonl | kb search QUERY [--limit N] | kb search --queries FILE.json
// (kb edit | verify | history | feedback | tasks | resolve: KbArticleCommands.cpp)
#include "CliRuntime.h"
#include "kb/KbImporter.h"
#include "kb/KbSearch.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace guichet {

namespace {

QJsonArray hitsToJson(const QList<KbHit> &hits)
{
    QJsonArray array;
    int rank = 0;
    for (const KbHit &hit : hits)
        array.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                 {QStringLiteral("id"), hit.id},
                                 {QStringLiteral("external_id"), hit.externalId},
                                 {QStringLiteral("title"), hit.title},
                                 {QStringLiteral("score"), hit.score},
                                 {QStringLiteral("source"), articleSourceToString(hit.source)}});
    return array;
}

QString hitsToText(const QList<KbHit> &hits)
{
    QStringList lines;
    int rank = 0;
    for (const KbHit &hit : hits)
        lines << QStringLiteral("%1. %2  %3  (%4)")
                     .arg(++rank, 2)
                     .arg(hit.externalId.isEmpty() ? hit.id : hit.externalId, -8)
                     .arg(hit.title)
                     .arg(hit.score, 0, 'f', 2);
    return lines.join(QLatin1Char('\n'));
}

int runImport(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports Service-Public fiches (JSON lines) into the knowledge "
                       "base, all or nothing; fiches already there are updated or "
                       "left unchanged."));
    parser.addPositionalArgument(QStringLiteral("FILE.jsonl"),
                                 QStringLiteral("The fiches, one JSON object a line."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb import"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb import: give exactly one FILE.jsonl"));

    QElapsedTimer timer;
    timer.start();
    const KbImportReport report =
        KbImporter(runtime.store(true)).importFile(parser.positionalArguments().first());
    const qint64 ms = timer.elapsed();
    return runtime.succeed({{QStringLiteral("file"), parser.positionalArguments().first()},
                            {QStringLiteral("lines"), report.lines},
                            {QStringLiteral("inserted"), report.inserted},
                            {QStringLiteral("updated"), report.updated},
                            {QStringLiteral("unchanged"), report.unchanged},
                            {QStringLiteral("elapsed_ms"), ms}},
                           QStringLiteral("%1 fiches read: %2 inserted, %3 updated, %4 unchanged (%5 ms)")
                               .arg(report.lines)
                               .arg(report.inserted)
                               .arg(report.updated)
                               .arg(report.unchanged)
                               .arg(ms));
}

int runQueriesFile(CliRuntime &runtime, const QString &path, int limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return runtime.fail(QStringLiteral("kb search: cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return runtime.fail(QStringLiteral("kb search: %1 is not a JSON array of queries (%2)")
                                .arg(path, error.errorString()));

    KbSearch search(runtime.store());
    search.reload(); // load the dictionaries before timing
    QJsonArray results;
    QStringList lines;
    QList<double> times;
    int hits = 0;
    int judged = 0;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        const QString query = entry.value(QStringLiteral("query")).toString();
        if (query.isEmpty())
            return runtime.fail(
                QStringLiteral("kb search: every entry of %1 needs a \"query\" string").arg(path));
        QElapsedTimer timer;
        timer.start();
        const QList<KbHit> found = search.search(query, limit);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        times << ms;
        QJsonObject result{{QStringLiteral("query"), query},
                           {QStringLiteral("ms"), ms},
                           {QStringLiteral("results"), hitsToJson(found)}};
        QString line = QStringLiteral("%1  (%2 ms)").arg(query).arg(ms, 0, 'f', 1);
        const QJsonArray expected = entry.value(QStringLiteral("expected")).toArray();
        if (!expected.isEmpty()) {
            ++judged;
            QStringList top3;
            for (qsizetype i = 0; i < std::min<qsizetype>(3, found.size()); ++i)
                top3 << found.at(i).externalId;
            int inTop3 = 0;
            for (const QJsonValue &id : expected)
                inTop3 += top3.contains(id.toString()) ? 1 : 0;
            const bool hit = inTop3 > 0;
            hits += hit ? 1 : 0;
            result.insert(QStringLiteral("hit_at_3"), hit);
            result.insert(QStringLiteral("expected_in_top_3"), inTop3);
            line +=
                QStringLiteral("  hit@3: %1  top 3: %2")
                    .arg(hit ? QStringLiteral("yes") : QStringLiteral("NO"), top3.join(QStringLiteral(", ")));
        }
        results.append(result);
        lines << line;
    }
    std::sort(times.begin(), times.end());
    const double median = times.isEmpty() ? 0 : times.at(times.size() / 2);
    QJsonObject summary{{QStringLiteral("queries"), results},
                        {QStringLiteral("count"), int(times.size())},
                        {QStringLiteral("median_ms"), median}};
    if (judged > 0) {
        summary.insert(QStringLiteral("hit_at_3"), double(hits) / judged);
        lines << QStringLiteral("hit@3: %1/%2 = %3")
                     .arg(hits)
                     .arg(judged)
                     .arg(double(hits) / judged, 0, 'f', 2);
    }
    lines << QStringLiteral("median: %1 ms per query").arg(median, 0, 'f', 1);
    return runtime.succeed(summary, lines.join(QLatin1Char('\n')));
}

int runSearch(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Searches the knowledge base: ranked articles with their ids, "
                       "titles and scores."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("How many results (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption queries(
        QStringLiteral("queries"),
        QStringLiteral("Run every query of FILE.json (the queries-public.json format) "
                       "and report results, milliseconds and hit@3."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Also print the full-text expression the query became."));
    parser.addOptions({limit, queries, explain});
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to search for."),
                                 QStringLiteral("[QUERY]"));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb search"), arguments))
        return *stop;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > 1000)
        return runtime.usage(QStringLiteral("kb search: --limit takes a number from 1 to 1000"));
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(queries)) {
        if (!words.isEmpty())
            return runtime.usage(QStringLiteral("kb search: give either QUERY or --queries FILE.json"));
        return runQueriesFile(runtime, parser.value(queries), count);
    }
    if (words.isEmpty())
        return runtime.usage(QStringLiteral("kb search: give a QUERY or --queries FILE.json"));

    const QString query = words.join(QLatin1Char(' '));
    KbSearch search(runtime.store());
    QElapsedTimer timer;
    timer.start();
    const QList<KbHit> found = search.search(query, count);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QJsonObject result{{QStringLiteral("query"), query},
                       {QStringLiteral("ms"), ms},
                       {QStringLiteral("results"), hitsToJson(found)}};
    QString text =
        found.isEmpty() ? QStringLiteral("No article matches \"%1\".").arg(query) : hitsToText(found);
    if (parser.isSet(explain)) {
        const KbQueryPlan plan = search.plan(query);
        result.insert(QStringLiteral("fts_all"), plan.allTerms);
        result.insert(QStringLiteral("fts_any"), plan.anyTerm);
        result.insert(QStringLiteral("corrected"), QJsonArray::fromStringList(plan.corrected));
        text += QStringLiteral("\nall: %1\nany: %2").arg(plan.allTerms, plan.anyTerm);
        if (!plan.corrected.isEmpty())
            text += QStringLiteral("\ncorrected: ") + plan.corrected.join(QStringLiteral(", "));
    }
    return runtime.succeed(result, text);
}

} // namespace

int runKbCommand(CliRuntime &runtime, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    try {
        if (sub == QLatin1String("import"))
            return runImport(runtime, arguments.mid(1));
        if (sub == QLatin1String("search"))
            return runSearch(runtime, arguments.mid(1));
        if (const std::optional<int> done = runKbArticleCommand(runtime, sub, arguments.mid(1)))
            return *done;
    } catch (const StoreError &error) {
        return runtime.fail(QStringLiteral("kb %1: %2").arg(sub, error.message()));
    }
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        CliRuntime::printOut(
            QStringLiteral("Usage: guichet-cli [--store PATH] [--json] kb import FILE.jsonl\n"
                           "       guichet-cli [--store PATH] [--json] kb search QUERY [--limit N]\n"
                           "       guichet-cli [--store PATH] [--json] kb search --queries FILE.json\n"
                           "       guichet-cli [--store PATH] [--json] kb edit ID|new [--title T] [--summary S]\n"
                           "                   [--body TEXT | --body-file FILE] [--review-due DATE]   (supervisor)\n"
                           "       guichet-cli [--store PATH] [--json] kb verify ID                    (supervisor)\n"
                           "       guichet-cli [--store PATH] [--json] kb history ID\n"
                           "       guichet-cli [--store PATH] [--json] kb feedback ID --useful|--obsolete [--comment TEXT]\n"
                           "       guichet-cli [--store PATH] [--json] kb tasks [--mine | --owner AGENT_ID]\n"
                           "       guichet-cli [--store PATH] [--json] kb resolve TASK_ID [--note TEXT]  (supervisor)\n"
                           "ID: an article's id or external id (V-…, F1342). Changes are made as the agent signed in\n"
                           "(login) and sent at the next sync."));
        return CliRuntime::Ok;
    }
    return runtime.usage(sub.isEmpty()
                             ? QStringLiteral("kb: give a sub-command (import, search, edit, verify, history, "
                                              "feedback, tasks or resolve)")
                             : QStringLiteral("kb: unknown sub-command '%1' (import, search, edit, verify, history, "
                                              "feedback, tasks or resolve)")
                                   .arg(sub));
}

} // namespace guichet
