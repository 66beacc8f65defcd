#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace guichet {

struct Migration
{
    int version = 0;      // the schema version this step produces (1, 2, …; no gaps)
    QString name;         // a few words for logs and errors
    std::function<void(const QSqlDatabase &)> apply;
};

// Applies versioned migrations to a SQLite database. All pending steps run in ONE transaction:
// either the store ends at the latest version, or it is left exactly as it was. A store whose
// version is above the newest known step was written by a newer Guichet and is refused untouched.
class Migrator
{
public:
    explicit Migrator(std::vector<Migration> migrations);

    int latestVersion() const;
    static int currentVersion(const QSqlDatabase &db);

    // Returns the number of steps applied. Throws StoreError (NewerThanApp, or the failing step).
    int migrate(const QSqlDatabase &db) const;

    // Throws StoreError::NewerThanApp when the store is newer than this app; does not write.
    void refuseNewer(const QSqlDatabase &db) const;

private:
    std::vector<Migration> m_migrations;
};

// The local store's migrations, oldest first.
std::vector<Migration> localStoreMigrations();

} // namespace guichet
