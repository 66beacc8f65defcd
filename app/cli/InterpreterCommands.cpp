// guichet-cli interpreters languages [--mode M] [--site S] | call --mode M [--language L]
//             [--provider ID] [--site S] [--duration SECONDS] [--outcome O] | providers
//             | stats [--from DATE] [--to DATE] [--site S] [--by G]
// What can be called for a visitor (languages with their own and French names, and the services
// for each), logging a call (written with its outbox mutation), the services, and the supervisors'
// call figures.
#include "CliRuntime.h"
#include "core/Clock.h"
#include "domain/CallLog.h"
#include "domain/InterpreterProvider.h"
#include "domain/LanguageNames.h"
#include "interpreting/CallFigures.h"
#include "itemmodels/CallFiguresModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace guichet {

namespace {

// A site given by code ("M6") or id; empty Site when unknown.
Site findSite(LocalStore &store, const QString &key)
{
    const SiteRepository sites(store);
    const Site byCode = sites.byCode(key.trimmed().toUpper());
    return byCode.isValid() ? byCode : sites.byId(key.trimmed());
}

// --site S when given (an exit code when it is unknown), else `fallback`.
std::optional<int> siteOption(CliRuntime &runtime, const QCommandLineParser &parser,
                              const QCommandLineOption &option, const QString &command,
                              const QString &fallback, QString *siteId)
{
    *siteId = fallback;
    if (!parser.isSet(option))
        return std::nullopt;
    const Site site = findSite(runtime.store(), parser.value(option));
    if (!site.isValid())
        return runtime.fail(QStringLiteral("%1: unknown site '%2'").arg(command, parser.value(option)));
    *siteId = site.id;
    return std::nullopt;
}

QString modeNames()
{
    QStringList names;
    for (int value = InterpretingMode::Foreign; value <= InterpretingMode::AgentNetwork; ++value)
        names << InterpretingMode::name(InterpretingMode::Value(value));
    return names.join(QStringLiteral(", "));
}

QJsonObject providerJson(const InterpreterProvider &p)
{
    QJsonObject object = p.toJson();
    object.insert(QStringLiteral("version"), p.version);
    object.insert(QStringLiteral("call_url"), p.callUrl().toString());
    return object;
}

QJsonObject providerBrief(const InterpreterProvider &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), InterpreterProvider::kindName(p.kind)},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("is_example"), p.isExample}};
}

int runLanguages(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What can be called for a visitor: for a mode (foreign by default), the languages offered, each "
        "with its code, its own name and its French name, and the services that can be called for it. "
        "For lsf, lpc and transcription, the services only."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("foreign, lsf, lpc or transcription"), QStringLiteral("M"),
                                  QStringLiteral("foreign"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  QStringLiteral("Only the services usable at this site (code or id)"),
                                  QStringLiteral("S"));
    parser.addOptions({mode, site});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("interpreters languages"), arguments))
        return *stop;
    bool ok = false;
    const InterpretingMode::Value chosen = InterpretingMode::fromName(parser.value(mode), &ok);
    if (!ok || !InterpretingMode::providerModes().contains(chosen))
        return runtime.usage(QStringLiteral("interpreters languages: unknown mode '%1' (foreign, lsf, lpc or "
                                            "transcription)")
                                 .arg(parser.value(mode)));
    QString siteId;
    if (auto stop = siteOption(runtime, parser, site, QStringLiteral("interpreters languages"), {}, &siteId))
        return *stop;

    const InterpreterRepository repository(runtime.store());
    QJsonArray languages;
    QStringList lines;
    for (const QString &code : repository.languages(chosen, siteId)) {
        QJsonArray providers;
        QStringList names;
        for (const InterpreterProvider &p : repository.providers(chosen, code, siteId)) {
            providers.append(providerBrief(p));
            names << p.name;
        }
        languages.append(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("native"), LanguageNames::native(code)},
                                     {QStringLiteral("french"), LanguageNames::french(code)},
                                     {QStringLiteral("providers"), providers}});
        lines << QStringLiteral("%1  %2 — %3  (%4)")
                     .arg(code, LanguageNames::native(code), LanguageNames::french(code),
                          names.join(QStringLiteral("; ")));
    }
    QJsonArray providers;
    for (const InterpreterProvider &p : repository.providers(chosen, {}, siteId)) {
        providers.append(providerBrief(p));
        if (!InterpretingMode::needsLanguage(chosen))
            lines << QStringLiteral("%1  %2").arg(p.name, p.address);
    }
    if (lines.isEmpty())
        lines << QStringLiteral("nothing can be called for %1 here").arg(InterpretingMode::name(chosen));
    return runtime.succeed({{QStringLiteral("mode"), InterpretingMode::name(chosen)},
                            {QStringLiteral("site_id"), siteId},
                            {QStringLiteral("count"), languages.size()},
                            {QStringLiteral("languages"), languages},
                            {QStringLiteral("providers"), providers}},
                           lines.join(QLatin1Char('\n')));
}

