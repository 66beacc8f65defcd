#pragma once

#include "PushBatcher.h"
#include "Session.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace guichet::server {

class AuthService;
class MutationProcessor;
class PullService;
class ServerDatabase;
class ServerLog;

// The JSON API under /api/v1 (see models/sync/SyncProtocol.h) on Qt HttpServer. Every input is
// checked before anything is written: a body over the limit, a body that is not JSON (or not
// UTF-8), wrong types, a missing or bad token, a device or site the token does not cover — each
// gets a 4xx with {"error", "message"} and changes nothing.
class ApiServer
{
public:
    ApiServer(ServerDatabase &database, AuthService &auth, MutationProcessor &mutations, PullService &pulls,
              ServerLog &log);

    QHttpServer &http() { return m_http; }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    using Handler = std::function<Reply(const QHttpServerRequest &, const Session *)>;

    void addRoute(const char *path, QHttpServerRequest::Method method, bool needsToken, Handler handler);
    QHttpServerResponse respond(const QHttpServerRequest &request, QHttpServerRequest::Method method,
                                bool needsToken, const Handler &handler);
    // The checks every request passes first (method, size, token); the reply when it stops there.
    std::optional<Reply> admit(const QHttpServerRequest &request, QHttpServerRequest::Method method,
                               bool needsToken, std::optional<Session> *session);
    // Runs `work`, turning a store failure into a 503 and anything else into a 500.
    Reply guarded(const QHttpServerRequest &request, const std::function<Reply()> &work);
    void logRequest(const QString &method, const QString &path, int status, const QString &agent,
                    const QElapsedTimer &timer) const;
    // A push is answered after the group commit it joins (PushBatcher).
    void deferPush(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static std::optional<QJsonObject> parseBody(const QHttpServerRequest &request, Reply *error);

    Reply health();
    Reply login(const QHttpServerRequest &request);
    Reply logout(const Session &session);
    // The push's mutations into `out`, or the 4xx that refuses the body (status 200: accepted).
    Reply parsePush(const QHttpServerRequest &request, const Session &session, QList<Mutation> *out);
    Reply pull(const QHttpServerRequest &request, const Session &session);
    Reply lease(const QHttpServerRequest &request, const Session &session);

    ServerDatabase &m_db;
    AuthService &m_auth;
    MutationProcessor &m_mutations;
    PullService &m_pulls;
    ServerLog &m_log;
    PushBatcher m_pushes;
    QHttpServer m_http;
};

} // namespace guichet::server
