#pragma once

#include "sync/SyncProtocol.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace guichet {

class LocalStore;

struct PullApplyReport
{
    int applied = 0;        // changes written into the local tables
    int skipped = 0;        // changes of an entity this counter does not know (a newer server)
    int acknowledged = 0;   // outbox mutations the server has processed, removed from the outbox
    int rejected = 0;       // refusals newly recorded in sync_conflicts (a repeated one counts once)
    QSet<QString> entities; // the entities whose local rows changed
};

// Applies one pull page (DESIGN §5) to the local store, in ONE transaction: the server's changes,
// the acknowledgement of this device's mutations, its refusals, and the cursor. If anything fails,
// nothing of the page is applied and the cursor does not move, so the same page is pulled again.
// The server is authoritative: a change overwrites the local row by id; the counter's own
// mutations still waiting in the outbox are then replayed on top, so the agent keeps seeing them.
class PullPageApplier
{
public:
    explicit PullPageApplier(LocalStore &store)
        : m_store(store)
    {}

    // Throws StoreError (with what failed) and leaves the store exactly as it was.
    PullApplyReport apply(const protocol::PullPage &page);

    // A changed epoch (the server's store was replaced) or a cursor the server no longer serves:
    // the next pull starts from the beginning.
    void resetForSnapshot();

    // After this device's sites changed: deletes the local rows of site-scoped entities whose site
    // is not in `siteIds` and that have no mutation waiting in the outbox. Returns the rows deleted.
    int purgeOutOfScope(const QStringList &siteIds);

private:
    LocalStore &m_store;
};

} // namespace guichet
