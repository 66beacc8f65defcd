// Server schema 1.
// - records: every synced record of the city, whole, as JSON in the counters' column names
//   (`data`), with the columns the server needs to find and scope it. `version` is the change
//   number of its last change: a pull reads records above a cursor in `version` order.
// - change_counter: the one row every writing transaction updates first. It hands out change
//   numbers AND serializes writers, so change numbers commit in order and a pull can never skip a
//   number that commits late (DESIGN §5).
// - processed_mutations: each mutation applied or refused, once, with its result (idempotency).
// - devices, credentials, tokens: who may sync; tokens are stored hashed.
// - reference_counters / reference_leases: blocks of request numbers leased to devices.
// - appointment_slots: the slot each appointment holds, to count bookings against capacity.
// - audit_log: who touched a citizen's record, when.
//
// Server schema 2: the SMS sent about appointments (SmsScheduler).
// - sms_messages: one row per SMS, written (queued) in its own transaction BEFORE it is sent, so
//   that the UNIQUE key allows one confirmation and one reminder per appointment start, whatever
//   the restarts; its id is the gateway's idempotency key. `next_attempt_at` is both the backoff
//   of a failed send and the claim of the process sending it (several servers on one database).
// - sms_ineligible: the version of an appointment found not to get any SMS (no consent, no
//   mobile, not booked), so that it is looked at again only once it changes.
// - appointment_slots_start: the scheduler looks for appointments by start.
#include "ServerMigrations.h"

#include "ServerDatabase.h"
#include "core/Ids.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QDateTime>

namespace guichet::server {

namespace {

const char *const kSchemaV1 = R"SQL(
CREATE TABLE server_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE change_counter (id INTEGER PRIMARY KEY, last_change BIGINT NOT NULL);
INSERT INTO change_counter (id, last_change) VALUES (1, 0);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    site_id TEXT,
    scope_site TEXT,
    natural_key TEXT,
    last_device TEXT,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX records_version ON records (version);
CREATE INDEX records_entity_site ON records (entity, site_id);
CREATE UNIQUE INDEX records_natural_key ON records (entity, natural_key) WHERE natural_key IS NOT NULL;
CREATE TABLE credentials (
    agent_id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    site_ids TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    last_seen TEXT,
    last_seq BIGINT NOT NULL DEFAULT 0,
    failing_seq BIGINT NOT NULL DEFAULT 0,
    failing_attempts INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    site_ids TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX tokens_device ON tokens (device_id);
CREATE TABLE processed_mutations (
    mutation_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    payload TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected')),
    version BIGINT NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    processed_at TEXT NOT NULL,
    UNIQUE (device_id, seq)
);
CREATE TABLE reference_counters (prefix TEXT PRIMARY KEY, last_number BIGINT NOT NULL);
CREATE TABLE reference_leases (
    id %AUTO_ID%,
    device_id TEXT NOT NULL,
    prefix TEXT NOT NULL,
    first_number BIGINT NOT NULL,
    last_number BIGINT NOT NULL,
    leased_at TEXT NOT NULL
);
CREATE TABLE appointment_slots (
    appointment_id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    active INTEGER NOT NULL
);
CREATE INDEX appointment_slots_slot ON appointment_slots (site_id, service_id, starts_at);
CREATE TABLE audit_log (
    id %AUTO_ID%,
    at TEXT NOT NULL,
    agent_id TEXT,
    device_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
)
)SQL";

const char *const kSchemaV2 = R"SQL(
CREATE TABLE sms_messages (
    id TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'reminder')),
    starts_at TEXT NOT NULL,
    to_number TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (appointment_id, kind, starts_at)
);
CREATE INDEX sms_messages_due ON sms_messages (state, next_attempt_at);
CREATE TABLE sms_ineligible (
    appointment_id TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX appointment_slots_start ON appointment_slots (starts_at)
)SQL";

// Schema 3: records.edit_version (see StoredRecord::editVersion); every record so far was last
// changed by a counter or an import.
const char *const kSchemaV3 = R"SQL(
ALTER TABLE records ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
UPDATE records SET edit_version = version
)SQL";

struct Step
{
    int version;
    const char *name;
    const char *script;
};

const Step kSteps[] = {
    {1, "records, change log, devices, credentials, tokens, leases, slots, audit", kSchemaV1},
    {2, "SMS confirmations and reminders", kSchemaV2},
    {3, "records: the version of the last change a counter made", kSchemaV3},
};

} // namespace

int latestServerSchemaVersion()
{
    return static_cast<int>(std::size(kSteps));
}

int serverSchemaVersion(ServerDatabase &database)
{
    database.direct(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"));
    return database.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

int migrateServerStore(ServerDatabase &database)
{
    const int current = serverSchemaVersion(database);
    if (current > latestServerSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerThanApp,
            QStringLiteral("the server's store is at schema %1, newer than this guichet-server (%2): "
                           "upgrade guichet-server; the store was not touched")
                .arg(current)
                .arg(latestServerSchemaVersion()));
    int applied = 0;
    for (const Step &step : kSteps) {
        if (step.version <= current)
            continue;
        ServerTransaction transaction(database, ServerTransaction::Mode::Write);
        QString script = QString::fromUtf8(step.script);
        script.replace(QStringLiteral("%AUTO_ID%"),
                       database.isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                             : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        for (const QString &statement : sql::splitScript(script))
            database.direct(statement);
        if (step.version == 1)
            database.exec(QStringLiteral("INSERT INTO server_state (key, value) VALUES ('epoch', ?)"),
                          {newId()});
        database.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
            {step.version, QString::fromUtf8(step.name),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        transaction.commit();
        ++applied;
    }
    return applied;
}

} // namespace guichet::server
