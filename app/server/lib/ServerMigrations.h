#pragma once

namespace guichet::server {

class ServerDatabase;

// The server's schema, versioned like the counter's: each step runs in one transaction (both
// PostgreSQL and SQLite have transactional DDL), and a store written by a newer server is refused.
// Returns the number of steps applied. Throws StoreError.
int migrateServerStore(ServerDatabase &database);
int serverSchemaVersion(ServerDatabase &database);
int latestServerSchemaVersion();

} // namespace guichet::server
