// guichet-cli: the counter's core without widgets, for scripts, imports, checks and benchmarks.
#include "CliRuntime.h"

#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>

#include <map>

using namespace guichet;

namespace {

const char *const kHelp = R"(Usage: guichet-cli [--store PATH] [--json] COMMAND [ARGUMENTS]

Guichet's command line: the counter's local store, without a window.

Global options:
  --store PATH   the local SQLite store (default: the application's own)
  --json         machine-readable JSON on stdout
  -h, --help     this help; COMMAND --help for a command's options
  --version      the version

Commands:
  init [--demo] [--size small|large] [--seed N] [--kb-dir DIR]
                 create or migrate the store; --demo fills it with the demo city
  info           schema version, counts, outbox, sync cursor and digests per entity
  kb import FILE.jsonl
                 import Service-Public fiches (idempotent)
  kb search QUERY [--limit N] | kb search --queries FILE.json
                 ranked articles / every query of a file with timings
  kb edit ID|new [--title T] [--body-file F] | kb verify ID | kb history ID
                 city articles (supervisor): a new revision / verified today / revisions
  kb feedback ID --useful|--obsolete [--comment TEXT] | kb tasks [--mine] | kb resolve TASK_ID
                 feedback (any agent); open review tasks; close one (supervisor)
  login --server URL --user LOGIN [--site SITE]
                 sign in to guichet-server (password on stdin); token into the keychain
  logout         sign out; the token leaves the keychain and is revoked
  sync           push the outbox, pull until caught up
  requests create --channel C --subject S --name N [--phone P] [--email E] [--service X]
                 file a request: reference and due date (offline too)
  requests find QUERY [--limit N] | show REF | receipt REF --pdf FILE [--lang fr|en]
                 look requests up (reference, name, phone, e-mail): status, service, age,
                 due date / one request with its history / its acknowledgement of receipt
  requests find-online QUERY [--limit N]
                 look requests up on the server, beyond this counter's retention window
  requests retention [--days N] | purge
                 the local retention window of requests / drop answered and closed ones past it
  slots --service X [--site S|any] [--from DATE] [--days N] [--limit N] [--per-site N]
                 free slots, earliest first, at one site or at every site
  book --site S --service X --start ISO --name N [--phone P] [--email E] [--language L]
       [--needs interpreter,sign-language,wheelchair] [--channel C] [--no-sms]
                 book a slot: 'pending' (to be confirmed) until the server confirms it
  appointments list --site S [--date DATE] | cancel ID | checkin ID | noshow ID
             | move ID --start ISO [--site S] | close-day --site S [--date DATE]
             | slip ID [--pdf FILE] [--ics FILE]
                 the day at a site; a slip to print, its calendar event
  interpreters languages [--mode M] [--site S] | providers
                 what can be called (languages with their own and French names, the
                 services for each) / every interpreting service
  interpreters call --mode M [--language L] [--provider ID] [--site S]
               [--duration SECONDS] [--outcome done|no_answer|closed|failed|cancelled]
                 log a call (outbox); prints its id
  interpreters stats [--from DATE] [--to DATE] [--site S]
                     [--by language|mode|site|provider|outcome]
                 calls, share reached, total and median minutes, by group

Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.
)";

struct GlobalOptions
{
    QString store;
    bool json = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest;
    QString error;
};

GlobalOptions parseGlobal(const QStringList &arguments)
{
    GlobalOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--store")) {
            if (i + 1 >= arguments.size()) {
                options.error = QStringLiteral("--store needs a path");
                return options;
            }
            options.store = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--store="))) {
            options.store = arg.mid(8);
        } else if (options.command.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            options.help = true;
        } else if (options.command.isEmpty() && arg == QLatin1String("--version")) {
            options.version = true;
        } else if (options.command.isEmpty() && arg.startsWith(QLatin1Char('-'))) {
            options.error = QStringLiteral("unknown option %1").arg(arg);
            return options;
        } else if (options.command.isEmpty()) {
            options.command = arg;
        } else {
            options.rest << arg;
        }
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = createCliApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    const GlobalOptions options = parseGlobal(QCoreApplication::arguments());
    CliRuntime runtime(options.store.isEmpty() ? LocalStore::defaultPath() : options.store, options.json);
    if (!options.error.isEmpty())
        return runtime.usage(options.error);
    if (options.help) {
        CliRuntime::printOut(QString::fromUtf8(kHelp).trimmed());
        return CliRuntime::Ok;
    }
    if (options.version) {
        CliRuntime::printOut(QStringLiteral("guichet-cli %1").arg(QCoreApplication::applicationVersion()));
        return CliRuntime::Ok;
    }
    if (options.command.isEmpty())
        return runtime.usage(QStringLiteral("a command is needed"));

    const std::map<QString, CommandFunction> commands = {
        {QStringLiteral("init"), &runInitCommand},
        {QStringLiteral("info"), &runInfoCommand},
        {QStringLiteral("kb"), &runKbCommand},
        {QStringLiteral("login"), &runLoginCommand},
        {QStringLiteral("logout"), &runLogoutCommand},
        {QStringLiteral("sync"), &runSyncCommand},
        {QStringLiteral("requests"), &runRequestsCommand},
        {QStringLiteral("slots"), &runSlotsCommand},
        {QStringLiteral("book"), &runBookCommand},
        {QStringLiteral("appointments"), &runAppointmentsCommand},
        {QStringLiteral("interpreters"), &runInterpretersCommand},
    };
    const auto command = commands.find(options.command);
    if (command == commands.end())
        return runtime.usage(QStringLiteral("unknown command '%1'").arg(options.command));
    try {
        return command->second(runtime, options.rest);
    } catch (const StoreError &error) {
        return runtime.fail(error.message());
    }
}
