#include "ApiServer.h"

#include "AuthService.h"
#include "MutationProcessor.h"
#include "PullService.h"
#include "RecordStore.h"
#include "RequestSearch.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "store/StoreError.h"
#include "sync/SyncProtocol.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace guichet::server {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

// A query parameter as a whole number within [min, max]; `fallback` when absent.
bool integerParameter(const QUrlQuery &query, const char *name, qint64 fallback, qint64 min, qint64 max,
                      qint64 *out)
{
    const QString key = QLatin1String(name);
    if (!query.hasQueryItem(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

ApiServer::ApiServer(ServerDatabase &database, AuthService &auth, MutationProcessor &mutations,
                     PullService &pulls, ServerLog &log)
    : m_db(database)
    , m_auth(auth)
    , m_mutations(mutations)
    , m_pulls(pulls)
    , m_log(log)
    , m_pushes(mutations, log)
{
    addRoute("/api/v1/health", Method::Get, false,
             [this](const QHttpServerRequest &, const Session *) { return health(); });
    addRoute("/api/v1/auth/login", Method::Post, false,
             [this](const QHttpServerRequest &request, const Session *) { return login(request); });
    addRoute("/api/v1/auth/logout", Method::Post, true,
             [this](const QHttpServerRequest &, const Session *session) { return logout(*session); });
    m_http.route(QStringLiteral("/api/v1/sync/push"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     deferPush(request, std::move(responder));
                 });
    addRoute("/api/v1/sync/pull", Method::Get, true,
             [this](const QHttpServerRequest &request, const Session *session) {
                 return pull(request, *session);
             });
    addRoute("/api/v1/sync/leases", Method::Post, true,
             [this](const QHttpServerRequest &request, const Session *session) {
                 return lease(request, *session);
             });
    // Lookup beyond a counter's retention window (RequestSearch); any agent of the city.
    addRoute("/api/v1/requests/search", Method::Get, true,
             [this](const QHttpServerRequest &request, const Session *session) -> Reply {
                 const QUrlQuery query = request.query();
                 qint64 limit = 0;
                 if (!integerParameter(query, "limit", RequestSearch::kDefaultLimit, 1, RequestSearch::kMaxLimit,
                                       &limit))
                     return {400, errorBody(QStringLiteral("invalid"),
                                            QStringLiteral("limit must be a whole number between 1 and %1")
                                                .arg(RequestSearch::kMaxLimit))};
                 const QString text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
                 const RequestSearch::Answer answer =
                     RequestSearch(m_db).search(*session, text, static_cast<int>(limit));
                 return {answer.status, answer.body};
             });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        m_log.info(QStringLiteral("request"),
                   {{QStringLiteral("path"), request.url().path()}, {QStringLiteral("status"), 404}});
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("no such endpoint: %1").arg(request.url().path())}}),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

void ApiServer::addRoute(const char *path, Method method, bool needsToken, Handler handler)
{
    m_http.route(QString::fromLatin1(path),
                 [this, method, needsToken, handler](const QHttpServerRequest &request) {
                     return respond(request, method, needsToken, handler);
                 });
}

ApiServer::Reply ApiServer::guarded(const QHttpServerRequest &request, const std::function<Reply()> &work)
{
    try {
        return work();
    } catch (const StoreError &error) {
        m_log.error(QStringLiteral("store_error"), {{QStringLiteral("path"), request.url().path()},
                                                    {QStringLiteral("error"), error.message()}});
        return {503, errorBody(QStringLiteral("unavailable"),
                               QStringLiteral("the server's store is unavailable; try again later"))};
    } catch (const std::exception &error) {
        m_log.error(QStringLiteral("internal_error"),
                    {{QStringLiteral("path"), request.url().path()},
                     {QStringLiteral("error"), QString::fromUtf8(error.what())}});
        return {500, errorBody(QStringLiteral("server_error"), QStringLiteral("internal error"))};
    }
}

std::optional<ApiServer::Reply> ApiServer::admit(const QHttpServerRequest &request, Method method,
                                                 bool needsToken, std::optional<Session> *session)
{
    if (request.method() != method)
        return Reply{405,
                     errorBody(QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 needs %2").arg(request.url().path(), methodName(method)))};
    if (request.body().size() > protocol::kMaxBodyBytes)
        return Reply{413, errorBody(QStringLiteral("payload_too_large"),
                                    QStringLiteral("the body is %1 bytes, at most %2 are accepted")
                                        .arg(request.body().size())
                                        .arg(protocol::kMaxBodyBytes))};
    if (!needsToken)
        return std::nullopt;
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QString token =
        header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7)).trimmed() : QString();
    *session = token.isEmpty() ? std::nullopt : m_auth.authenticate(token);
    if (!*session)
        return Reply{
            401, errorBody(QStringLiteral("unauthorized"),
                           token.isEmpty()
                               ? QStringLiteral("a bearer token is needed: sign in first")
                               : QStringLiteral("the token is unknown, expired or revoked: sign in again"))};
    return std::nullopt;
}

void ApiServer::logRequest(const QString &method, const QString &path, int status, const QString &agent,
                           const QElapsedTimer &timer) const
{
    m_log.write(status >= 500 ? ServerLog::Level::Error : ServerLog::Level::Debug, QStringLiteral("request"),
                {{QStringLiteral("method"), method},
                 {QStringLiteral("path"), path},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("agent"), agent},
                 {QStringLiteral("ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6}});
}

QHttpServerResponse ApiServer::respond(const QHttpServerRequest &request, Method method, bool needsToken,
                                       const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<Session> session;
    const Reply reply = guarded(request, [&]() -> Reply {
        if (auto refused = admit(request, method, needsToken, &session))
            return *refused;
        return handler(request, session ? &*session : nullptr);
    });
    logRequest(methodName(request.method()), request.url().path(), reply.status,
               session ? session->agentId : QString(), timer);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), reply.body,
                               static_cast<QHttpServerResponse::StatusCode>(reply.status));
}

void ApiServer::deferPush(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    // Answers once, unless the counter went away meanwhile (it pushes again, and is answered
    // "duplicate" with the same results).
    auto answer = [this, held, socket, method, path, timer](int status, const QByteArray &body,
                                                            const QString &agent) {
        logRequest(method, path, status, agent, *timer);
        if (socket)
            held->write(body, QByteArrayLiteral("application/json"),
                        static_cast<QHttpServerResponder::StatusCode>(status));
    };
    std::optional<Session> session;
    QList<Mutation> mutations;
    const Reply early = guarded(request, [&]() -> Reply {
        if (auto refused = admit(request, Method::Post, true, &session))
            return *refused;
        return parsePush(request, *session, &mutations);
    });
    if (early.status != 200) {
        answer(early.status, early.body, session ? session->agentId : QString());
        return;
    }
    const QString agent = session->agentId;
    m_pushes.submit(*session, mutations,
                    [answer, agent](int status, const QByteArray &body) { answer(status, body, agent); });
}

std::optional<QJsonObject> ApiServer::parseBody(const QHttpServerRequest &request, Reply *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {400, errorBody(QStringLiteral("invalid_json"),
                                 QStringLiteral("the body is not valid JSON: %1 at byte %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset))};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = {
            400, errorBody(QStringLiteral("invalid_json"), QStringLiteral("the body must be a JSON object"))};
        return std::nullopt;
    }
    return document.object();
}

ApiServer::Reply ApiServer::health()
{
    RecordStore records(m_db);
    return {200, json({{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("store"),
                        m_db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                       {QStringLiteral("epoch"), records.epoch()},
                       {QStringLiteral("last_change"), records.lastChange()},
                       {QStringLiteral("version"), QStringLiteral(GUICHET_VERSION)}})};
}

ApiServer::Reply ApiServer::login(const QHttpServerRequest &request)
{
    Reply error;
    const auto body = parseBody(request, &error);
    if (!body)
        return error;
    for (const char *key : {"login", "password", "device_id"}) {
        if (!body->value(QLatin1String(key)).isString())
            return {400, errorBody(QStringLiteral("invalid"),
                                   QStringLiteral("'%1' must be text").arg(QLatin1String(key)))};
    }
    for (const char *key : {"device_name", "site_id"}) {
        const QJsonValue value = body->value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return {400, errorBody(QStringLiteral("invalid"),
                                   QStringLiteral("'%1' must be text").arg(QLatin1String(key)))};
    }
    AuthService::LoginRequest login;
    login.login = body->value(QLatin1String("login")).toString().trimmed();
    login.password = body->value(QLatin1String("password")).toString();
    login.deviceId = body->value(QLatin1String("device_id")).toString();
    login.deviceName = body->value(QLatin1String("device_name")).toString();
    login.siteId = body->value(QLatin1String("site_id")).toString();
    const AuthService::LoginResult result = m_auth.login(login);
    if (result.status != 200) {
        QJsonObject answer{{QStringLiteral("error"), result.error},
                           {QStringLiteral("message"), result.message}};
        if (result.retryAfter > 0)
            answer.insert(QStringLiteral("retry_after"), result.retryAfter);
        return {result.status, json(answer)};
    }
    return {200, json(result.body)};
}

ApiServer::Reply ApiServer::logout(const Session &session)
{
    m_auth.logout(session);
    return {200, json({{QStringLiteral("ok"), true}})};
}

ApiServer::Reply ApiServer::parsePush(const QHttpServerRequest &request, const Session &session,
                                      QList<Mutation> *out)
{
    Reply error;
    const auto body = parseBody(request, &error);
    if (!body)
        return error;
    if (body->value(QLatin1String("device_id")).toString() != session.deviceId)
        return {403, errorBody(QStringLiteral("forbidden"),
                               QStringLiteral("device_id is not the device this token was issued to"))};
    const QJsonValue list = body->value(QLatin1String("mutations"));
    if (!list.isArray())
        return {400, errorBody(QStringLiteral("invalid"), QStringLiteral("'mutations' must be an array"))};
    const QJsonArray array = list.toArray();
    if (array.size() > protocol::kMaxPushBatch)
        return {413, errorBody(QStringLiteral("payload_too_large"),
                               QStringLiteral("at most %1 mutations per push").arg(protocol::kMaxPushBatch))};
    QList<Mutation> &mutations = *out;
    mutations.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        QString problem;
        auto mutation = array.at(i).isObject() ? protocol::mutationFromJson(array.at(i).toObject(), &problem)
                                               : std::nullopt;
        if (!mutation)
            return {400, errorBody(QStringLiteral("invalid"),
                                   QStringLiteral("mutation %1: %2")
                                       .arg(i)
                                       .arg(problem.isEmpty() ? QStringLiteral("not an object") : problem))};
        if (!mutations.isEmpty() && mutation->seq <= mutations.last().seq)
            return {400, errorBody(QStringLiteral("invalid"),
                                   QStringLiteral("mutations must be in increasing seq order"))};
        mutations << *mutation;
    }
    return {200, {}};
}

ApiServer::Reply ApiServer::pull(const QHttpServerRequest &request, const Session &session)
{
    const QUrlQuery query = request.query();
    qint64 since = 0;
    qint64 limit = 0;
    qint64 pendingFrom = 0;
    if (!integerParameter(query, "since", 0, 0, std::numeric_limits<qint64>::max(), &since) ||
        !integerParameter(query, "limit", protocol::kDefaultPullLimit, 1, protocol::kMaxPullLimit, &limit) ||
        !integerParameter(query, "pending_from", 0, 0, std::numeric_limits<qint64>::max(), &pendingFrom))
        return {400, errorBody(QStringLiteral("invalid"),
                               QStringLiteral(
                                   "since and pending_from must be whole numbers ≥ 0, limit between 1 and %1")
                                   .arg(protocol::kMaxPullLimit))};
    const PullService::Answer answer = m_pulls.pull(session, since, static_cast<int>(limit), pendingFrom);
    return {answer.status, answer.body};
}

ApiServer::Reply ApiServer::lease(const QHttpServerRequest &request, const Session &session)
{
    Reply error;
    const auto body = parseBody(request, &error);
    if (!body)
        return error;
    if (!body->value(QLatin1String("prefix")).isString() || !body->value(QLatin1String("count")).isDouble())
        return {400, errorBody(QStringLiteral("invalid"),
                               QStringLiteral("'prefix' (text) and 'count' (number) are needed"))};
    const PullService::Answer answer = m_pulls.lease(session, body->value(QLatin1String("prefix")).toString(),
                                                     body->value(QLatin1String("count")).toInt());
    return {answer.status, answer.body};
}

} // namespace guichet::server
