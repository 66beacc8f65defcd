#include "sync/OnlineRequestSearch.h"

#include "core/TimeFormat.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <algorithm>

namespace guichet {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

// A flag the server keeps as true/false or 1/0.
bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? value.toBool() : value.toInteger() != 0;
}

QStringList attachmentsOf(const QJsonValue &value)
{
    const QJsonArray array =
        value.isArray() ? value.toArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
    QStringList list;
    for (const QJsonValue &item : array)
        if (item.isString())
            list << item.toString();
    return list;
}

} // namespace

std::optional<Request> OnlineRequestSearch::requestFromJson(const QJsonObject &object, QString *problem)
{
    const auto refuse = [problem](const QString &why) -> std::optional<Request> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    Request request;
    request.id = text(object, "id");
    request.reference = text(object, "reference");
    if (request.id.isEmpty() || request.reference.isEmpty())
        return refuse(QStringLiteral("a result without id or reference"));
    bool ok = false;
    request.channel = Request::channelFromName(text(object, "channel"), &ok);
    if (!ok)
        return refuse(QStringLiteral("request %1: unknown channel").arg(request.reference));
    request.status = Request::statusFromName(text(object, "status"), &ok);
    if (!ok)
        return refuse(QStringLiteral("request %1: unknown status").arg(request.reference));
    const QString competence = text(object, "competence");
    if (!competence.isEmpty()) {
        request.competence = Request::competenceFromName(competence, &ok);
        if (!ok)
            return refuse(QStringLiteral("request %1: unknown competence").arg(request.reference));
    }
    request.siteId = text(object, "site_id");
    request.requesterName = text(object, "requester_name");
    request.requesterPhone = text(object, "requester_phone");
    request.requesterEmail = text(object, "requester_email");
    request.requesterAddress = text(object, "requester_address");
    request.consent = flag(object, "consent");
    request.subject = text(object, "subject");
    request.category = text(object, "category");
    request.description = text(object, "description");
    request.competentService = text(object, "competent_service");
    request.serviceContact = text(object, "service_contact");
    request.articleId = text(object, "article_id");
    request.attachments = attachmentsOf(object.value(QLatin1String("attachments")));
    request.dueDate = timefmt::dateFromStore(text(object, "due_date"));
    request.createdAt = timefmt::fromStore(text(object, "created_at"));
    request.createdBy = text(object, "created_by");
    request.version = object.value(QLatin1String("version")).toInteger();
    request.updatedAt = timefmt::fromStore(text(object, "updated_at"));
    request.deleted = flag(object, "deleted");

    const QJsonValue events = object.value(QLatin1String("events"));
    if (!events.isUndefined() && !events.isArray())
        return refuse(QStringLiteral("request %1: 'events' is not a list").arg(request.reference));
    for (const QJsonValue &value : events.toArray()) {
        const QJsonObject e = value.toObject();
        RequestEvent event;
        event.id = text(e, "id");
        event.requestId = text(e, "request_id");
        event.kind = RequestEvent::kindFromName(text(e, "kind"), &ok);
        if (event.id.isEmpty() || !ok)
            return refuse(QStringLiteral("request %1: an event cannot be read").arg(request.reference));
        event.at = timefmt::fromStore(text(e, "at"));
        event.agentId = text(e, "agent_id");
        event.channel = text(e, "channel");
        event.text = text(e, "text");
        event.version = e.value(QLatin1String("version")).toInteger();
        event.updatedAt = timefmt::fromStore(text(e, "updated_at"));
        event.deleted = flag(e, "deleted");
        request.events << event;
    }
    std::stable_sort(request.events.begin(), request.events.end(),
                     [](const RequestEvent &a, const RequestEvent &b) { return a.at < b.at; });
    return request;
}

