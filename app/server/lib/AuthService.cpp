#include "AuthService.h"

#include "MutationRules.h"
#include "PasswordHasher.h"
#include "RecordStore.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "core/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::server {

namespace {

Agent::Role roleFrom(const QString &name)
{
    if (name == QLatin1String("admin"))
        return Agent::Role::Admin;
    if (name == QLatin1String("supervisor"))
        return Agent::Role::Supervisor;
    return Agent::Role::Agent;
}

QStringList sitesFrom(const QString &json)
{
    QStringList sites;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        sites << value.toString();
    return sites;
}

AuthService::LoginResult refusal(int status, const QString &error, const QString &message)
{
    AuthService::LoginResult result;
    result.status = status;
    result.error = error;
    result.message = message;
    return result;
}

// How long a login stays locked after `failures` failures in a row (none before kFreeAttempts).
int lockSeconds(int failures)
{
    if (failures < AuthService::kFreeAttempts)
        return 0;
    return std::min(900, 30 << std::min(5, failures - AuthService::kFreeAttempts));
}

AuthService::LoginResult throttled(const QDateTime &now, const QDateTime &lockedUntil)
{
    const int seconds = static_cast<int>(now.secsTo(lockedUntil) + 1);
    AuthService::LoginResult result =
        refusal(429, QStringLiteral("throttled"),
                QStringLiteral("too many failed attempts: try again in %1 s").arg(seconds));
    result.retryAfter = seconds;
    return result;
}

} // namespace

AuthService::AuthService(ServerDatabase &database, Clock &clock, ServerLog &log, int tokenSeconds)
    : m_db(database)
    , m_clock(clock)
    , m_log(log)
    , m_tokenSeconds(tokenSeconds)
{}

AuthService::LoginResult AuthService::login(const LoginRequest &request)
{
    if (request.login.isEmpty() || request.password.isEmpty())
        return refusal(400, QStringLiteral("invalid"), QStringLiteral("login and password are needed"));
    if (!MutationRules::isValidId(request.deviceId))
        return refusal(400, QStringLiteral("invalid"), QStringLiteral("device_id is missing or not valid"));
    const QDateTime now = m_clock.nowUtc();

    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT agent_id, password_hash, failed_count, locked_until, disabled "
                                 "FROM credentials WHERE login = ?"),
                  {request.login});
    if (!query.next()) {
        query.finish();
        // Same answers as for a real login (throttled alike), same work as a real check: neither
        // the answer nor its timing tells which logins exist.
        if (m_unknownLogins.size() >= 10000)
            m_unknownLogins.clear();
        Failures &failures = m_unknownLogins[request.login];
        if (failures.lockedUntil.isValid() && failures.lockedUntil > now)
            return throttled(now, failures.lockedUntil);
        static const QString dummy = crypto::hashPassword(QStringLiteral("not a password"));
        crypto::verifyPassword(dummy, request.password);
        ++failures.count;
        if (const int seconds = lockSeconds(failures.count); seconds > 0)
            failures.lockedUntil = now.addSecs(seconds);
        m_log.info(QStringLiteral("login_failed"),
                   {{QStringLiteral("login"), request.login}, {QStringLiteral("failures"), failures.count}});
        return refusal(401, QStringLiteral("bad_credentials"),
                       QStringLiteral("unknown login or wrong password"));
    }
    const QString agentId = query.value(0).toString();
    const QString hash = query.value(1).toString();
    const int failed = query.value(2).toInt();
    const QDateTime lockedUntil = timefmt::fromStore(query.value(3).toString());
    const bool disabled = query.value(4).toInt() != 0;
    query.finish();
    if (disabled)
        return refusal(403, QStringLiteral("forbidden"), QStringLiteral("this account is disabled"));
    if (lockedUntil.isValid() && lockedUntil > now)
        return throttled(now, lockedUntil);
    if (!crypto::verifyPassword(hash, request.password)) {
        const int failures = failed + 1;
        QVariant lock(QMetaType::fromType<QString>());
        if (const int seconds = lockSeconds(failures); seconds > 0)
            lock = timefmt::toStore(now.addSecs(seconds));
        m_db.exec(
            QStringLiteral("UPDATE credentials SET failed_count = ?, locked_until = ? WHERE agent_id = ?"),
            {failures, lock, agentId});
        m_log.info(QStringLiteral("login_failed"),
                   {{QStringLiteral("login"), request.login}, {QStringLiteral("failures"), failures}});
        return refusal(401, QStringLiteral("bad_credentials"),
                       QStringLiteral("unknown login or wrong password"));
    }

    RecordStore records(m_db);
    const auto agent = records.find(agentId);
    if (!agent || agent->deleted || agent->entity != QLatin1String("agents"))
        return refusal(403, QStringLiteral("forbidden"), QStringLiteral("this agent no longer exists"));
    const QString siteId = request.siteId.isEmpty()
                               ? agent->data.value(QLatin1String("home_site_id")).toString()
                               : request.siteId;
    if (siteId.isEmpty())
        return refusal(400, QStringLiteral("site_needed"),
                       QStringLiteral("this agent has no home site: choose the site you are working at"));
    const auto site = records.find(siteId);
    if (!site || site->deleted || site->entity != QLatin1String("sites"))
        return refusal(400, QStringLiteral("invalid"), QStringLiteral("unknown site %1").arg(siteId));
    // An agent of a mairie signs in at that mairie; the substitutes of the pool, supervisors and
    // administrators wherever they are sent.
    const QString homeSite = agent->data.value(QLatin1String("home_site_id")).toString();
    const bool inPool = agent->data.value(QLatin1String("in_pool")).toInt() != 0 || homeSite.isEmpty();
    if (agent->data.value(QLatin1String("role")).toString() == QLatin1String("agent") && !inPool &&
        siteId != homeSite)
        return refusal(403, QStringLiteral("forbidden"),
                       QStringLiteral("this agent works at another site: a supervisor can send them here"));
    const QVariant revoked =
        m_db.scalar(QStringLiteral("SELECT revoked FROM devices WHERE id = ?"), {request.deviceId});
    if (revoked.isValid() && revoked.toInt() != 0)
        return refusal(403, QStringLiteral("forbidden"), QStringLiteral("this device has been revoked"));

    const QString token = crypto::newToken();
    const QString stamp = timefmt::toStoreMs(now);
    const QString expires = timefmt::toStore(now.addSecs(m_tokenSeconds));
    const QString sites = QString::fromUtf8(QJsonDocument(QJsonArray{siteId}).toJson(QJsonDocument::Compact));
    {
        ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
        m_db.exec(
            QStringLiteral("UPDATE credentials SET failed_count = 0, locked_until = NULL WHERE agent_id = ?"),
            {agentId});
        m_db.exec(
            QStringLiteral(
                "INSERT INTO devices (id, name, site_ids, registered_at, last_seen) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, site_ids = excluded.site_ids, "
                "last_seen = excluded.last_seen"),
            {request.deviceId, request.deviceName.isEmpty() ? request.deviceId : request.deviceName.left(200),
             sites, stamp, stamp});
        // One session per device: the previous agent's token on this counter stops working.
        m_db.exec(
            QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL"),
            {stamp, request.deviceId});
        m_db.exec(
            QStringLiteral(
                "INSERT INTO tokens (token_hash, agent_id, device_id, site_ids, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {crypto::tokenDigest(token), agentId, request.deviceId, sites, stamp, expires});
        transaction.commit();
    }
    m_log.info(QStringLiteral("login"), {{QStringLiteral("agent"), agentId},
                                         {QStringLiteral("device"), request.deviceId},
                                         {QStringLiteral("site"), siteId}});
    LoginResult result;
    result.body = QJsonObject{
        {QStringLiteral("token"), token},
        {QStringLiteral("expires_at"), expires},
        {QStringLiteral("epoch"), records.epoch()},
        {QStringLiteral("agent"),
         QJsonObject{{QStringLiteral("id"), agentId},
                     {QStringLiteral("login"), request.login},
                     {QStringLiteral("display_name"), agent->data.value(QLatin1String("display_name"))},
                     {QStringLiteral("role"), agent->data.value(QLatin1String("role"))}}},
        {QStringLiteral("sites"), QJsonArray{siteId}},
        {QStringLiteral("last_seq"),
         m_db.scalar(QStringLiteral("SELECT last_seq FROM devices WHERE id = ?"), {request.deviceId})
             .toLongLong()},
    };
    return result;
}

void AuthService::logout(const Session &session)
{
    m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE token_hash = ?"),
              {timefmt::toStoreMs(m_clock.nowUtc()), session.tokenHash});
    m_log.info(QStringLiteral("logout"),
               {{QStringLiteral("agent"), session.agentId}, {QStringLiteral("device"), session.deviceId}});
}

