#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace guichet::server {

// The city's HTTP SMS gateway (DESIGN §6). One SMS is one POST of
//     {"id": "<uuid>", "to": "+33612345678", "text": "…", "sender": "Mairie"}
// as JSON, with "Authorization: Bearer <token>" when a token is set. `id` is the idempotency key:
// the server sends the same id again when it cannot know whether the gateway got it (a crash, a
// timeout), and the gateway must deliver one SMS per id. Any 2xx answer means accepted.
class SmsGateway : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl url;
        QByteArray token; // empty: no Authorization header
        QString sender;
        int timeoutMs = 10000;
    };

    struct Result
    {
        bool accepted = false;
        // Not worth sending again (the gateway refused this message itself: a 4xx other than
        // 408 and 429). A 5xx, a timeout or a network error is worth another attempt.
        bool permanent = false;
        int httpStatus = 0; // 0: no answer
        QString error;      // why it was not accepted ("HTTP 503", "no answer in time"): fit for a log
        QString answer;     // the start of the gateway's answer, for sms_messages.last_error only (a
                            // gateway may echo the number: never logged)
    };
    using Done = std::function<void(const Result &)>;

    // Borrows `network` (owned by the server, shared by every send).
    SmsGateway(QNetworkAccessManager &network, Config config, QObject *parent = nullptr);

    // Sends asynchronously; `done` runs once, on this object's thread, when it is settled.
    void send(const QString &id, const QString &to, const QString &text, Done done);

    const Config &config() const { return m_config; }
    // How long a send can take at most, answer included: what a claim on a message must outlast.
    int maxSendMs() const { return m_config.timeoutMs + 2000; }

private:
    QNetworkAccessManager &m_network;
    Config m_config;
};

} // namespace guichet::server
