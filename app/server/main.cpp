// guichet-server: the central sync server (DESIGN §6). Serves the API, or runs an admin command.
#include "AdminCommands.h"
#include "ServerApp.h"
#include "demo/ServicePublicLocation.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <csignal>
#include <cstdio>

using namespace guichet;
using namespace guichet::server;

namespace {

const char *const kDescription = R"(Guichet's central server: counters push their changes and pull the city's.

  guichet-server --store sqlite:/var/lib/guichet/server.sqlite --listen 0.0.0.0:8443 \
                 --tls-cert cert.pem --tls-key key.pem
  guichet-server --store postgresql://guichet@db.example:5432/guichet --listen 0.0.0.0:8443 ...
  guichet-server admin --help      sites, agents, devices, article imports

SMS confirmations and reminders go through the city's HTTP gateway when --sms-gateway is given
(its token in the environment variable GUICHET_SMS_TOKEN). Logs are JSON lines on stderr.)";

int fail(const QString &reason)
{
    std::fputs((QStringLiteral("guichet-server: ") + reason + QLatin1Char('\n')).toUtf8().constData(),
               stderr);
    return 1;
}

void stopOnSignal(int)
{
    QCoreApplication::quit();
}

int usage(const char *message)
{
    std::fprintf(stderr, "guichet-server: %s\n", message);
    return 2;
}

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// A positive whole number of at most `maximum`, or -1.
int positive(const QString &text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 && value <= maximum ? value : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin"))
        return runAdmin(arguments.mid(1));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("address and port (default 127.0.0.1:8443; port 0 picks a free one)"),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QStringLiteral(
            "sqlite:PATH (default sqlite:guichet-server.sqlite) or postgresql://USER@HOST:PORT/DB"),
        QStringLiteral("URL"), QStringLiteral("sqlite:guichet-server.sqlite"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("fill an empty store with the demo city; demo agents sign "
                                                 "in with the password of --demo-password"));
    const QCommandLineOption demoPassword(QStringLiteral("demo-password"),
                                          QStringLiteral("the demo agents' password (default guichet-demo)"),
                                          QStringLiteral("PASSWORD"), QStringLiteral("guichet-demo"));
    const QCommandLineOption kbDir(
        QStringLiteral("kb-dir"),
        QStringLiteral("Service-Public fiches for the demo (default ../shared/data/kb when found)"),
        QStringLiteral("DIR"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("token lifetime in seconds (default 43200, a shift)"),
                                      QStringLiteral("SECONDS"), QStringLiteral("43200"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("debug, info, warning or error"),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption smsGateway(
        QStringLiteral("sms-gateway"),
        QStringLiteral("send appointment SMS by POSTing JSON to this URL (https://, or http:// to this "
                       "machine); without it no SMS is sent"),
        QStringLiteral("URL"));
    const QCommandLineOption smsToken(
        QStringLiteral("sms-token"),
        QStringLiteral("the gateway's bearer token (prefer the environment variable GUICHET_SMS_TOKEN: "
                       "a command line is visible to every user of the machine)"),
        QStringLiteral("TOKEN"));
    const QCommandLineOption smsSender(
        QStringLiteral("sms-sender"),
        QStringLiteral("the sender name shown on the phones, at most 11 letters "
                       "or digits (default Mairie)"),
        QStringLiteral("NAME"), QStringLiteral("Mairie"));
    const QCommandLineOption smsInterval(
        QStringLiteral("sms-interval"),
        QStringLiteral("seconds between two looks for SMS to send (default 30)"), QStringLiteral("SECONDS"),
        QStringLiteral("30"));
    const QCommandLineOption smsReminderHours(
        QStringLiteral("sms-reminder-hours"),
        QStringLiteral("send the reminder this many hours before the appointment (default 48)"),
        QStringLiteral("HOURS"), QStringLiteral("48"));
    parser.addOptions({listen, store, tlsCert, tlsKey, demo, demoPassword, kbDir, tokenTtl, logLevel,
                       smsGateway, smsToken, smsSender, smsInterval, smsReminderHours});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "guichet-server: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("guichet-server %s\n", GUICHET_VERSION);
        return 0;
    }

    ServerOptions options;
    const QString hostPort = parser.value(listen);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&portOk) : -1;
    if (colon <= 0 || !portOk || port < 0 || port > 65535 ||
        !options.address.setAddress(hostPort.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')))) {
        std::fprintf(stderr, "guichet-server: --listen takes HOST:PORT, e.g. 127.0.0.1:8443\n");
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.store = parser.value(store);
    options.tlsCert = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.demo = parser.isSet(demo);
    options.demoPassword = parser.value(demoPassword);
    options.kbDir = parser.isSet(kbDir) ? parser.value(kbDir) : findServicePublicDir();
    bool ttlOk = false;
    options.tokenSeconds = parser.value(tokenTtl).toInt(&ttlOk);
    if (!ttlOk || options.tokenSeconds <= 0) {
        std::fprintf(stderr, "guichet-server: --token-ttl takes a number of seconds\n");
        return 2;
    }
    if (!ServerLog::parseLevel(parser.value(logLevel), &options.logLevel)) {
        std::fprintf(stderr, "guichet-server: --log-level is debug, info, warning or error\n");
        return 2;
    }

    if (parser.isSet(smsGateway)) {
        const QUrl gateway(parser.value(smsGateway), QUrl::StrictMode);
        const QString scheme = gateway.scheme();
        if (!gateway.isValid() || gateway.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return usage("--sms-gateway takes an http(s) URL, e.g. https://sms.example.fr/api/send");
        // The token and the visitors' numbers would cross the network in clear (DESIGN §7).
        if (scheme == QLatin1String("http") && !isLoopbackHost(gateway.host()))
            return usage("--sms-gateway must be https:// (plain http:// only to this machine)");
        options.sms.gateway = gateway;
    }
    options.sms.token =
        parser.isSet(smsToken) ? parser.value(smsToken).toUtf8() : qgetenv("GUICHET_SMS_TOKEN");
    options.sms.sender = parser.value(smsSender).trimmed();
    static const QRegularExpression senderPattern(
        QStringLiteral("^(?:[A-Za-z0-9 .-]{1,11}|\\+?[0-9]{3,15})$"));
    if (!senderPattern.match(options.sms.sender).hasMatch())
        return usage(
            "--sms-sender takes at most 11 letters, digits, spaces, dots or dashes (or a phone number)");
    options.sms.intervalSeconds = positive(parser.value(smsInterval), 24 * 3600);
    if (options.sms.intervalSeconds < 0)
        return usage("--sms-interval takes a number of seconds (1 to 86400)");
    options.sms.reminderHours = positive(parser.value(smsReminderHours), 24 * 14);
    if (options.sms.reminderHours < 2)
        return usage("--sms-reminder-hours takes a number of hours (2 to 336)");

    ServerApp server(options);
    if (parser.isSet(smsToken))
        server.log().warning(QStringLiteral("sms_token_on_command_line"),
                             {{QStringLiteral("advice"),
                               QStringLiteral("set GUICHET_SMS_TOKEN instead: a command line is visible to "
                                              "every user of the machine")}});
    try {
        server.start();
    } catch (const StoreError &error) {
        return fail(error.message());
    }
    std::signal(SIGTERM, stopOnSignal);
    std::signal(SIGINT, stopOnSignal);
    return QCoreApplication::exec();
}
