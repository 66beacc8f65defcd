#include "sync/SyncHttpClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace guichet {

SyncHttpClient::SyncHttpClient(QNetworkAccessManager &nam, QUrl server)
    : m_nam(nam)
    , m_server(std::move(server))
{}

QString SyncHttpClient::checkServerUrl(const QUrl &url, bool allowPlainHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the server address is not a valid URL (e.g. https://guichet.ville.fr:8443)");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QStringLiteral("the server address must start with https:// (or http:// on this machine)");
    const QHostAddress address(url.host());
    const bool loopback =
        url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (loopback || allowPlainHttp)
        return {};
    return QStringLiteral(
        "plain http:// to another machine would send passwords and citizens' data unencrypted: use "
        "https://, or allow it explicitly");
}

SyncHttpClient::Response SyncHttpClient::get(const QString &path, const QUrlQuery &query)
{
    return send(QStringLiteral("GET"), path, query, {});
}

SyncHttpClient::Response SyncHttpClient::post(const QString &path, const QJsonObject &body)
{
    return send(QStringLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SyncHttpClient::Response SyncHttpClient::send(const QString &method, const QString &path,
                                              const QUrlQuery &query, const QByteArray &body)
{
    QUrl url = m_server;
    QString base = m_server.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = method == QLatin1String("GET") ? m_nam.get(request) : m_nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QString errorText = reply->errorString();
    reply->deleteLater();

    if (response.status == 0) {
        response.kind = Response::Kind::NetworkError;
        response.message = QStringLiteral("no answer from %1: %2").arg(m_server.host(), errorText);
        return response;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && document.isObject() &&
                        contentType.startsWith(QLatin1String("application/json"));
    if (isJson)
        response.body = document.object();
    if (response.status >= 200 && response.status < 300 && networkError == QNetworkReply::NoError) {
        if (!isJson) {
            response.kind = Response::Kind::BadAnswer;
            response.message = QStringLiteral("the server's answer is not Guichet's JSON (%1, %2 bytes%3)")
                                   .arg(contentType.isEmpty() ? QStringLiteral("no type") : contentType)
                                   .arg(data.size())
                                   .arg(parseError.error != QJsonParseError::NoError
                                            ? QStringLiteral(": ") + parseError.errorString()
                                            : QString());
            return response;
        }
        response.kind = Response::Kind::Ok;
        return response;
    }
    response.kind = Response::Kind::HttpError;
    response.message = isJson && response.body.contains(QLatin1String("message"))
                           ? response.body.value(QLatin1String("message")).toString()
                           : QStringLiteral("HTTP %1 from the server").arg(response.status);
    return response;
}

} // namespace guichet
