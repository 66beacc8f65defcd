#pragma once

#include "Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet::server {

class ServerDatabase;

// GET /api/v1/requests/search?q=TEXT&limit=N: the lookup of a request beyond a counter's local
// retention window (DESIGN §4), over every request the server keeps (requests are the whole
// city's). What is typed is read, in order of cost, as:
// - a reference or its start ("T1-2026-00") → a range on records.natural_key (indexed);
// - a phone number typed any way → its E.164 digits (PhoneNumber::searchKey) start
//   requester_phone_key;
// - an email or its start → requester_email starts with it (case ignored);
// - words → every word (accents and case ignored) starts a word of the requester's name, the
//   subject or the address; a word of five letters or more may hold one typo.
// The last three scan the requests page by page, most recently changed first, and stop once
// `limit` matches are found (plus one, to know whether there are more). Each request returned is
// an opening of a citizen's record: one audit_log row ("online_search") per request.
class RequestSearch
{
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 50;
    static constexpr int kMaxQueryLength = 200;

    explicit RequestSearch(ServerDatabase &database)
        : m_db(database)
    {}

    struct Answer
    {
        int status = 200;
        QByteArray body; // {"results":[{request…, "events":[…]}], "truncated":bool} or an error
    };

    // Validates `query` (1..kMaxQueryLength characters once trimmed), searches in one read
    // snapshot, then writes the audit rows in a short writing transaction.
    Answer search(const Session &session, const QString &query, int limit);

    struct Found
    {
        QList<QJsonObject> requests; // the records' data, most recently changed first
        bool truncated = false;
    };
    // The matches, without events and without audit (inside the caller's transaction).
    Found find(const QString &query, int limit);

private:
    void attachEvents(QList<QJsonObject> &requests);

    ServerDatabase &m_db;
};

} // namespace guichet::server
