// The local store: migrations, refusal of a newer store, integrity recovery that keeps the
// outbox, per-thread connections, and clear errors for a read-only location or a full disk.
#include "TestStore.h"

#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace guichet;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::vector<Migration> firstSchemaOnly()
{
    auto all = localStoreMigrations();
    all.resize(1);
    return all;
}

void insertSite(const QSqlDatabase &db, const QString &code)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO sites (id, code, name, kind, updated_at) "
                             "VALUES (?, ?, ?, 'mairie_arrondissement', '2026-01-01T00:00:00.000Z')"),
              {QStringLiteral("site-") + code, code, QStringLiteral("Mairie ") + code});
}

void insertArticle(const QSqlDatabase &db, int n, const QString &title)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO articles (id, source, title, summary, body, updated_at) "
                             "VALUES (?, 'city', ?, '', ?, '2026-01-01T00:00:00.000Z')"),
              {QStringLiteral("article-%1").arg(n), title, QString(QStringLiteral("Texte de la fiche. ")).repeated(40)});
}

Mutation sampleMutation(int n)
{
    Mutation m;
    m.entity = QStringLiteral("appointments");
    m.entityId = QStringLiteral("appointment-%1").arg(n);
    m.operation = Mutation::Operation::Update;
    m.payload = {{QStringLiteral("status"), QStringLiteral("checked_in")}};
    m.baseVersion = n;
    return m;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreIsAtLatestSchema()
    {
        testing::TestStore t;
        const QSqlDatabase db = t.store().connection();
        QCOMPARE(t.store().schemaVersion(), Migrator(localStoreMigrations()).latestVersion());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        for (const char *table : {"sites", "site_closures", "agents", "devices", "services", "schedules",
                                  "appointments", "articles", "article_versions", "requests", "request_events",
                                  "interpreter_providers", "call_logs", "outbox", "sync_state"}) {
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                                 {QString::fromLatin1(table)})
                             .toInt()
                         == 1,
                     table);
        }
        // Every synced table carries the sync columns.
        for (const char *table : {"sites", "agents", "appointments", "articles", "requests", "request_events",
                                  "interpreter_providers", "call_logs", "services", "schedules", "devices"}) {
            QSqlQuery columns = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                                          {QString::fromLatin1(table)});
            QStringList names;
            while (columns.next())
                names << columns.value(0).toString();
            for (const char *column : {"id", "version", "updated_at", "deleted"})
                QVERIFY2(names.contains(QString::fromLatin1(column)), qPrintable(QStringLiteral("%1.%2").arg(
                                                                          QString::fromLatin1(table),
                                                                          QString::fromLatin1(column))));
        }
    }

    void reopeningAppliesNothing()
    {
        testing::TestStore t;
        LocalStore again(t.path(), t.clock());
        const auto report = again.open();
        QCOMPARE(report.migrationsApplied, 0);
        QVERIFY(!report.created);
    }

    void upgradeFromFirstSchemaKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        {
            LocalStore old(path, clock);
            QCOMPARE(old.open(LocalStore::IntegrityCheck::Quick, firstSchemaOnly()).migrationsApplied, 1);
            QCOMPARE(old.schemaVersion(), 1);
            insertSite(old.connection(), QStringLiteral("M3"));
            insertArticle(old.connection(), 1, QStringLiteral("Recensement citoyen à 16 ans"));
        }
        LocalStore upgraded(path, clock);
        const auto report = upgraded.open();
        const int latest = Migrator(localStoreMigrations()).latestVersion();
        QCOMPARE(report.migrationsApplied, latest - 1);
        QCOMPARE(upgraded.schemaVersion(), latest);
        const QSqlDatabase db = upgraded.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM sites WHERE code = 'M3'")).toString(),
                 QStringLiteral("Mairie M3"));
        // The index built by schema 2 covers the article written under schema 1 (accents folded).
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"),
                             {QStringLiteral("recensement")})
                     .toInt(),
                 1);
    }

    void newerStoreIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        {
            LocalStore store(path, clock);
            store.open();
            insertSite(store.connection(), QStringLiteral("M1"));
            sql::execScript(store.connection(), QStringLiteral("PRAGMA user_version = 99"));
            sql::execScript(store.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        LocalStore store(path, clock);
        try {
            store.open();
            QFAIL("a store of schema 99 was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NewerThanApp);
            QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("99")));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
    }

    void failingMigrationRollsBackEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollback.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        {
            LocalStore store(path, clock);
            store.open(LocalStore::IntegrityCheck::Quick, firstSchemaOnly());
            insertSite(store.connection(), QStringLiteral("M2"));
        }
        auto migrations = localStoreMigrations();
        migrations.push_back({3, QStringLiteral("a step that fails half-way"), [](const QSqlDatabase &db) {
                                  sql::execScript(db, QStringLiteral("CREATE TABLE half_done (x INTEGER)"));
                                  sql::execScript(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                              }});
        LocalStore store(path, clock);
        try {
            store.open(LocalStore::IntegrityCheck::Quick, migrations);
            QFAIL("the failing migration went through");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("schema 3")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("left at schema 1")), qPrintable(error.message()));
        }
        const QSqlDatabase db = store.connection();
        QCOMPARE(Migrator::currentVersion(db), 1);
        // Neither the failed step nor the step before it (schema 2) left anything behind.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                "('half_done', 'articles_fts')"))
                     .toInt(),
                 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sites")).toInt(), 1);
    }

    void damagedStoreIsRebuiltKeepingTheOutbox()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        QStringList mutationIds;
        {
            LocalStore store(path, clock);
            store.open();
            const QSqlDatabase db = store.connection();
            Transaction transaction(db);
            for (int n = 0; n < 400; ++n)
                insertArticle(db, n, QStringLiteral("Fiche %1").arg(n));
            OutboxRepository outbox(store);
            for (int n = 1; n <= 3; ++n) {
                Mutation m = sampleMutation(n);
                outbox.enqueue(db, m);
                mutationIds << m.mutationId;
            }
            SyncStateRepository::setValue(db, SyncStateRepository::DeviceId, QStringLiteral("device-42"));
            SyncStateRepository::setValue(db, SyncStateRepository::Cursor, QStringLiteral("1234"));
            transaction.commit();
            sql::execScript(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // Overwrite the root page of the articles table with garbage.
        QVERIFY(testing::damageTable(path, QStringLiteral("articles")));

        LocalStore store(path, clock);
        const auto report = store.open(LocalStore::IntegrityCheck::Full);
        QVERIFY(report.recovered);
        QCOMPARE(report.outboxSalvaged, 3);
        QVERIFY(QFile::exists(report.movedAsidePath));
        QVERIFY(report.movedAsidePath.contains(QLatin1String(".damaged-")));

        const QList<Mutation> pending = OutboxRepository(store).pending(10);
        QCOMPARE(pending.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pending.at(i).mutationId, mutationIds.at(i));
            QCOMPARE(pending.at(i).seq, qint64(i + 1));
            QCOMPARE(pending.at(i).payload.value(QStringLiteral("status")).toString(), QStringLiteral("checked_in"));
        }
        // The device keeps its identity; the cursor restarts so that everything is pulled again.
        const SyncStateRepository state(store);
        QCOMPARE(state.value(SyncStateRepository::DeviceId), QStringLiteral("device-42"));
        QCOMPARE(state.value(SyncStateRepository::Cursor), QString());
        QVERIFY(store.checkIntegrity(LocalStore::IntegrityCheck::Full));
        QCOMPARE(store.schemaVersion(), Migrator(localStoreMigrations()).latestVersion());
        // A new mutation continues the device's sequence.
        Mutation next = sampleMutation(4);
        {
            Transaction transaction(store.connection());
            OutboxRepository(store).enqueue(store.connection(), next);
            transaction.commit();
        }
        QCOMPARE(next.seq, qint64(4));
    }

    void recoveryNeverReusesASequenceNumber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sent.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        {
            LocalStore store(path, clock);
            store.open();
            const QSqlDatabase db = store.connection();
            Transaction transaction(db);
            for (int n = 0; n < 300; ++n)
                insertArticle(db, n, QStringLiteral("Fiche %1").arg(n));
            OutboxRepository outbox(store);
            for (int n = 1; n <= 5; ++n) {
                Mutation m = sampleMutation(n);
                outbox.enqueue(db, m);
                outbox.remove(db, m.mutationId); // sent and acknowledged
            }
            transaction.commit();
            sql::execScript(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(testing::damageTable(path, QStringLiteral("articles"), '\x33'));
        LocalStore store(path, clock);
        const auto report = store.open(LocalStore::IntegrityCheck::Full);
        QVERIFY(report.recovered);
        QCOMPARE(report.outboxSalvaged, 0);
        QVERIFY(!report.salvageFailed);
        // The server has seen 1…5 from this device: the next mutation must be 6, not 1.
        Mutation next = sampleMutation(6);
        Transaction transaction(store.connection());
        OutboxRepository(store).enqueue(store.connection(), next);
        transaction.commit();
        QCOMPARE(next.seq, qint64(6));
    }

    void fileThatIsNotADatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        FixedClock clock(testing::TestStore::defaultNow());
        LocalStore store(path, clock);
        const auto report = store.open();
        QVERIFY(report.recovered);
        QCOMPARE(report.outboxSalvaged, 0);
        QVERIFY(report.salvageFailed); // and the agent is told so
        QVERIFY(QFile::exists(report.movedAsidePath));
        QCOMPARE(store.schemaVersion(), Migrator(localStoreMigrations()).latestVersion());
    }

    void unwritableLocationGivesAClearMessage()
    {
        FixedClock clock(testing::TestStore::defaultNow());
        // /proc refuses new folders even to root.
        LocalStore store(QStringLiteral("/proc/self/guichet-test/store.sqlite"), clock);
        try {
            store.open();
            QFAIL("a store was opened where nothing can be written");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(error.message().contains(QLatin1String("/proc/self/guichet-test")), qPrintable(error.message()));
        }
    }

    void readOnlyFileGivesAClearMessage()
    {
        testing::TestStore t;
        QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (QFileInfo(t.path()).isWritable())
            QSKIP("running as root: file permissions do not stop writes (the /proc case covers root)");
        LocalStore store(t.path(), t.clock());
        QVERIFY_THROWS_EXCEPTION(StoreError, store.open());
    }

    void fullDiskGivesAClearMessageAndKeepsNothingHalfDone()
    {
        testing::TestStore t;
        const QSqlDatabase db = t.store().connection();
        const int pages = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
        sql::scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
        OutboxRepository outbox(t.store());
        try {
            Transaction transaction(db);
            for (int n = 0; n < 5000; ++n) {
                Mutation m = sampleMutation(n);
                m.payload.insert(QStringLiteral("notes"), QString(500, QLatin1Char('n')));
                outbox.enqueue(db, m);
            }
            transaction.commit();
            QFAIL("5,000 mutations fitted in two pages");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::DiskFull);
            QVERIFY2(error.message().contains(QLatin1String("disk is full")), qPrintable(error.message()));
        }
        QCOMPARE(outbox.count(), 0);
    }

    void everyThreadGetsItsOwnConnection()
    {
        testing::TestStore t;
        const QString mainName = t.store().connection().connectionName();
        QString workerName;
        int workerSchema = 0;
        QThread *worker = QThread::create([&] {
            workerName = t.store().connection().connectionName();
            workerSchema = t.store().schemaVersion();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerSchema, Migrator(localStoreMigrations()).latestVersion());
        QVERIFY2(!QSqlDatabase::contains(workerName), "the worker's connection outlived its thread");
        QVERIFY(QSqlDatabase::contains(mainName));
    }

    void outboxMutationAndChangeCommitTogether()
    {
        testing::TestStore t;
        const QSqlDatabase db = t.store().connection();
        OutboxRepository outbox(t.store());
        try {
            Transaction transaction(db);
            insertSite(db, QStringLiteral("M4"));
            Mutation m = sampleMutation(1);
            outbox.enqueue(db, m);
            insertSite(db, QStringLiteral("M4")); // duplicate code: the whole change fails
            transaction.commit();
            QFAIL("a duplicate site code was accepted");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Constraint);
        }
        QCOMPARE(outbox.count(), 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sites")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
