#include "SmsGateway.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace guichet::server {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SmsGateway::SmsGateway(QNetworkAccessManager &network, Config config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    // A gateway on this machine (a local relay, the tests' fake) is never reached through a proxy.
    if (isLoopback(m_config.url))
        m_network.setProxy(QNetworkProxy::NoProxy);
}

void SmsGateway::send(const QString &id, const QString &to, const QString &text, Done done)
{
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), id.toUtf8());
    if (!m_config.token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_config.token);
    request.setTransferTimeout(m_config.timeoutMs);
    const QJsonObject body{{QStringLiteral("id"), id},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("sender"), m_config.sender}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Result result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.accepted = true;
        } else if (result.httpStatus != 0) {
            result.error = QStringLiteral("HTTP %1").arg(result.httpStatus);
            result.answer = QString::fromUtf8(reply->read(200).simplified());
            result.permanent = result.httpStatus >= 400 && result.httpStatus < 500 &&
                               result.httpStatus != 408 && result.httpStatus != 429;
        } else {
            result.error = reply->error() == QNetworkReply::OperationCanceledError
                               ? QStringLiteral("no answer in time")
                               : reply->errorString();
        }
        done(result);
    });
}

} // namespace guichet::server
