#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace guichet {

class LocalStore;

// Blocks of request numbers the server reserved for this device (POST /api/v1/sync/leases), so
// that a request filed offline still gets a number no other counter gives (DESIGN §5). A prefix is
// a site code and a year ("M06-2026", see RequestReference::prefix): numbers restart every year.
class ReferenceLeaseRepository
{
public:
    explicit ReferenceLeaseRepository(LocalStore &store)
        : m_store(store)
    {}

    // Records the block [first, last]. The same block again is ignored (an answer received twice);
    // a block overlapping another one of the prefix, or an empty or negative one, is refused with
    // StoreError (InvalidInput): a number must never be handed out twice.
    static void addLease(const QSqlDatabase &db, const QString &prefix, int first, int last);

    // Consumes the next number of the prefix, lowest block first; nullopt when every block is used
    // up. Call it inside the transaction that writes the request, so a number is consumed only with it.
    static std::optional<int> take(const QSqlDatabase &db, const QString &prefix);

    // Numbers still unused for the prefix (the sync asks for a new block when this runs low).
    int remaining(const QString &prefix) const;
    static int remaining(const QSqlDatabase &db, const QString &prefix);

private:
    LocalStore &m_store;
};

} // namespace guichet
