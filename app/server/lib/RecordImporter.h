#pragma once

#include <QMap>
#include <QString>

namespace guichet {
class LocalStore;
}

namespace guichet::server {

class ServerDatabase;

// Copies every synced record of a counter-format SQLite store (the demo city, an import of
// articles) into the server's records, each with a new change number, in one transaction, so
// counters receive them on their next pull. A record already on the server (same id) is replaced.
class RecordImporter
{
public:
    explicit RecordImporter(ServerDatabase &database)
        : m_db(database)
    {}

    // Rows imported per entity. Throws StoreError.
    QMap<QString, int> importFrom(LocalStore &source, const QStringList &entities = {});

private:
    ServerDatabase &m_db;
};

} // namespace guichet::server