OnlineRequestSearch::Outcome OnlineRequestSearch::parseAnswer(const QJsonObject &body)
{
    Outcome outcome;
    const QJsonValue results = body.value(QLatin1String("results"));
    if (!results.isArray()) {
        outcome.error = Outcome::Error::BadAnswer;
        outcome.message = tr("The server's answer to the search could not be read.");
        return outcome;
    }
    for (const QJsonValue &value : results.toArray()) {
        QString problem;
        const std::optional<Request> request = requestFromJson(value.toObject(), &problem);
        if (!request) {
            outcome = {};
            outcome.error = Outcome::Error::BadAnswer;
            outcome.message = tr("The server's answer to the search could not be read (%1).").arg(problem);
            return outcome;
        }
        outcome.requests << *request;
    }
    outcome.truncated = body.value(QLatin1String("truncated")).toBool();
    return outcome;
}

OnlineRequestSearch::Outcome OnlineRequestSearch::search(const QString &query, int limit)
{
    QUrlQuery parameters;
    // QUrlQuery keeps '%' escapes and a '+' (a phone number's) as they are: both are escaped
    // here so that the server reads exactly what was typed.
    QString q = query.simplified();
    q.replace(QLatin1Char('%'), QLatin1String("%25"));
    q.replace(QLatin1Char('+'), QLatin1String("%2B"));
    parameters.addQueryItem(QStringLiteral("q"), q);
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, kMaxLimit)));
    const SyncHttpClient::Response response = m_client.get(QStringLiteral("/api/v1/requests/search"), parameters);

    Outcome outcome;
    switch (response.kind) {
    case SyncHttpClient::Response::Kind::Ok:
        return parseAnswer(response.body);
    case SyncHttpClient::Response::Kind::NetworkError:
        outcome.error = Outcome::Error::Offline;
        outcome.message = tr("The server cannot be reached (%1): only this counter's requests can be searched.")
                              .arg(response.message);
        return outcome;
    case SyncHttpClient::Response::Kind::BadAnswer:
        outcome.error = Outcome::Error::BadAnswer;
        outcome.message = tr("The server's answer to the search could not be read (%1).").arg(response.message);
        return outcome;
    case SyncHttpClient::Response::Kind::HttpError:
        break;
    }
    outcome.serverCode = response.errorCode();
    const QString said = response.body.value(QLatin1String("message")).toString();
    if (response.status == 401) {
        outcome.error = Outcome::Error::SignedOut;
        outcome.message = tr("The session has ended: sign in again to search the server.");
    } else {
        outcome.error = Outcome::Error::Refused;
        outcome.message = said.isEmpty() ? tr("The server refused the search (HTTP %1).").arg(response.status)
                                         : tr("The server refused the search: %1").arg(said);
    }
    return outcome;
}

OnlineRequestSearch::Outcome OnlineRequestSearch::searchSignedIn(LocalStore &store, TokenStore &tokens,
                                                                 QNetworkAccessManager &nam, const QString &query,
                                                                 int limit, bool allowPlainHttp)
{
    Outcome outcome;
    SyncSession session(store, tokens, nam);
    const QUrl server = session.server();
    if (server.isEmpty()) {
        outcome.error = Outcome::Error::NoServer;
        outcome.message = tr("This counter has never signed in to a server: only its own requests can be searched.");
        return outcome;
    }
    const QString urlProblem = SyncHttpClient::checkServerUrl(server, allowPlainHttp);
    if (!urlProblem.isEmpty()) {
        outcome.error = Outcome::Error::NoServer;
        outcome.message = urlProblem;
        return outcome;
    }
    QString keychainError;
    const QString token = session.token(&keychainError);
    if (token.isEmpty()) {
        outcome.error = Outcome::Error::SignedOut;
        outcome.message = keychainError.isEmpty() ? tr("Signed out: sign in to search the server.") : keychainError;
        return outcome;
    }
    SyncHttpClient client(nam, server);
    client.setToken(token);
    return OnlineRequestSearch(client).search(query, limit);
}

RecordOpeningLog::Entry OnlineRequestSearch::openRecord(LocalStore &store, const Request &request,
                                                        const QString &agentId, const QString &siteId)
{
    return RecordOpeningLog(store).record(request.id, request.reference, RecordOpeningLog::Action::OnlineView,
                                          agentId, siteId);
}

} // namespace guichet
