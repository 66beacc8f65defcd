#pragma once

#include "domain/Request.h"
#include "requests/RecordOpeningLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class QNetworkAccessManager;

namespace guichet {

class LocalStore;
class SyncHttpClient;
class TokenStore;

// The lookup of requests beyond the local retention window (DESIGN §4): asks guichet-server
// (GET /api/v1/requests/search) and hands back what it found, with its history. The results are
// the server's, shown as such ("online (server) results"): they are NOT written to the local store
// (they are older than what the counter keeps). The server writes the search to its audit log;
// openRecord() writes one RecordOpeningLog row (OnlineView) for a request the agent then opens.
//
// Synchronous, like SyncHttpClient: run it where the client's QNetworkAccessManager lives (the
// sync worker's thread in the desk app, the main thread in the CLI) — never on the UI thread.
class OnlineRequestSearch
{
    Q_DECLARE_TR_FUNCTIONS(guichet::OnlineRequestSearch)

public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 50;

    struct Outcome
    {
        enum class Error
        {
            None,
            NoServer,  // the counter never signed in, or its server's URL may not be used
            Offline,   // no answer from the server (network, refused connection, timeout, TLS)
            SignedOut, // 401: the token is missing, expired or revoked
            Refused,   // another 4xx/5xx: `serverCode` and the server's message
            BadAnswer, // an answer that is not a search result
        };
        Error error = Error::None;
        QString serverCode;      // the server's machine-readable code ("invalid", "unavailable"…)
        QString message;         // one line for the agent (translated); empty when ok
        QList<Request> requests; // most recently changed first, with their events in time order
        bool truncated = false;  // the server has more matches than `limit`

        bool ok() const { return error == Error::None; }
    };

    // `client` carries the server URL and the session's token; it outlives this object.
    explicit OnlineRequestSearch(SyncHttpClient &client)
        : m_client(client)
    {}

    // What the agent typed: a reference or its start, a phone number, an email, or words.
    // `limit` is clamped to 1..kMaxLimit.
    Outcome search(const QString &query, int limit = kDefaultLimit);

    // The whole round with the counter's session (SyncSession: the server URL from the store,
    // the token from the keychain): NoServer / SignedOut when there is none, else search().
    // `nam` lives on the calling thread (see the class comment).
    static Outcome searchSignedIn(LocalStore &store, TokenStore &tokens, QNetworkAccessManager &nam,
                                  const QString &query, int limit = kDefaultLimit, bool allowPlainHttp = false);

    // The agent opened `request` (a result of search()): one record_openings row, action
    // OnlineView, and its outbox mutation (RecordOpeningLog). Agent and site default to the
    // counter's current ones. Does not store the request itself.
    static RecordOpeningLog::Entry openRecord(LocalStore &store, const Request &request,
                                              const QString &agentId = {}, const QString &siteId = {});

    // A search answer's body ({"results":[…], "truncated":…}) into an Outcome (BadAnswer when it
    // is not one).
    static Outcome parseAnswer(const QJsonObject &body);
    // One request as the server sends it (Request::toJson's names, plus "events" in
    // RequestEvent::toJson's names); nullopt and `problem` when it cannot be read.
    static std::optional<Request> requestFromJson(const QJsonObject &object, QString *problem = nullptr);

private:
    SyncHttpClient &m_client;
};

} // namespace guichet
