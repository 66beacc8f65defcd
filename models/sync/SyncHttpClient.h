#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace guichet {

// The counter's side of the HTTP conversation with guichet-server: JSON requests with the bearer
// token, answered synchronously (a local event loop, on the sync worker's thread or in the CLI —
// never on the UI thread). An answer counts only when it is complete, of status 2xx and a JSON
// object: a truncated body, an HTML error page from a proxy or anything else is an error and never
// taken as an acknowledgement.
class SyncHttpClient
{
public:
    struct Response
    {
        enum class Kind
        {
            Ok,           // 2xx and a JSON object in `body`
            HttpError,    // the server answered 4xx/5xx (body has its {"error","message"} when JSON)
            NetworkError, // no answer: offline, refused, timed out, TLS failed
            BadAnswer,    // an answer that is not Guichet's JSON
        };
        Kind kind = Kind::NetworkError;
        int status = 0;
        QJsonObject body;
        QString message; // one line, for logs and the status bar

        bool ok() const { return kind == Kind::Ok; }
        QString errorCode() const { return body.value(QLatin1String("error")).toString(); }
    };

    // `nam` belongs to the caller's thread and outlives this client.
    SyncHttpClient(QNetworkAccessManager &nam, QUrl server);

    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    const QUrl &server() const { return m_server; }

    Response get(const QString &path, const QUrlQuery &query = {});
    Response post(const QString &path, const QJsonObject &body);

    // DESIGN §7: plain HTTP only to a loopback address, unless explicitly allowed. Returns an
    // error message, or an empty string when the URL may be used.
    static QString checkServerUrl(const QUrl &url, bool allowPlainHttp);

private:
    Response send(const QString &method, const QString &path, const QUrlQuery &query, const QByteArray &body);

    QNetworkAccessManager &m_nam;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 30000;
};

} // namespace guichet
