// The server's schema migrations (DESIGN §4 and §6), on SQLite and on PostgreSQL: migrating an
// up-to-date store applies nothing, and a store written by a newer server is refused — by the
// library, by `guichet-server` and by its admin command — and left exactly as it was.
#include "ServerTestKit.h"

#include "ServerApp.h"
#include "ServerDatabase.h"
#include "ServerMigrations.h"

#include "store/StoreError.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

using namespace guichet;
using namespace guichet::server;
using namespace guichet::test;

namespace {

QStringList column(ServerDatabase &database, const QString &statement)
{
    QStringList values;
    QSqlQuery &query = database.exec(statement);
    while (query.next())
        values << query.value(0).toString();
    query.finish();
    return values;
}

// Everything a migration could touch: the tables and indexes, the rows of each table, the
// migrations recorded and the server's state (epoch).
QStringList contents(ServerDatabase &database)
{
    const QStringList tables =
        database.isPostgres()
            ? column(database, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
            : column(database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite_%' ORDER BY 1"));
    QStringList lines;
    for (const QString &table : tables)
        lines << QStringLiteral("%1: %2 rows").arg(table, database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toString());
    lines << (database.isPostgres()
                  ? column(database, QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"))
                  : column(database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1")));
    lines << column(database, QStringLiteral("SELECT version || ' ' || name || ' ' || applied_at FROM schema_migrations ORDER BY version"));
    lines << column(database, QStringLiteral("SELECT key || '=' || value FROM server_state ORDER BY key"));
    lines << column(database, QStringLiteral("SELECT id || ' ' || entity || ' ' || version FROM records ORDER BY id"));
    return lines;
}

std::unique_ptr<ServerDatabase> openRaw(const QString &url)
{
    auto database = std::make_unique<ServerDatabase>(StoreUrl::parse(url));
    database->open();
    return database;
}

} // namespace

class TestServerMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migratingTwiceAppliesNothing_data() { addBackendRows(); }
    void migratingTwiceAppliesNothing();
    void newerStoreIsRefusedUntouched_data() { addBackendRows(); }
    void newerStoreIsRefusedUntouched();
};

void TestServerMigrations::migratingTwiceAppliesNothing()
{
    GUICHET_FETCH_BACKEND(kind);
    const ServerProcess store(kind);   // only for its fresh store
    QVERIFY(!store.storeUrl().isEmpty());
    QVERIFY(latestServerSchemaVersion() >= 1);
    try {
        auto database = openRaw(store.storeUrl());
        QCOMPARE(serverSchemaVersion(*database), 0);
        QCOMPARE(migrateServerStore(*database), latestServerSchemaVersion());
        QCOMPARE(serverSchemaVersion(*database), latestServerSchemaVersion());
        const QStringList migrated = contents(*database);
        QVERIFY(migrated.contains(QStringLiteral("records: 0 rows")));
        QVERIFY(migrated.contains(QStringLiteral("change_counter: 1 rows")));

        // Again on the same connection, then as the server opens it: nothing applied, nothing changed
        // (the epoch, made by the first step, in particular).
        QCOMPARE(migrateServerStore(*database), 0);
        QCOMPARE(contents(*database), migrated);
        database.reset();
        auto reopened = openServerStore(store.storeUrl());
        QCOMPARE(serverSchemaVersion(*reopened), latestServerSchemaVersion());
        QCOMPARE(contents(*reopened), migrated);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestServerMigrations::newerStoreIsRefusedUntouched()
{
    GUICHET_FETCH_BACKEND(kind);
    ServerProcess server(kind);
    QVERIFY(!server.storeUrl().isEmpty());
    QVERIFY(!server.addSite(QStringLiteral("T1"), QStringLiteral("Mairie du 1er")).isEmpty());
    QStringList before;
    try {
        auto database = openRaw(server.storeUrl());
        // What a newer guichet-server would have recorded.
        database->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                       {latestServerSchemaVersion() + 1, QStringLiteral("from the future"), nowStore()});
        before = contents(*database);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QVERIFY(before.contains(QStringLiteral("records: 1 rows")));

    // As the server opens it, and as a migration on an open connection.
    auto refusal = [&server](bool alreadyOpen) -> std::optional<StoreError::Kind> {
        try {
            if (alreadyOpen)
                migrateServerStore(*openRaw(server.storeUrl()));
            else
                openServerStore(server.storeUrl());
        } catch (const StoreError &error) {
            if (error.kind() == StoreError::Kind::NewerThanApp && !error.message().contains(QLatin1String("newer")))
                qWarning("a refusal without a clear reason: %s", qPrintable(error.message()));
            return error.kind();
        }
        return std::nullopt;
    };
    QVERIFY(refusal(false) == StoreError::Kind::NewerThanApp);
    QVERIFY(refusal(true) == StoreError::Kind::NewerThanApp);

    // The executable refuses it too, with a one-line reason, and so does its admin command.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start listening")));
    QVERIFY(!server.start());
    QVERIFY2(server.log().contains("newer than this guichet-server"), server.log().constData());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("admin info exited with 1")));
    QCOMPARE(server.admin({QStringLiteral("info")}), 1);

    try {
        auto database = openRaw(server.storeUrl());
        QCOMPARE(contents(*database), before);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"
