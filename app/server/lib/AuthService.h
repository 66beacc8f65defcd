#pragma once

#include "Session.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet::server {

class ServerDatabase;
class ServerLog;

// Logins, tokens and devices (DESIGN §7).
// - Passwords are Argon2id hashes; after kFreeAttempts failures in a row a login is locked for a
//   time that doubles with each further failure (at most 15 minutes).
// - A token is random, stored only as a digest, expires (a shift by default) and is revoked at
//   logout, and when another agent signs in on the same device (shift change, a substitute).
// - Each request's token gives a Session: agent, role, device and the sites it serves.
class AuthService
{
public:
    static constexpr int kFreeAttempts = 5;

    AuthService(ServerDatabase &database, Clock &clock, ServerLog &log, int tokenSeconds);

    struct LoginRequest
    {
        QString login;
        QString password;
        QString deviceId;
        QString deviceName;
        QString siteId;
    };
    struct LoginResult
    {
        int status = 200; // 200, 400, 401, 403 or 429
        QString error;    // machine-readable code when status != 200
        QString message;
        int retryAfter = 0;
        QJsonObject body; // the answer for 200
    };
    LoginResult login(const LoginRequest &request);
    void logout(const Session &session);

    // The session of a bearer token, or nothing (missing, unknown, expired, revoked, agent gone).
    std::optional<Session> authenticate(const QString &token);

    // Administration.
    void setPassword(const QString &agentId, const QString &login, const QString &password);
    int revokeDevice(const QString &deviceId);

private:
    ServerDatabase &m_db;
    Clock &m_clock;
    ServerLog &m_log;
    int m_tokenSeconds;
    // Failures of logins that do not exist, throttled like real ones so that a lock does not
    // tell which logins exist (in memory: bounded, and only to look the same).
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Failures> m_unknownLogins;
};

} // namespace guichet::server
