#pragma once

#include "CiEnvironment.h"

#include <QSqlDatabase>
#include <QString>
#include <QTest>

// PostgreSQL for the tests. .ci/test (through .ci/with-postgres) starts a throwaway server and sets
// GUICHET_TEST_PG=postgresql://guichet@127.0.0.1:PORT/postgres, a superuser URL. Each test makes
// databases of its own there, so that tests running in parallel processes never meet.
namespace guichet::test {

// GUICHET_TEST_PG, or empty when unset.
QString pgAdminUrl();

// A QPSQL connection, not yet open, to postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE, added
// under `connectionName` (the caller removes it). Invalid when the URL is not one or Qt's
// PostgreSQL driver is missing; `error` then says why.
QSqlDatabase addPgConnection(const QString &url, const QString &connectionName, QString *error = nullptr);

// CREATE DATABASE <prefix>_<16 random hex digits> on the GUICHET_TEST_PG server (the prefix made
// lower case, [a-z0-9_] only); returns the new database's URL, with the same user, password, host
// and port. Empty on failure, with the reason in `error`, or in a warning when `error` is null.
QString createFreshPgDatabase(const QString &prefix, QString *error = nullptr);

// DROP DATABASE … WITH (FORCE): connections still open to it are closed by the server. True also
// when it was already gone.
bool dropPgDatabase(const QString &url, QString *error = nullptr);

// A fresh database for the length of a test, dropped at the end even when the test fails:
//     test::PgTestDatabase db(QStringLiteral("sync"));
//     QVERIFY2(db.isValid(), qPrintable(db.error()));
class PgTestDatabase
{
public:
    explicit PgTestDatabase(const QString &prefix)
        : m_url(createFreshPgDatabase(prefix, &m_error))
    {}
    ~PgTestDatabase()
    {
        if (!m_url.isEmpty())
            dropPgDatabase(m_url);
    }
    Q_DISABLE_COPY_MOVE(PgTestDatabase)

    bool isValid() const { return !m_url.isEmpty(); }
    const QString &url() const { return m_url; }
    const QString &error() const { return m_error; }

private:
    QString m_error; // declared first: m_url's initialiser writes it
    QString m_url;
};

} // namespace guichet::test

// First thing in a PostgreSQL test function (or its initTestCase): skips without a server, but
// fails under CI, where a missing server is a broken pipeline, not a reason to skip.
#define GUICHET_REQUIRE_PG()                                                                                 \
    do {                                                                                                     \
        if (::guichet::test::pgAdminUrl().isEmpty()) {                                                       \
            if (::guichet::test::runningInCi())                                                              \
                QFAIL("CI is set but GUICHET_TEST_PG is not: run the tests through .ci/test");               \
            QSKIP("PostgreSQL tests need GUICHET_TEST_PG: run them through .ci/test or .ci/with-postgres");  \
        }                                                                                                    \
    } while (false)
