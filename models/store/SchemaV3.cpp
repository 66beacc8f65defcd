// Schema 3 of the local store: what sync needs at the counter beyond the outbox.
// - sync_conflicts ("À traiter"): the mutations of this counter that the server refused for good.
//   A refusal is never dropped silently (DESIGN §5): it stays here, with what the agent typed
//   (payload) and the record as the server has it (server_record), until the agent retries or
//   dismisses it. mutation_id is the key, so a refusal reported by several pull pages is kept once.
// - reference_leases: blocks of request numbers the server reserved for this device, so that a
//   request filed offline still gets a reference no other counter can give (DESIGN §5). A block
//   [first_number, last_number] is used from next_number on; next_number = last_number + 1 means
//   used up. Used-up blocks stay, so that the same block received again is never reused.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV3(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
CREATE TABLE sync_conflicts (
    mutation_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    server_record TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IN ('retried', 'dismissed')),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, seq);
CREATE TABLE reference_leases (
    id INTEGER PRIMARY KEY,
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL CHECK (first_number >= 1),
    next_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    CHECK (next_number >= first_number),
    CHECK (next_number <= last_number + 1)
);
CREATE INDEX reference_leases_prefix ON reference_leases(prefix, next_number)
)SQL"));
}

} // namespace guichet
