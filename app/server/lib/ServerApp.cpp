#include "ServerApp.h"

#include "ApiServer.h"
#include "AuthService.h"
#include "MutationProcessor.h"
#include "PasswordHasher.h"
#include "PullService.h"
#include "RecordImporter.h"
#include "RecordStore.h"
#include "RecordValidator.h"
#include "ServerDatabase.h"
#include "ServerMigrations.h"
#include "SmsGateway.h"
#include "SmsScheduler.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace guichet::server {

std::unique_ptr<ServerDatabase> openServerStore(const QString &storeUrl)
{
    auto database = std::make_unique<ServerDatabase>(StoreUrl::parse(storeUrl));
    database->open();
    migrateServerStore(*database);
    return database;
}

bool seedDemoCity(ServerDatabase &database, const QString &password, const QString &kbDir, ServerLog &log)
{
    if (database.scalar(QStringLiteral("SELECT count(*) FROM records WHERE entity = 'sites'")).toInt() > 0)
        return false;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw StoreError(
            QStringLiteral("no temporary folder for the demo city: %1").arg(scratch.errorString()));
    QMap<QString, int> counts;
    {
        LocalStore source(scratch.filePath(QStringLiteral("demo.sqlite")));
        source.open(LocalStore::IntegrityCheck::Skip);
        DemoOptions options;
        options.kbDir = kbDir;
        DemoCity(source).generate(options);
        counts = RecordImporter(database).importFrom(source);
    }
    // Demo only: every demo agent gets the same announced password (one Argon2id hash, so that
    // the demo starts in a second rather than one hash per agent).
    const QString hash = crypto::hashPassword(password);
    const QString now = timefmt::toStoreMs(QDateTime::currentDateTimeUtc());
    RecordStore records(database);
    ServerTransaction transaction(database, ServerTransaction::Mode::Write);
    for (const StoredRecord &agent : records.byEntity(QStringLiteral("agents")))
        database.exec(
            QStringLiteral(
                "INSERT INTO credentials (agent_id, login, password_hash, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (agent_id) DO NOTHING"),
            {agent.id, agent.data.value(QLatin1String("login")).toString(), hash, now});
    transaction.commit();
    QJsonObject fields;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        fields.insert(it.key(), it.value());
    fields.insert(QStringLiteral("password"), password);
    log.info(QStringLiteral("demo_seeded"), fields);
    return true;
}

ServerApp::ServerApp(ServerOptions options, Clock &clock)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_log(m_options.logLevel)
{}

ServerApp::~ServerApp() = default;

quint16 ServerApp::start()
{
    if (!crypto::initialise())
        throw StoreError(QStringLiteral("libsodium could not start"));
    m_database = openServerStore(m_options.store);
    m_log.info(QStringLiteral("store_open"), {{QStringLiteral("store"), m_database->url().describe()},
                                              {QStringLiteral("schema"), serverSchemaVersion(*m_database)}});
    if (m_options.demo)
        seedDemoCity(*m_database, m_options.demoPassword, m_options.kbDir, m_log);
    m_validator = std::make_unique<RecordValidator>();
    m_auth = std::make_unique<AuthService>(*m_database, m_clock, m_log, m_options.tokenSeconds);
    m_mutations = std::make_unique<MutationProcessor>(*m_database, *m_validator, m_clock, m_log);
    m_pulls = std::make_unique<PullService>(*m_database);
    m_api = std::make_unique<ApiServer>(*m_database, *m_auth, *m_mutations, *m_pulls, m_log);

    const bool tls = !m_options.tlsCert.isEmpty() || !m_options.tlsKey.isEmpty();
    if (tls) {
        QFile certFile(m_options.tlsCert);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral(
                "cannot read the TLS certificate or key (--tls-cert and --tls-key are both needed)"));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey =
            key.isNull() ? QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem)
                         : key;
        if (certificate.isNull() || ecKey.isNull())
            throw StoreError(QStringLiteral("the TLS certificate or key is not valid PEM"));
        m_api->http().sslSetup(certificate, ecKey);
    }
    const quint16 port = m_api->http().listen(m_options.address, m_options.port);
    if (port == 0)
        throw StoreError(QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)")
                             .arg(m_options.address.toString())
                             .arg(m_options.port));
    // Answers go out as soon as they are written (no Nagle delay waiting for the counter's
    // delayed acknowledgement): accepted connections inherit the option on Linux.
    for (QTcpServer *server : m_api->http().servers()) {
        const int one = 1;
        const int listener = static_cast<int>(server->socketDescriptor());
        if (::setsockopt(listener, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0 ||
            ::setsockopt(listener, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one) != 0)
            m_log.warning(QStringLiteral("tcp_nodelay_unavailable"), {});
    }
    m_log.info(QStringLiteral("listening"), {{QStringLiteral("address"), m_options.address.toString()},
                                             {QStringLiteral("port"), port},
                                             {QStringLiteral("tls"), tls}});
    startSms();
    return port;
}

void ServerApp::startSms()
{
    const SmsOptions &sms = m_options.sms;
    if (sms.gateway.isEmpty()) {
        m_log.info(QStringLiteral("sms_disabled"),
                   {{QStringLiteral("reason"), QStringLiteral("no --sms-gateway")}});
        return;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    SmsGateway::Config config;
    config.url = sms.gateway;
    config.token = sms.token;
    config.sender = sms.sender;
    config.timeoutMs = sms.timeoutSeconds * 1000;
    m_smsGateway = std::make_unique<SmsGateway>(*m_network, config);
    m_smsScheduler =
        std::make_unique<SmsScheduler>(*m_database, *m_smsGateway, m_clock, m_log,
                                       SmsScheduler::Options{sms.intervalSeconds, sms.reminderHours});
    m_smsScheduler->start();
    // The gateway without its path or query (they may hold a key), never the token.
    m_log.info(
        QStringLiteral("sms_enabled"),
        {{QStringLiteral("gateway"),
          sms.gateway.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()},
         {QStringLiteral("token"), !sms.token.isEmpty()},
         {QStringLiteral("sender"), sms.sender},
         {QStringLiteral("interval_s"), sms.intervalSeconds},
         {QStringLiteral("reminder_hours"), sms.reminderHours}});
}

} // namespace guichet::server
