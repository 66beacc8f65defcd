#pragma once

#include "core/Clock.h"
#include "store/LocalStore.h"

#include <QTemporaryDir>

#include <memory>

namespace guichet::testing {

// A fresh local store in a temporary folder, with a fixed clock (2026-11-23 09:00 Paris, a Monday).
class TestStore
{
public:
    explicit TestStore(const QDateTime &nowUtc = defaultNow());

    LocalStore &store() { return *m_store; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    static QDateTime defaultNow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<LocalStore> m_store;
};

// Overwrites the root page of `table` in the (closed, checkpointed) store at `path` with garbage,
// so that an integrity check fails while the other tables, the outbox among them, stay readable.
// Returns false when the page could not be found or written.
bool damageTable(const QString &path, const QString &table, char garbage = '\xA5');

// The Service-Public fiches folder (../shared/data/kb), or empty when absent.
QString kbDir();
QString kbFichesFile();

} // namespace guichet::testing
