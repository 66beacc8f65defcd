#pragma once

// Shared by the integration tests: a real guichet-server (SQLite or PostgreSQL) with the demo city
// and agents of our own, and headless counters driven through guichet-cli.
#include "CiEnvironment.h"
#include "CliClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace guichet::test {

inline const QString kPassword = QStringLiteral("correct horse battery");

// The keychain is needed by guichet-cli login: .ci/with-keyring provides one.
#define GUICHET_REQUIRE_KEYRING()                                                                            \
    do {                                                                                                     \
        if (qgetenv("GUICHET_TEST_KEYRING").isEmpty()) {                                                     \
            if (guichet::test::runningInCi())                                                                \
                QFAIL("CI must run the integration tests inside .ci/with-keyring (GUICHET_TEST_KEYRING)");   \
            QSKIP("needs a keychain: run through .ci/test or .ci/with-keyring");                             \
        }                                                                                                    \
    } while (false)

inline void addBackendRows()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << static_cast<int>(Backend::Sqlite);
    QTest::newRow("postgresql") << static_cast<int>(Backend::Postgres);
}

// Starts a demo server for the row's backend (skips the PostgreSQL row without PostgreSQL).
inline std::unique_ptr<ServerProcess> startDemoServer(int backend)
{
    if (static_cast<Backend>(backend) == Backend::Postgres && pgAdminUrl().isEmpty())
        return nullptr;
    auto server = std::make_unique<ServerProcess>(static_cast<Backend>(backend));
    if (!server->start(
            {QStringLiteral("--demo"), QStringLiteral("--kb-dir"), QStringLiteral("/nonexistent")}))
        return nullptr;
    return server;
}

// Starts the server again on its store and on the same port (the counters know its address).
inline bool restartOnSamePort(ServerProcess &server, const QStringList &extra = {})
{
    const quint16 port = server.port();
    if (server.isRunning())
        server.stop();
    return server.start(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
                        extra);
}

// The digest of each entity in `info --json`.
inline QJsonObject digests(const CliClient &client)
{
    return client.info().value(QLatin1String("digests")).toObject();
}

} // namespace guichet::test
