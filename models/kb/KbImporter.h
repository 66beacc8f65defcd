#pragma once

#include <QString>

namespace guichet {

class LocalStore;

struct KbImportReport
{
    int lines = 0;       // non-empty lines read
    int inserted = 0;    // new fiches
    int updated = 0;     // known id, newer `modified` date or changed content
    int unchanged = 0;   // known id, same content
};

// Imports Service-Public fiches (the JSON-lines format of ../shared/data/kb/README.md) into the
// articles table, all or nothing: a malformed line aborts the import with its line number and
// nothing is written. Idempotent: fiches are matched by their id (external_id).
class KbImporter
{
public:
    explicit KbImporter(LocalStore &store) : m_store(store) {}

    // Throws StoreError (InvalidInput with "line N: …", DiskFull, ReadOnly…).
    KbImportReport importFile(const QString &path);

private:
    LocalStore &m_store;
};

} // namespace guichet
