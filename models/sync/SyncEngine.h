#pragma once

#include <QDateTime>
#include <QString>

namespace guichet {

class LocalStore;
class SyncHttpClient;

// One sync pass of a counter (DESIGN §5): push the outbox in order, then pull until caught up,
// then top up the request-number leases. Runs synchronously on the caller's thread (the sync
// worker's, or the CLI's); every local write goes through the store's per-thread connection.
class SyncEngine
{
public:
    struct Report
    {
        enum class Result
        {
            Done,      // pushed and pulled to the end
            Offline,   // the server could not be reached
            SignedOut, // the token was refused: sign in again
            Blocked,   // the server cannot take this counter's queue (a gap): IT must look
            Failed,    // the server answered with an error or something unreadable
        };
        Result result = Result::Done;
        int pushed = 0; // mutations the server processed in this pass
        int applied = 0;
        int rejected = 0;
        int pulled = 0;        // changes applied locally
        bool snapshot = false; // a new snapshot was taken (epoch changed, cursor too old)
        QString message;

        bool ok() const { return result == Result::Done; }
    };

    SyncEngine(LocalStore &store, SyncHttpClient &client);

    Report run();

    static constexpr int kLeaseLow = 10; // top up below this many numbers left
    static constexpr int kLeaseBlock = 50;

private:
    bool push(Report &report);
    bool pull(Report &report);
    void topUpLeases();

    LocalStore &m_store;
    SyncHttpClient &m_client;
};

} // namespace guichet
