#pragma once

#include "domain/Mutation.h"
#include "domain/SyncConflict.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class LocalStore;

// The refusals the agent still has to deal with (sync_conflicts, filled by PullPageApplier) and
// the two ways out: send the change again, or let it go.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ConflictRepository)

public:
    explicit ConflictRepository(LocalStore &store)
        : m_store(store)
    {}

    // Not yet retried nor dismissed, in the order the agent made the changes.
    QList<SyncConflict> openConflicts() const;
    int openCount() const;

    // The agent has seen it and lets the change go. Throws StoreError (InvalidInput) when no open
    // conflict has this id.
    void dismiss(const QString &mutationId);

    // Sends the change again: in one transaction the payload is re-applied to the local record, a
    // NEW mutation (new id, same entity, operation and payload, based on the record's current
    // local version) is queued, and the conflict is marked retried. A refused creation comes back
    // (deleted = 0) and is queued as a creation again. Returns the queued mutation.
    // Throws StoreError (InvalidInput) when no open conflict has this id or its entity is unknown.
    Mutation retry(const QString &mutationId);

private:
    LocalStore &m_store;
};

} // namespace guichet
