#pragma once

#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace guichet {

class LocalStore;

// Citizens' requests and their histories in the local store. Lists are always paged: a city's
// store may hold a million requests.
class RequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestRepository)

public:
    static constexpr int kMaxNoteLength = 4000;
    // Above this many matches, find() walks the date index instead of sorting the matches.
    static constexpr int kDenseMatches = 3000;

    explicit RequestRepository(LocalStore &store)
        : m_store(store)
    {}

    // Newest first (created_at DESC), without events.
    QList<Request> recent(int limit, int offset = 0) const;
    qint64 count() const;

    // Lookup as an agent types (RequestSearchQuery): a reference or its start, a phone number typed
    // any way, an email or its start, or words of the requester's name, the subject or the address
    // (accents and case ignored, typos tolerated). Newest first, exact matches before those found
    // through a likely typo; paged. Ranges (reference, phone, email) list the newest first; words
    // list the requests that reached this store last first. Empty text = recent().
    QList<Request> find(const QString &text, int limit = 200, int offset = 0) const;

    // The request with its events in time order; nullopt when unknown or deleted.
    std::optional<Request> get(const QString &id) const;
    std::optional<Request> getByReference(const QString &reference) const;
    QList<RequestEvent> events(const QString &requestId) const;

    // Files a new request at this counter: reference, due date (15 working days), status "new",
    // its "created" event, and both outbox mutations, in one transaction. Fills id, reference,
    // dueDate, createdAt, status, events. Throws StoreError (InvalidInput) on a missing name or
    // subject. References are numbered per site and year: from what this store holds on a
    // standalone counter, from the server's leased blocks on a synced one (RequestReferenceAllocator).
    Request create(Request draft, const QString &agentId);

    // Adds a follow-up note to a request's history and queues it for the server (one
    // transaction). Throws StoreError (InvalidInput) for an empty or too long note or an unknown
    // request; nothing is written then.
    RequestEvent addNote(const QString &requestId, const QString &noteText, const QString &agentId);

    // The columns every reader of whole requests selects, and the reader of such a row (the last
    // column, kPhoneKeyColumn, is requester_phone_key: Request::phoneKey() derives it).
    static QString columns();
    static Request fromQuery(const QSqlQuery &query);
    static constexpr int kPhoneKeyColumn = 24;

private:
    // One page of the requests matching `where`, newest first; `total` gets the number of matches
    // (counted up to kDenseMatches).
    QList<Request> findMatching(const QString &where, const QVariantList &values, int limit, int offset,
                                qint64 *total = nullptr) const;
    // One page of the requests matching an FTS5 expression over requests_fts, last arrived first.
    QList<Request> findFullText(const QString &expression, int limit, int offset) const;
    QList<Request> select(const QString &where, const QVariantList &values, const QString &order, int limit,
                          int offset, const QString &index = {}) const;

    LocalStore &m_store;
};

} // namespace guichet
