#pragma once

#include "Session.h"

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerRequest>
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
    static std::optional<QJsonObject> parseBody(const QHttpServerRequest &request, Reply *error);

    Reply health();
    Reply login(const QHttpServerRequest &request);
    Reply logout(const Session &session);
    Reply push(const QHttpServerRequest &request, const Session &session);
    Reply pull(const QHttpServerRequest &request, const Session &session);
    Reply lease(const QHttpServerRequest &request, const Session &session);

    ServerDatabase &m_db;
    AuthService &m_auth;
    MutationProcessor &m_mutations;
    PullService &m_pulls;
    ServerLog &m_log;
    QHttpServer m_http;
};

} // namespace guichet::server