std::optional<Session> AuthService::authenticate(const QString &token)
{
    if (!token.startsWith(QLatin1String("gt_")) || token.size() > 100)
        return std::nullopt;
    const QString digest = crypto::tokenDigest(token);
    QSqlQuery &query = m_db.exec(
        QStringLiteral(
            "SELECT t.agent_id, t.device_id, t.site_ids, t.expires_at, t.revoked_at, c.login, c.disabled "
            "FROM tokens t JOIN credentials c ON c.agent_id = t.agent_id WHERE t.token_hash = ?"),
        {digest});
    if (!query.next())
        return std::nullopt;
    Session session;
    session.agentId = query.value(0).toString();
    session.deviceId = query.value(1).toString();
    session.siteIds = sitesFrom(query.value(2).toString());
    const QDateTime expires = timefmt::fromStore(query.value(3).toString());
    const bool revoked = !query.value(4).isNull();
    session.login = query.value(5).toString();
    const bool disabled = query.value(6).toInt() != 0;
    query.finish();
    session.tokenHash = digest;
    if (revoked || disabled || !expires.isValid() || expires <= m_clock.nowUtc())
        return std::nullopt;
    const auto agent = RecordStore(m_db).find(session.agentId);
    if (!agent || agent->deleted)
        return std::nullopt;
    session.role = roleFrom(agent->data.value(QLatin1String("role")).toString());
    return session;
}

void AuthService::setPassword(const QString &agentId, const QString &login, const QString &password)
{
    m_db.exec(QStringLiteral(
                  "INSERT INTO credentials (agent_id, login, password_hash, updated_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (agent_id) DO UPDATE SET login = excluded.login, password_hash = "
                  "excluded.password_hash, failed_count = 0, locked_until = NULL, updated_at = "
                  "excluded.updated_at"),
              {agentId, login, crypto::hashPassword(password), timefmt::toStoreMs(m_clock.nowUtc())});
}

int AuthService::revokeDevice(const QString &deviceId)
{
    const QString now = timefmt::toStoreMs(m_clock.nowUtc());
    m_db.exec(QStringLiteral("UPDATE devices SET revoked = 1 WHERE id = ?"), {deviceId});
    return m_db
        .exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL"),
              {now, deviceId})
        .numRowsAffected();
}

} // namespace guichet::server
