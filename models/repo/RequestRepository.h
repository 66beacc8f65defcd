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

    // Lookup as an agent types: a reference prefix ("M3-2026-00"), a phone number (any spacing,
    // +33 accepted), an email prefix, or the start of the requester's name (case-insensitive;
    // accents ignored for upper-case surnames). Newest first, paged. Empty text = recent().
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

    // "0465711234", "+33 4 65 71 12 34", "04.65.71.12.34" → "04 65 71 12 34"; other numbers trimmed.
    static QString canonicalPhone(const QString &phone);

private:
    static QString columns();
    static Request fromQuery(const QSqlQuery &query);
    QList<Request> select(const QString &where, const QVariantList &values, const QString &order, int limit,
                          int offset, const QString &index = {}) const;

    LocalStore &m_store;
};

} // namespace guichet
