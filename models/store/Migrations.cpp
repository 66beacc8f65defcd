#include "store/Migrations.h"

#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace guichet {

Migrator::Migrator(std::vector<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void Migrator::refuseNewer(const QSqlDatabase &db) const
{
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        throw StoreError(StoreError::Kind::NewerThanApp,
                         QCoreApplication::translate("guichet::Migrator",
                                                     "This local store was written by a newer version of Guichet "
                                                     "(schema %1, this application knows up to %2). It was left "
                                                     "untouched: install the newer Guichet to open it.")
                             .arg(current)
                             .arg(latestVersion()));
    }
}

int Migrator::migrate(const QSqlDatabase &db) const
{
    refuseNewer(db);
    const int current = currentVersion(db);
    int applied = 0;
    Transaction transaction(db);
    for (const Migration &step : m_migrations) {
        if (step.version <= current)
            continue;
        try {
            step.apply(db);
        } catch (const StoreError &error) {
            throw StoreError(error.kind(),
                             QCoreApplication::translate("guichet::Migrator",
                                                         "Upgrading the local store to schema %1 (%2) failed; the "
                                                         "store was left at schema %3: %4")
                                 .arg(step.version)
                                 .arg(step.name)
                                 .arg(current)
                                 .arg(error.message()));
        }
        // PRAGMA user_version cannot be bound; the value is an integer we own.
        sql::execScript(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        ++applied;
    }
    transaction.commit();
    return applied;
}

} // namespace guichet
