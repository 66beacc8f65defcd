#include "sync/SyncSession.h"

#include "core/Ids.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Transaction.h"
#include "sync/PullPageApplier.h"
#include "sync/SyncHttpClient.h"
#include "sync/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace guichet {

SyncSession::SyncSession(LocalStore &store, TokenStore &tokens, QNetworkAccessManager &nam)
    : m_store(store)
    , m_tokens(tokens)
    , m_nam(nam)
{}

QString SyncSession::deviceId()
{
    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    QString id = SyncStateRepository::value(db, SyncStateRepository::DeviceId);
    if (id.isEmpty()) {
        id = newId();
        SyncStateRepository::setValue(db, SyncStateRepository::DeviceId, id);
    }
    transaction.commit();
    return id;
}

QUrl SyncSession::server() const
{
    return QUrl(SyncStateRepository(m_store).value(SyncStateRepository::ServerUrl));
}

QString SyncSession::token(QString *error)
{
    const auto token = m_tokens.read(TokenStore::keyFor(deviceId()), error);
    return token.value_or(QString());
}

SyncSession::Outcome SyncSession::login(const QUrl &server, const QString &login, const QString &password,
                                        const QString &siteId, bool allowPlainHttp)
{
    Outcome outcome;
    const QString urlProblem = SyncHttpClient::checkServerUrl(server, allowPlainHttp);
    if (!urlProblem.isEmpty()) {
        outcome.error = QStringLiteral("url");
        outcome.message = urlProblem;
        return outcome;
    }
    const QString device = deviceId();
    const QString key = TokenStore::keyFor(device);
    // Whoever was signed in here is signed out first: one session per counter.
    QString keychainError;
    if (!m_tokens.remove(key, &keychainError)) {
        outcome.error = QStringLiteral("keychain");
        outcome.message = keychainError;
        return outcome;
    }
    SyncHttpClient client(m_nam, server);
    QJsonObject body{{QStringLiteral("login"), login},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("device_id"), device},
                     {QStringLiteral("device_name"), QSysInfo::machineHostName()}};
    if (!siteId.isEmpty())
        body.insert(QStringLiteral("site_id"), siteId);
    const SyncHttpClient::Response response = client.post(QStringLiteral("/api/v1/auth/login"), body);
    if (!response.ok()) {
        outcome.error = response.kind == SyncHttpClient::Response::Kind::NetworkError
                            ? QStringLiteral("offline")
                            : response.errorCode();
        outcome.message = response.message;
        return outcome;
    }
    const QString token = response.body.value(QLatin1String("token")).toString();
    const QJsonObject agent = response.body.value(QLatin1String("agent")).toObject();
    for (const QJsonValue &site : response.body.value(QLatin1String("sites")).toArray())
        outcome.siteIds << site.toString();
    if (token.isEmpty() || outcome.siteIds.isEmpty()) {
        outcome.error = QStringLiteral("bad_answer");
        outcome.message = QStringLiteral("the server's answer to the sign-in has no token or no site");
        return outcome;
    }
    if (!m_tokens.write(key, token, &keychainError)) {
        outcome.error = QStringLiteral("keychain");
        outcome.message = keychainError;
        return outcome;
    }
    outcome.agentId = agent.value(QLatin1String("id")).toString();
    outcome.displayName = agent.value(QLatin1String("display_name")).toString();
    outcome.role = agent.value(QLatin1String("role")).toString();

    const SyncStateRepository state(m_store);
    const QString previousServer = state.value(SyncStateRepository::ServerUrl);
    const QString previousSites = state.value(SyncStateRepository::SiteIds);
    const QString sites = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(outcome.siteIds)).toJson(QJsonDocument::Compact));
    PullPageApplier applier(m_store);
    if (!previousServer.isEmpty() && previousServer != server.toString()) {
        applier.resetForSnapshot(); // another server: its change numbers mean nothing here
    } else if (!previousSites.isEmpty() && previousSites != sites) {
        applier.purgeOutOfScope(outcome.siteIds);
        applier.resetForSnapshot(); // the new site's appointments come with a full pull
    }
    {
        QSqlDatabase db = m_store.connection();
        Transaction transaction(db);
        SyncStateRepository::setValue(db, SyncStateRepository::ServerUrl, server.toString());
        SyncStateRepository::setValue(db, SyncStateRepository::AgentLogin, login);
        SyncStateRepository::setValue(db, SyncStateRepository::CurrentAgent, outcome.agentId);
        SyncStateRepository::setValue(db, SyncStateRepository::AgentRole, outcome.role);
        SyncStateRepository::setValue(db, SyncStateRepository::SiteIds, sites);
        SyncStateRepository::setValue(db, SyncStateRepository::CurrentSite, outcome.siteIds.first());
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("sync_state"));
    outcome.ok = true;
    return outcome;
}

SyncSession::Outcome SyncSession::logout()
{
    Outcome outcome;
    const QString device = deviceId();
    const QString key = TokenStore::keyFor(device);
    QString keychainError;
    const auto token = m_tokens.read(key, &keychainError);
    if (token && !token->isEmpty()) {
        SyncHttpClient client(m_nam, server());
        client.setToken(*token);
        client.setTimeoutMs(5000);
        const SyncHttpClient::Response response = client.post(QStringLiteral("/api/v1/auth/logout"), {});
        if (!response.ok())
            outcome.message =
                QStringLiteral("the server could not be told (%1); the token expires on its own")
                    .arg(response.message);
    }
    if (!m_tokens.remove(key, &keychainError)) {
        outcome.error = QStringLiteral("keychain");
        outcome.message = keychainError;
        return outcome;
    }
    {
        QSqlDatabase db = m_store.connection();
        Transaction transaction(db);
        SyncStateRepository::setValue(db, SyncStateRepository::AgentLogin, QStringLiteral(""));
        SyncStateRepository::setValue(db, SyncStateRepository::CurrentAgent, QStringLiteral(""));
        SyncStateRepository::setValue(db, SyncStateRepository::AgentRole, QStringLiteral(""));
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("sync_state"));
    outcome.ok = true;
    return outcome;
}

} // namespace guichet
