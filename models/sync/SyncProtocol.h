#pragma once

#include "domain/Mutation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The sync protocol between a counter and guichet-server (DESIGN §5), shared by both sides.
//
// HTTP/1.1 + JSON under /api/v1, bearer token (Authorization: Bearer TOKEN) on every endpoint
// but login and health. Every error answer is {"error": CODE, "message": TEXT} with a 4xx/5xx.
//
//   POST /api/v1/auth/login   {"login", "password", "device_id", "device_name", "site_id"?}
//        → {"token", "expires_at", "epoch", "agent": {"id","login","display_name","role"},
//           "sites": [site ids the device serves]}
//   POST /api/v1/auth/logout  → {"ok": true}  (the token is revoked)
//   GET  /api/v1/health       → {"status": "ok", "store": "sqlite"|"postgresql", "epoch", "version"}
//   POST /api/v1/sync/push    {"device_id", "mutations": [Mutation JSON, in seq order]}
//        → {"results": [MutationResult JSON], "last_seq": N}
//   GET  /api/v1/sync/pull?since=CURSOR&limit=N&pending_from=SEQ
//        → {"epoch", "changes": [Change JSON], "next_cursor", "has_more",
//           "device": {"last_seq": N, "rejected": [Rejection JSON with seq ≥ pending_from]}}
//        410 cursor_too_old: the server no longer keeps the changes after CURSOR → re-snapshot.
//        409 cursor_ahead: CURSOR is beyond the server's last change (restored from a backup).
//   POST /api/v1/sync/leases  {"prefix": "M06-2026", "count": N}
//        → {"prefix", "first", "last"}: request numbers reserved for this device.
//
// Ordering never depends on a client's clock: the server orders mutations by (device, seq) and
// changes by its own change number; `updated_at` is set by the server when it applies a change.
namespace guichet::protocol {

inline constexpr int kMaxPushBatch = 500;      // mutations per push request
inline constexpr int kDefaultPullLimit = 2000; // changes per pull page
inline constexpr int kMaxPullLimit = 10000;
inline constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;

// Why the server refused a mutation (machine-readable, stable).
namespace reason {
inline const QString SlotFull = QStringLiteral("slot_full");
inline const QString StaleVersion = QStringLiteral("stale_version");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString Invalid = QStringLiteral("invalid");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Duplicate = QStringLiteral("duplicate_key");     // a reference or code already taken
inline const QString Unprocessable = QStringLiteral("unprocessable"); // failed too often on the server
} // namespace reason

// The answer to one pushed mutation.
struct MutationResult
{
    enum class Outcome
    {
        Applied,  // accepted; `version` is the record's new change number
        Rejected, // refused for good (reason); the record's server state is in `record`
        Gap,      // not processed: the server expects `expectedSeq` first
        Retry,    // not processed: a transient server problem, push again later
    };
    QString mutationId;
    qint64 seq = 0;
    Outcome outcome = Outcome::Retry;
    bool duplicate = false; // a replay: this is the stored result of the first time
    qint64 version = 0;
    QString reason;
    QString message;
    std::optional<QJsonObject> record; // Rejected: the record as the server has it (none: absent)
    qint64 expectedSeq = 0;

    QJsonObject toJson() const;
    static std::optional<MutationResult> fromJson(const QJsonObject &object, QString *error);
    static QString outcomeName(Outcome outcome);
};

// One change of a pull page: the record's whole current state at change number `version`.
struct Change
{
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data; // every column of the record (as the counter's table has them)

    static std::optional<Change> fromJson(const QJsonObject &object, QString *error);
};

// A mutation of this device that the server refused, as reported in a pull page.
struct Rejection
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString operation;
    QJsonObject payload;
    QString reason;
    QString message;
    std::optional<QJsonObject> record; // the server's current state of the record, if any

    QJsonObject toJson() const;
    static std::optional<Rejection> fromJson(const QJsonObject &object, QString *error);
};

struct PullPage
{
    QString epoch;
    QList<Change> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
    qint64 deviceLastSeq = 0; // every mutation of this device up to here is processed
    QList<Rejection> rejected;
    // This device's own changes the server applied to records outside the device's scope (a
    // booking at another site): the records as the server now has them, since no page will bring
    // them (e.g. the booking confirmed, "booked" rather than "pending").
    QList<Change> confirmed;

    static std::optional<PullPage> fromJson(const QJsonObject &object, QString *error);
};

QJsonObject mutationToJson(const Mutation &mutation);
std::optional<Mutation> mutationFromJson(const QJsonObject &object, QString *error);

} // namespace guichet::protocol
