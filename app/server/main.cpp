// guichet-server: the central sync server (DESIGN §6). Serves the API, or runs an admin command.
#include "AdminCommands.h"
#include "ServerApp.h"
#include "demo/ServicePublicLocation.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

Logs are JSON lines on stderr.)";

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
    parser.addOptions({listen, store, tlsCert, tlsKey, demo, demoPassword, kbDir, tokenTtl, logLevel});
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

    ServerApp server(options);
    try {
        server.start();
    } catch (const StoreError &error) {
        return fail(error.message());
    }
    std::signal(SIGTERM, stopOnSignal);
    std::signal(SIGINT, stopOnSignal);
    return QCoreApplication::exec();
}
