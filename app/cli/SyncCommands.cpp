// guichet-cli login --server URL --user LOGIN [--site S] (password on stdin) | logout | sync
#include "CliRuntime.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncSession.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <iostream>
#include <string>

namespace guichet {

namespace {

QString readPasswordFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

QString resultName(SyncEngine::Report::Result result)
{
    switch (result) {
    case SyncEngine::Report::Result::Done:
        return QStringLiteral("done");
    case SyncEngine::Report::Result::Offline:
        return QStringLiteral("offline");
    case SyncEngine::Report::Result::SignedOut:
        return QStringLiteral("signed_out");
    case SyncEngine::Report::Result::Blocked:
        return QStringLiteral("blocked");
    case SyncEngine::Report::Result::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace

int runLoginCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signs this counter in to guichet-server (password on "
                                                    "stdin). Registers the device on first login; the "
                                                    "token goes to the system keychain only."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The server, e.g. https://guichet.ville.fr:8443"),
                                    QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The agent's login"),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QStringLiteral("The site this counter works at today (id); default the agent's home site"),
        QStringLiteral("SITE"));
    const QCommandLineOption allowHttp(
        QStringLiteral("allow-http"),
        QStringLiteral("Allow plain http:// to a host that is not this machine"));
    parser.addOptions({server, user, site, allowHttp});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("login"), arguments))
        return *stop;
    if (!parser.isSet(server) || !parser.isSet(user))
        return runtime.usage(QStringLiteral("login: --server and --user are needed"));
    const QString password = readPasswordFromStdin();
    if (password.isEmpty())
        return runtime.usage(QStringLiteral("login: the password is read from stdin"));
    LocalStore &store = runtime.store();
    QNetworkAccessManager nam;
    TokenStore tokens;
    SyncSession session(store, tokens, nam);
    const SyncSession::Outcome outcome = session.login(QUrl(parser.value(server)), parser.value(user),
                                                       password, parser.value(site), parser.isSet(allowHttp));
    if (!outcome.ok)
        return runtime.fail(QStringLiteral("login refused (%1): %2").arg(outcome.error, outcome.message));
    return runtime.succeed(
        {{QStringLiteral("agent_id"), outcome.agentId},
         {QStringLiteral("display_name"), outcome.displayName},
         {QStringLiteral("role"), outcome.role},
         {QStringLiteral("sites"), QJsonArray::fromStringList(outcome.siteIds)},
         {QStringLiteral("device_id"), session.deviceId()}},
        QStringLiteral("Signed in as %1 (%2) at site %3")
            .arg(outcome.displayName, outcome.role, outcome.siteIds.join(QStringLiteral(", "))));
}

int runLogoutCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signs the counter out: revokes the token on the server and removes it from the keychain."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("logout"), arguments))
        return *stop;
    LocalStore &store = runtime.store();
    QNetworkAccessManager nam;
    TokenStore tokens;
    SyncSession session(store, tokens, nam);
    const SyncSession::Outcome outcome = session.logout();
    if (!outcome.ok)
        return runtime.fail(QStringLiteral("logout failed: %1").arg(outcome.message));
    return runtime.succeed({{QStringLiteral("signed_out"), true}, {QStringLiteral("note"), outcome.message}},
                           outcome.message.isEmpty()
                               ? QStringLiteral("Signed out")
                               : QStringLiteral("Signed out (%1)").arg(outcome.message));
}

int runSyncCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pushes the outbox, then pulls until caught up."));
    const QCommandLineOption allowHttp(
        QStringLiteral("allow-http"),
        QStringLiteral("Allow plain http:// to a host that is not this machine"));
    parser.addOption(allowHttp);
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("sync"), arguments))
        return *stop;
    LocalStore &store = runtime.store();
    QNetworkAccessManager nam;
    TokenStore tokens;
    SyncSession session(store, tokens, nam);
    const QUrl server = session.server();
    if (server.isEmpty())
        return runtime.fail(
            QStringLiteral("this counter has never signed in: guichet-cli login --server URL --user LOGIN"));
    const QString urlProblem = SyncHttpClient::checkServerUrl(server, parser.isSet(allowHttp));
    if (!urlProblem.isEmpty())
        return runtime.fail(urlProblem);
    QString keychainError;
    const QString token = session.token(&keychainError);
    if (token.isEmpty())
        return runtime.fail(keychainError.isEmpty() ? QStringLiteral("signed out: guichet-cli login first")
                                                    : keychainError);
    SyncHttpClient client(nam, server);
    client.setToken(token);
    QElapsedTimer timer;
    timer.start();
    const SyncEngine::Report report = SyncEngine(store, client).run();
    const qint64 ms = timer.elapsed();
    const int waiting = OutboxRepository(store).count();
    const QJsonObject json{{QStringLiteral("result"), resultName(report.result)},
                           {QStringLiteral("pushed"), report.pushed},
                           {QStringLiteral("applied"), report.applied},
                           {QStringLiteral("rejected"), report.rejected},
                           {QStringLiteral("pulled"), report.pulled},
                           {QStringLiteral("snapshot"), report.snapshot},
                           {QStringLiteral("waiting"), waiting},
                           {QStringLiteral("cursor"),
                            SyncStateRepository(store).value(SyncStateRepository::Cursor).toLongLong()},
                           {QStringLiteral("elapsed_ms"), ms},
                           {QStringLiteral("message"), report.message}};
    if (!report.ok()) {
        if (runtime.json())
            CliRuntime::printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return runtime.fail(QStringLiteral("sync %1: %2").arg(resultName(report.result), report.message));
    }
    return runtime.succeed(
        json, QStringLiteral("Synced in %1 ms: %2 pushed (%3 applied, %4 rejected), %5 pulled, %6 waiting")
                  .arg(ms)
                  .arg(report.pushed)
                  .arg(report.applied)
                  .arg(report.rejected)
                  .arg(report.pulled)
                  .arg(waiting));
}

} // namespace guichet
