#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

// A real guichet-server on loopback for the server and integration tests (DESIGN §9): a fresh
// store of its own (a SQLite file, or a PostgreSQL database on the GUICHET_TEST_PG server), the
// executable started and stopped like in production, and its admin sub-command. Black box: the
// tests speak to it over HTTP only.
//
//     test::ServerProcess server(test::Backend::Sqlite);
//     QVERIFY(server.start());
//     const QString site = server.addSite(QStringLiteral("T1"), QStringLiteral("Mairie test"));
//
// A PostgreSQL test calls GUICHET_REQUIRE_PG() before making one.
namespace guichet::test {

enum class Backend { Sqlite, Postgres };
QString backendName(Backend backend);   // "sqlite" / "postgresql"

class ServerProcess
{
public:
    // A fresh store: a SQLite file in its own QTemporaryDir, or createFreshPgDatabase("guichet_srv").
    explicit ServerProcess(Backend backend);
    // Kills the server if it is still running and drops the PostgreSQL database.
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    Backend backend() const { return m_backend; }
    QString storeUrl() const { return m_storeUrl; }

    // guichet-server --listen 127.0.0.1:0 --store URL --log-level info + extraArguments; waits
    // (at most 60 s) for the JSON log line {"event":"listening","port":…} on stderr. False, with
    // a warning showing what the server wrote, when it dies or does not listen in time.
    bool start(const QStringList &extraArguments = {});
    void stop();   // SIGTERM, then waits for the exit
    void kill();   // SIGKILL (a crash), then waits
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url() const;   // http://127.0.0.1:PORT
    qint64 pid() const;

    // guichet-server admin ARGUMENTS --store URL --json, `input` on its stdin. Returns the exit
    // code (-1: timed out, -2: crashed); stdout into *out.
    int admin(const QStringList &arguments, const QByteArray &input = {}, QByteArray *out = nullptr) const;
    // The new record's id, or empty (with a warning) on failure.
    QString addSite(const QString &code, const QString &name) const;
    QString addAgent(const QString &login, const QString &role, const QString &siteCode,
                     const QString &password) const;

    // Everything the server wrote on stderr so far (every start of this object).
    QByteArray log() const;

private:
    Backend m_backend;
    QTemporaryDir m_dir;   // the SQLite store and the server's stderr
    QString m_storeUrl;
    QString m_pgUrl;       // the database to drop at the end
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A whole HTTP answer. `json` is the body read as a JSON object (empty when it is not one).
struct RawResponse
{
    int status = 0;   // 0: no answer (connection refused, timed out)
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
};

// One synchronous request (its own QNetworkAccessManager and event loop, 30 s at most, no proxy).
// A non-empty body is sent as application/json.
RawResponse rawRequest(const QUrl &url, const QByteArray &method, const QByteArray &body = {},
                       const QByteArray &bearerToken = {});

// Signs in through the API (POST /api/v1/auth/login) and returns the token; empty, with a
// warning, on failure.
QString loginToken(const QUrl &server, const QString &login, const QString &password, const QString &deviceId,
                   const QString &siteId = {});

} // namespace guichet::test
