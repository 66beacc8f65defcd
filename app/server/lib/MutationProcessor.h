#pragma once

#include "Session.h"
#include "core/Clock.h"
#include "domain/Mutation.h"
#include "sync/SyncProtocol.h"

#include <QList>

namespace guichet::server {

class ServerDatabase;
class RecordValidator;
class ServerLog;

// Applies a device's pushed mutations exactly once, in the device's order (DESIGN §5):
// - a mutation already processed answers its stored result (a replay is harmless);
// - a sequence number beyond the next expected one is not processed (a gap);
// - each mutation is applied atomically (a savepoint in the batch's transaction) together with its
//   "processed" record and the device's new last sequence number; the batch commits once, before
//   the answer, so a crash leaves each mutation either wholly done or not at all;
// - a business refusal is a result (slot_full, stale_version, forbidden, invalid, …) stored like a
//   success, so the queue moves on and the counter is told;
// - a mutation that keeps failing on the server (not a refusal: an error) is refused as
//   "unprocessable" after a few attempts, so it cannot block the device's queue forever.
class MutationProcessor
{
public:
    static constexpr int kMaxAttempts = 5;

    MutationProcessor(ServerDatabase &database, RecordValidator &validator, Clock &clock, ServerLog &log);

    QList<protocol::MutationResult> process(const Session &session, const QList<Mutation> &mutations);

    // Several pushes (of one device or several) applied in ONE transaction and one commit — group
    // commit, for pushes that arrived together — each push exactly as process() would apply it
    // alone, in the order given. Answers per push, in the same order.
    struct Push
    {
        Session session;
        QList<Mutation> mutations;
    };
    QList<QList<protocol::MutationResult>> processAll(const QList<Push> &pushes);

    qint64 lastSeq(const QString &deviceId);

private:
    protocol::MutationResult processOne(const Session &session, const Mutation &mutation);
    std::optional<protocol::MutationResult> storedResult(const Session &session, const Mutation &mutation);
    protocol::MutationResult apply(const Session &session, const Mutation &mutation);
    protocol::MutationResult recordFailure(const Session &session, const Mutation &mutation,
                                           const QString &error);

    ServerDatabase &m_db;
    RecordValidator &m_validator;
    Clock &m_clock;
    ServerLog &m_log;
};

} // namespace guichet::server
