// guichet-cli requests purge | requests retention [--days N]
// The retention window of the counter's local cache of requests (RequestRetention): the server
// keeps every request; this counter keeps the answered and closed ones for the window only.
#include "CliRuntime.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "requests/RequestRetention.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace guichet {

namespace {

QString cutoffDate(const QDateTime &cutoffUtc)
{
    return cutoffUtc.toTimeZone(defaultTimeZone()).date().toString(Qt::ISODate);
}

QJsonObject settingJson(const RequestRetention &retention)
{
    return {{QStringLiteral("retention_days"), retention.days()},
            {QStringLiteral("default"), retention.isDefault()},
            {QStringLiteral("default_days"), RequestRetention::kDefaultDays},
            {QStringLiteral("min_days"), RequestRetention::kMinDays},
            {QStringLiteral("max_days"), RequestRetention::kMaxDays},
            {QStringLiteral("cutoff"), cutoffDate(retention.cutoff())}};
}

std::optional<int> refuseArguments(CliRuntime &runtime, const QString &command, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return runtime.usage(
            QStringLiteral("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace

int runRequestsPurge(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Removes from this counter's local store the answered and closed requests created before the "
        "retention window (and whose last event is before it too), with their history, and the record "
        "openings older than the window that were sent. Open requests and anything still waiting in the "
        "outbox stay. The server keeps everything: nothing is sent. Prints the counts."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("requests purge"), arguments))
        return *stop;
    if (auto stop = refuseArguments(runtime, QStringLiteral("requests purge"), parser))
        return *stop;
    LocalStore &store = runtime.store();
    const RetentionPurgeReport report = RequestRetention(store).purge();
    const QString before = cutoffDate(report.cutoff);
    return runtime.succeed(
        {{QStringLiteral("requests"), report.requests},
         {QStringLiteral("events"), report.events},
         {QStringLiteral("record_openings"), report.recordOpenings},
         {QStringLiteral("retention_days"), report.retentionDays},
         {QStringLiteral("cutoff"), before},
         {QStringLiteral("elapsed_ms"), report.elapsedMs}},
        QStringLiteral("Purged %1 request(s) with %2 event(s) and %3 record opening(s) older than %4 days "
                       "(before %5) in %6 ms.")
            .arg(report.requests)
            .arg(report.events)
            .arg(report.recordOpenings)
            .arg(report.retentionDays)
            .arg(before)
            .arg(report.elapsedMs));
}

int runRequestsRetention(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows or sets how many days this counter keeps answered and closed requests "
                       "(default %1, from %2 to %3). The next purge (at start-up, after each sync, or "
                       "'requests purge') applies it.")
            .arg(RequestRetention::kDefaultDays)
            .arg(RequestRetention::kMinDays)
            .arg(RequestRetention::kMaxDays));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("The new retention window in days"),
                                  QStringLiteral("N"));
    parser.addOption(days);
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("requests retention"), arguments))
        return *stop;
    if (auto stop = refuseArguments(runtime, QStringLiteral("requests retention"), parser))
        return *stop;
    std::optional<int> wanted;
    if (parser.isSet(days)) {
        QString error;
        wanted = RequestRetention::parseDays(parser.value(days), &error);
        if (!wanted)
            return runtime.usage(QStringLiteral("requests retention: ") + error);
    }
    LocalStore &store = runtime.store();
    const RequestRetention retention(store);
    if (wanted)
        retention.setDays(*wanted);
    QJsonObject json = settingJson(retention);
    json.insert(QStringLiteral("changed"), wanted.has_value());
    const QString text =
        QStringLiteral("%1 %2 days%3: answered and closed requests created before %4 are purged from this "
                       "counter.")
            .arg(wanted ? QStringLiteral("Requests are now kept") : QStringLiteral("Requests are kept"))
            .arg(retention.days())
            .arg(retention.isDefault() ? QStringLiteral(" (the default)") : QString())
            .arg(cutoffDate(retention.cutoff()));
    return runtime.succeed(json, text);
}

} // namespace guichet
