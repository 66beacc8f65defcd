#pragma once

#include "ServerLog.h"
#include "core/Clock.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace guichet::server {

class ApiServer;
class AuthService;
class MutationProcessor;
class PullService;
class RecordValidator;
class ServerDatabase;
class SmsGateway;
class SmsScheduler;

// The appointments' SMS (SmsScheduler). No gateway: no SMS at all.
struct SmsOptions
{
    QUrl gateway;     // where to POST each SMS (https://, or http:// to this machine only)
    QByteArray token; // bearer token for the gateway; from GUICHET_SMS_TOKEN rather than argv
    QString sender = QStringLiteral("Mairie");
    int intervalSeconds = 30;
    int reminderHours = 48;
    int timeoutSeconds = 10;
};

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString store; // sqlite:PATH or postgresql://…
    QString tlsCert;
    QString tlsKey;
    bool demo = false;
    QString demoPassword = QStringLiteral("guichet-demo");
    QString kbDir;
    int tokenSeconds = 12 * 3600;
    ServerLog::Level logLevel = ServerLog::Level::Info;
    SmsOptions sms;
};

// One guichet-server: opens and migrates the store, seeds the demo city when asked, and serves the
// API. Owns every part; the parts borrow one another.
class ServerApp
{
public:
    explicit ServerApp(ServerOptions options, Clock &clock = SystemClock::instance());
    ~ServerApp();

    // Throws StoreError on a store or TLS problem. Returns the port listened on.
    quint16 start();
    ServerDatabase &database() { return *m_database; }
    AuthService &auth() { return *m_auth; }
    ServerLog &log() { return m_log; }

private:
    void startSms();

    ServerOptions m_options;
    Clock &m_clock;
    ServerLog m_log;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<RecordValidator> m_validator;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<MutationProcessor> m_mutations;
    std::unique_ptr<PullService> m_pulls;
    std::unique_ptr<ApiServer> m_api;
    // Last, so destroyed first: the scheduler borrows the store and the gateway, the gateway the
    // network access manager (one for every SMS, owned here).
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SmsGateway> m_smsGateway;
    std::unique_ptr<SmsScheduler> m_smsScheduler;
};

// Opens and migrates a store for the admin commands and the server.
std::unique_ptr<ServerDatabase> openServerStore(const QString &storeUrl);

// Fills an empty server store with the demo city (the same city as `guichet-cli init --demo`) and
// gives every demo agent the password `password`. Returns false when the store already has sites.
bool seedDemoCity(ServerDatabase &database, const QString &password, const QString &kbDir, ServerLog &log);

} // namespace guichet::server
