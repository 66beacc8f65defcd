// The PostgreSQL test harness: every call makes a database of its own, usable at once, and
// dropping it leaves nothing behind; without a server the tests skip, except under CI.
#include "PgTestDatabase.h"
#include "ProcessRun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace guichet;

namespace {

// Runs `statement` on `url` and returns the first column of the first row (invalid on failure).
QVariant scalar(const QString &url, const QString &statement)
{
    const QString name = QStringLiteral("tst_pgharness-scalar");
    QVariant value;
    {
        QSqlDatabase db = test::addPgConnection(url, name);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool databaseExists(const QString &name)
{
    return scalar(test::pgAdminUrl(),
                  QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name))
               .toInt() == 1;
}

QString databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

class TestPgHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GUICHET_REQUIRE_PG(); }

    void freshDatabaseIsUsableThenDropped()
    {
        QString error;
        const QString url = test::createFreshPgDatabase(QStringLiteral("pgharness"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const QString name = databaseName(url);
        QVERIFY2(QRegularExpression(QStringLiteral("^pgharness_[0-9a-f]{16}$")).match(name).hasMatch(),
                 qPrintable(name));
        const QUrl admin(test::pgAdminUrl());
        QCOMPARE(QUrl(url).host(), admin.host());
        QCOMPARE(QUrl(url).port(), admin.port());
        QCOMPARE(QUrl(url).userName(), admin.userName());
        QVERIFY(databaseExists(name));

        {
            QSqlDatabase db = test::addPgConnection(url, QStringLiteral("tst_pgharness"), &error);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            {
                QSqlQuery query(db);
                QVERIFY2(query.exec(QStringLiteral(
                             "CREATE TABLE visitors (id serial PRIMARY KEY, name text NOT NULL)")),
                         qPrintable(query.lastError().text()));
                // Names in every script come back unchanged: the cluster is UTF-8.
                const QStringList names{QStringLiteral("Zoé Lefèvre"), QStringLiteral("محمد بن علي"),
                                        QStringLiteral("陈静")};
                QVERIFY(query.prepare(QStringLiteral("INSERT INTO visitors (name) VALUES (?)")));
                for (const QString &visitor : names) {
                    query.addBindValue(visitor);
                    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
                }
                QVERIFY(query.exec(QStringLiteral("SELECT name FROM visitors ORDER BY id")));
                QStringList read;
                while (query.next())
                    read << query.value(0).toString();
                QCOMPARE(read, names);
            }
            // Still connected (`db` is open): the drop must not wait for this connection to close.
            QString dropError;
            QVERIFY2(test::dropPgDatabase(url, &dropError), qPrintable(dropError));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_pgharness"));
        QVERIFY(!databaseExists(name));
        QVERIFY2(test::dropPgDatabase(url, &error), qPrintable(error)); // already gone: fine
    }

    void everyCallGivesAnotherDatabase()
    {
        test::PgTestDatabase a(QStringLiteral("Sync Tests!"));
        test::PgTestDatabase b(QStringLiteral("Sync Tests!"));
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QVERIFY2(b.isValid(), qPrintable(b.error()));
        QVERIFY(a.url() != b.url());
        QVERIFY(databaseName(a.url()).startsWith(QLatin1String("sync_tests__")));
        QVERIFY(databaseExists(databaseName(a.url())));
        QVERIFY(databaseExists(databaseName(b.url())));

        // Each is its own: a table made in one is not in the other.
        QCOMPARE(scalar(a.url(), QStringLiteral("CREATE TABLE only_in_a (x int)")), QVariant());
        QCOMPARE(scalar(a.url(), QStringLiteral("SELECT to_regclass('only_in_a') IS NOT NULL")).toBool(),
                 true);
        QCOMPARE(scalar(b.url(), QStringLiteral("SELECT to_regclass('only_in_a') IS NOT NULL")).toBool(),
                 false);
    }

    void helperDropsItsDatabase()
    {
        QString name;
        {
            test::PgTestDatabase db(QStringLiteral("9 lives"));
            QVERIFY2(db.isValid(), qPrintable(db.error()));
            name = databaseName(db.url());
            QVERIFY2(name.startsWith(QLatin1String("t_9_lives_")), qPrintable(name));
        }
        QVERIFY(!databaseExists(name));
    }

    void unreachableServerGivesAReason()
    {
        const QByteArray saved = qgetenv("GUICHET_TEST_PG");
        qputenv("GUICHET_TEST_PG", "postgresql://guichet@127.0.0.1:1/postgres");
        QString error;
        const QString url = test::createFreshPgDatabase(QStringLiteral("pgharness"), &error);
        qputenv("GUICHET_TEST_PG", saved);
        QVERIFY(url.isEmpty());
        QVERIFY2(error.contains(QLatin1String("cannot connect to postgresql://guichet@127.0.0.1:1/postgres")),
                 qPrintable(error));
    }

    // Without GUICHET_TEST_PG a PostgreSQL test skips, but under CI it fails: CI cannot go green
    // by skipping. Checked on this very program, run again without the variable.
    void missingServerSkipsButFailsUnderCi()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GUICHET_TEST_PG"));
        environment.remove(QStringLiteral("CI"));
        const QString self = QCoreApplication::applicationFilePath();
        const QStringList arguments{QStringLiteral("freshDatabaseIsUsableThenDropped")};

        const testing::ProcessRun skipped = testing::runProcess(self, arguments, environment, 60000);
        QVERIFY2(skipped.exitCode == 0, skipped.out.constData());
        QVERIFY2(skipped.out.contains("SKIP") && skipped.out.contains("run them through .ci/test"),
                 skipped.out.constData());

        environment.insert(QStringLiteral("CI"), QStringLiteral("true"));
        const testing::ProcessRun failed = testing::runProcess(self, arguments, environment, 60000);
        QVERIFY2(failed.exitCode > 0, failed.out.constData());
        QVERIFY2(failed.out.contains("FAIL!") && failed.out.contains("CI is set but GUICHET_TEST_PG is not"),
                 failed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPgHarness)
#include "tst_pgharness.moc"