int runCall(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Logs a call to an interpreter service from this counter (written with its outbox mutation, sent at "
        "the next sync) and prints the call's id. Without --provider, the first service offering the mode "
        "(and the language) at the site is taken. A language is needed for foreign-language interpreting."));
    const QCommandLineOption mode(QStringLiteral("mode"), modeNames(), QStringLiteral("M"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The visitor's language, ISO 639-1 (ar, uk, …)"),
                                      QStringLiteral("L"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("The service's id"),
                                      QStringLiteral("ID"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  QStringLiteral("The site the call is made from (default: this counter's)"),
                                  QStringLiteral("S"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("How long it lasted"),
                                      QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("done, no_answer, closed, failed or cancelled"),
                                     QStringLiteral("O"), QStringLiteral("done"));
    parser.addOptions({mode, language, provider, site, duration, outcome});
    const QString command = QStringLiteral("interpreters call");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    if (!parser.isSet(mode))
        return runtime.usage(QStringLiteral("%1: --mode is needed (%2)").arg(command, modeNames()));
    CallLog call;
    bool ok = false;
    call.mode = InterpretingMode::fromName(parser.value(mode), &ok);
    if (!ok)
        return runtime.usage(
            QStringLiteral("%1: unknown mode '%2' (%3)").arg(command, parser.value(mode), modeNames()));
    call.outcome = CallLog::outcomeFromName(parser.value(outcome), &ok);
    if (!ok)
        return runtime.usage(QStringLiteral("%1: unknown outcome '%2' (done, no_answer, closed, failed or "
                                            "cancelled)")
                                 .arg(command, parser.value(outcome)));
    call.durationS = parser.value(duration).toInt(&ok);
    if (!ok || call.durationS < 0)
        return runtime.usage(QStringLiteral("%1: --duration is a number of seconds, 0 or more").arg(command));
    call.language = parser.value(language).trimmed().toLower();
    if (InterpretingMode::needsLanguage(call.mode) && call.language.isEmpty())
        return runtime.usage(QStringLiteral("%1: --language is needed for mode %2")
                                 .arg(command, InterpretingMode::name(call.mode)));
    if (!InterpretingMode::needsLanguage(call.mode) && !call.language.isEmpty())
        return runtime.usage(
            QStringLiteral("%1: --language goes with modes foreign and agent_network only").arg(command));
    if (!call.language.isEmpty() && !LanguageNames::isKnownCode(call.language))
        return runtime.usage(QStringLiteral("%1: '%2' is not an ISO 639-1 language code (ar, uk, …)")
                                 .arg(command, parser.value(language)));

    LocalStore &store = runtime.store();
    const SyncStateRepository state(store);
    if (auto stop = siteOption(runtime, parser, site, command, state.value(SyncStateRepository::CurrentSite),
                               &call.siteId))
        return *stop;
    call.agentId = state.value(SyncStateRepository::CurrentAgent);

    const InterpreterRepository repository(store);
    InterpreterProvider chosen;
    if (parser.isSet(provider)) {
        const std::optional<InterpreterProvider> given = repository.get(parser.value(provider).trimmed());
        if (!given)
            return runtime.fail(QStringLiteral("%1: no interpreting service has the id '%2'")
                                    .arg(command, parser.value(provider)));
        if (call.mode != InterpretingMode::AgentNetwork &&
            (!given->offers(call.mode) || (!call.language.isEmpty() && !given->speaks(call.language))))
            return runtime.fail(
                QStringLiteral("%1: %2 does not offer %3%4")
                    .arg(command, given->name, InterpretingMode::name(call.mode),
                         call.language.isEmpty() ? QString() : QStringLiteral(" in ") + call.language));
        chosen = *given;
    } else if (call.mode != InterpretingMode::AgentNetwork) {
        const QList<InterpreterProvider> candidates =
            repository.providers(call.mode, call.language, call.siteId);
        if (candidates.isEmpty())
            return runtime.fail(
                QStringLiteral("%1: no interpreting service offers %2%3 at this site")
                    .arg(command, InterpretingMode::name(call.mode),
                         call.language.isEmpty() ? QString() : QStringLiteral(" in ") + call.language));
        chosen = candidates.first();
    }
    call.providerId = chosen.id;
    const CallLog logged = CallLogRepository(store).logCall(call);
    QJsonObject json = logged.toJson();
    json.insert(QStringLiteral("provider_name"), chosen.name);
    json.insert(QStringLiteral("call_url"),
                chosen.id.isEmpty() ? QString() : chosen.callUrl(call.language).toString());
    return runtime.succeed(json, logged.id);
}

int runProviders(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The interpreting services in this counter's store: real services first, then the examples, by "
        "name; each with its kind, address, modes, languages, hours and sites."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("interpreters providers"), arguments))
        return *stop;
    QJsonArray list;
    QStringList lines;
    for (const InterpreterProvider &p : InterpreterRepository(runtime.store()).all()) {
        list.append(providerJson(p));
        lines << QStringLiteral("%1  %2%3  %4  %5")
                     .arg(p.id, p.name, p.isExample ? QStringLiteral(" [example]") : QString(),
                          InterpreterProvider::kindName(p.kind), p.address);
    }
    return runtime.succeed({{QStringLiteral("count"), list.size()}, {QStringLiteral("providers"), list}},
                           lines.join(QLatin1Char('\n')));
}

QJsonObject figuresJson(const CallFigures::Group &group)
{
    return {{QStringLiteral("calls"), group.calls},
            {QStringLiteral("reached"), group.reached},
            {QStringLiteral("reached_share"), group.reachedShare()},
            {QStringLiteral("total_minutes"), group.totalMinutes()},
            {QStringLiteral("median_minutes"), group.medianMinutes()}};
}

QString figuresText(const CallFigures::Group &group)
{
    return QStringLiteral("%1 calls, %2% reached, %3 min in all, median %4 min")
        .arg(group.calls)
        .arg(qRound(group.reachedShare() * 100))
        .arg(group.totalMinutes(), 0, 'f', 1)
        .arg(group.medianMinutes(), 0, 'f', 1);
}

int runStats(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The interpreter calls logged over a range of days (each on its site's local day): calls, the share "
        "that reached someone (outcome done), minutes in all and the median minutes of those that reached "
        "someone, grouped by language, mode, site, provider or outcome. Default: the last 30 days."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD), default today"),
                                QStringLiteral("DATE"));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("One site only (code or id)"),
                                  QStringLiteral("S"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("language, mode, site, provider or outcome"),
                                QStringLiteral("G"), QStringLiteral("language"));
    parser.addOptions({from, to, site, by});
    const QString command = QStringLiteral("interpreters stats");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    CallFigures::Query query;
    bool ok = false;
    query.grouping = CallFigures::groupingFromName(parser.value(by), &ok);
    if (!ok)
        return runtime.usage(QStringLiteral("%1: unknown grouping '%2' (language, mode, site, provider or "
                                            "outcome)")
                                 .arg(command, parser.value(by)));
    for (const auto &[option, date] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return runtime.usage(
                QStringLiteral("%1: '%2' is not a date (YYYY-MM-DD)").arg(command, parser.value(*option)));
    }
    LocalStore &store = runtime.store();
    if (!query.to.isValid())
        query.to = store.clock().todayIn(defaultTimeZone());
    if (!query.from.isValid())
        query.from = query.to.addDays(-29);
    if (query.from > query.to)
        return runtime.usage(QStringLiteral("%1: --from comes after --to").arg(command));
    if (auto stop = siteOption(runtime, parser, site, command, {}, &query.siteId))
        return *stop;

    const CallFigures::Result result = CallFigures(store).compute(query);
    QJsonArray groups;
    QStringList lines{QStringLiteral("%1 to %2: %3")
                          .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate),
                               figuresText(result.total))};
    for (const CallFigures::Group &group : result.groups) {
        const QString label = CallFiguresModel::groupLabel(query.grouping, group);
        QJsonObject object = figuresJson(group);
        object.insert(QStringLiteral("key"), group.key);
        object.insert(QStringLiteral("label"), label);
        groups.append(object);
        lines << QStringLiteral("%1  %2").arg(label, figuresText(group));
    }
    QJsonObject json = figuresJson(result.total);
    json.insert(QStringLiteral("from"), query.from.toString(Qt::ISODate));
    json.insert(QStringLiteral("to"), query.to.toString(Qt::ISODate));
    json.insert(QStringLiteral("site_id"), query.siteId);
    json.insert(QStringLiteral("by"), CallFigures::groupingName(query.grouping));
    json.insert(QStringLiteral("groups"), groups);
    return runtime.succeed(json, lines.join(QLatin1Char('\n')));
}

} // namespace

int runInterpretersCommand(CliRuntime &runtime, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return runtime.usage(QStringLiteral("interpreters: languages, call, providers or stats is needed"));
    const QString sub = arguments.first();
    if (sub == QLatin1String("languages"))
        return runLanguages(runtime, arguments.mid(1));
    if (sub == QLatin1String("call"))
        return runCall(runtime, arguments.mid(1));
    if (sub == QLatin1String("providers"))
        return runProviders(runtime, arguments.mid(1));
    if (sub == QLatin1String("stats"))
        return runStats(runtime, arguments.mid(1));
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        CliRuntime::printOut(QStringLiteral(
            "Usage: guichet-cli [--store PATH] [--json] interpreters languages [--mode M] [--site S]\n"
            "       guichet-cli [--store PATH] [--json] interpreters call --mode M [--language L] "
            "[--provider ID]\n"
            "                   [--site S] [--duration SECONDS] [--outcome "
            "done|no_answer|closed|failed|cancelled]\n"
            "       guichet-cli [--store PATH] [--json] interpreters providers\n"
            "       guichet-cli [--store PATH] [--json] interpreters stats [--from DATE] [--to DATE] [--site "
            "S]\n"
            "                   [--by language|mode|site|provider|outcome]\n"
            "Modes: foreign, lsf, lpc, transcription (and agent_network for a call to a city agent).\n"
            "Each sub-command answers --help."));
        return CliRuntime::Ok;
    }
    return runtime.usage(QStringLiteral("interpreters: unknown sub-command '%1'").arg(sub));
}

} // namespace guichet
