// The server's cache of recent changes (ChangeCache) against the records table it stands for, on
// SQLite and on PostgreSQL: through random writes (new records, records changed again, records of
// one site or of the whole city), every pull the cache answers is byte for byte the page the table
// would give — the same changes, in the same order, the same last change and "more to come" —
// with a budget large enough to hold everything and with one so small that it keeps evicting.
// A new epoch, a restored backup (fewer changes) and purged tombstones empty it; a cursor older
// than what it holds is left to the table.
#include "ServerTestKit.h"

#include "ChangeCache.h"
#include "RecordStore.h"
#include "ServerApp.h"
#include "ServerDatabase.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::server;
using namespace guichet::test;

namespace {

const QString kSiteA = QStringLiteral("site-a");
const QString kSiteB = QStringLiteral("site-b");

class Backing
{
public:
    explicit Backing(Backend backend)
    {
        if (backend == Backend::Postgres) {
            m_pg = std::make_unique<PgTestDatabase>(QStringLiteral("changecache"));
            m_url = m_pg->url();
        } else {
            m_url = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("server.sqlite")));
        }
        if (!m_url.isEmpty())
            m_db = openServerStore(m_url);
    }
    ServerDatabase *db() { return m_db.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_url;
    std::unique_ptr<ServerDatabase> m_db;
};

// A call log of site A or B (site-scoped) or a request (city-wide), as the server stores them.
void writeRecord(ServerDatabase &db, const QString &id, const QString &entity, const QString &site, int revision)
{
    ServerTransaction transaction(db, ServerTransaction::Mode::Write);
    RecordStore records(db);
    StoredRecord record;
    record.id = id;
    record.entity = entity;
    record.version = records.takeChangeNumber();
    record.data = QJsonObject{{QStringLiteral("site_id"), site},
                              {QStringLiteral("subject"), QStringLiteral("révision %1 — %2").arg(revision).arg(id)}};
    records.write(record, nowStore());
    transaction.commit();
}

struct Pulled
{
    bool fromCache = false;
    RecordStore::Page page;
};

// The same pull through the cache and through the table, in one read snapshot.
std::pair<Pulled, RecordStore::Page> pullBoth(ServerDatabase &db, ChangeCache &cache, qint64 since,
                                              const QStringList &sites, int limit)
{
    ServerTransaction snapshot(db, ServerTransaction::Mode::Read);
    RecordStore records(db);
    const qint64 last = records.lastChange();
    Pulled cached;
    if (auto page = cache.pull(records, records.epoch(), records.horizon(), since, last, sites, limit)) {
        cached.fromCache = true;
        cached.page = *page;
    }
    const RecordStore::Page table = records.pull(since, last, sites, limit);
    snapshot.commit();
    return {cached, table};
}

// What differs between two pages: the changes (entity, id, version) of each.
QString describe(const QByteArray &cached, const QByteArray &table)
{
    auto list = [](const QByteArray &json) {
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            out << QStringLiteral("%1@%2").arg(o.value(QLatin1String("id")).toString().left(8)).arg(o.value(QLatin1String("version")).toInteger());
        }
        return out.join(QLatin1Char(' '));
    };
    return QStringLiteral("cache: %1\ntable: %2").arg(list(cached), list(table));
}

#define COMPARE_PAGES(cached, table)                                                                         \
    do {                                                                                                     \
        QVERIFY2((cached).changesJson == (table).changesJson,                                                \
                 qPrintable(describe((cached).changesJson, (table).changesJson)));                           \
        QCOMPARE((cached).count, (table).count);                                                             \
        QCOMPARE((cached).lastVersion, (table).lastVersion);                                                 \
        QCOMPARE((cached).hasMore, (table).hasMore);                                                         \
    } while (false)

} // namespace

class TestChangeCache : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTheTable_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<qsizetype>("budget");
        QTest::newRow("sqlite, holds all") << backendName(Backend::Sqlite) << qsizetype(64 * 1024 * 1024);
        QTest::newRow("sqlite, evicts") << backendName(Backend::Sqlite) << qsizetype(6000);
        QTest::newRow("postgresql, holds all") << backendName(Backend::Postgres) << qsizetype(64 * 1024 * 1024);
        QTest::newRow("postgresql, evicts") << backendName(Backend::Postgres) << qsizetype(6000);
    }

    void sameAsTheTable()
    {
        GUICHET_FETCH_BACKEND(kind);
        QFETCH(qsizetype, budget);
        Backing backing(kind);
        QVERIFY(backing.db());
        ServerDatabase &db = *backing.db();
        ChangeCache cache(budget);
        QRandomGenerator random(20261201);
        QStringList ids;
        QList<qint64> cursors{0, 0, 0}; // three counters: site A, site B, a pool laptop (A and B)
        const QList<QStringList> scopes{{kSiteA}, {kSiteB}, {kSiteA, kSiteB}};
        int servedFromCache = 0;
        int pulls = 0;
        for (int step = 0; step < 400; ++step) {
            // Writes: mostly new records, a third changes of a record already written.
            const int writes = random.bounded(1, 6);
            for (int w = 0; w < writes; ++w) {
                const bool again = !ids.isEmpty() && random.bounded(3) == 0;
                const QString id = again ? ids.at(random.bounded(ids.size())) : newId();
                if (!again)
                    ids << id;
                const int kind3 = random.bounded(3);
                writeRecord(db, id, kind3 == 0 ? QStringLiteral("requests") : QStringLiteral("call_logs"),
                            kind3 == 1 ? kSiteA : kSiteB, step);
            }
            // Pulls: each counter from its cursor, now and then a counter far behind.
            for (int c = 0; c < cursors.size(); ++c) {
                const int limit = random.bounded(1, 12);
                const qint64 since = random.bounded(10) == 0 ? random.bounded(cursors.at(c) + 1) : cursors.at(c);
                const auto [cached, table] = pullBoth(db, cache, since, scopes.at(c), limit);
                ++pulls;
                if (cached.fromCache) {
                    ++servedFromCache;
                    COMPARE_PAGES(cached.page, table);
                }
                cursors[c] = table.hasMore ? table.lastVersion : RecordStore(db).lastChange();
            }
        }
        QVERIFY2(cache.bytes() <= budget, qPrintable(QString::number(cache.bytes())));
        // The cache did serve: nearly every pull when it holds everything, still some when it evicts.
        QVERIFY2(servedFromCache > (budget > 1000000 ? pulls * 8 / 10 : pulls / 10),
                 qPrintable(QStringLiteral("%1 of %2 pulls").arg(servedFromCache).arg(pulls)));
    }

    void olderCursorIsLeftToTheTable()
    {
        Backing backing(Backend::Sqlite);
        ServerDatabase &db = *backing.db();
        for (int i = 0; i < 10; ++i)
            writeRecord(db, newId(), QStringLiteral("requests"), kSiteA, i);
        ChangeCache cache;
        QVERIFY(pullBoth(db, cache, 5, {kSiteA}, 100).first.fromCache); // holds (5, 10] from now on
        const auto [cached, table] = pullBoth(db, cache, 2, {kSiteA}, 100);
        QVERIFY(!cached.fromCache);
        QCOMPARE(table.count, 8);
    }

    void emptiedByEpochRestoreAndPurge()
    {
        Backing backing(Backend::Sqlite);
        ServerDatabase &db = *backing.db();
        const QString gone = newId();
        writeRecord(db, gone, QStringLiteral("requests"), kSiteA, 1);
        writeRecord(db, newId(), QStringLiteral("requests"), kSiteA, 2);
        ChangeCache cache;
        auto [first, firstTable] = pullBoth(db, cache, 0, {kSiteA}, 100);
        QVERIFY(first.fromCache);
        QCOMPARE(first.page.count, 2);

        // Deleted, then its tombstone purged by the admin command (here: the same store).
        {
            ServerTransaction transaction(db, ServerTransaction::Mode::Write);
            RecordStore records(db);
            StoredRecord record = *records.find(gone);
            record.version = records.takeChangeNumber();
            record.deleted = true;
            records.write(record, QStringLiteral("2000-01-01T00:00:00.000Z"));
            transaction.commit();
        }
        QCOMPARE(pullBoth(db, cache, 0, {kSiteA}, 100).first.page.changesJson.count("\"deleted\":true"), 1);
        {
            ServerTransaction transaction(db, ServerTransaction::Mode::Write);
            RecordStore records(db);
            records.takeChangeNumber();
            QCOMPARE(records.purgeTombstones(QStringLiteral("2001-01-01T00:00:00.000Z")), 1);
            transaction.commit();
        }
        auto [afterPurge, afterPurgeTable] = pullBoth(db, cache, 0, {kSiteA}, 100);
        QVERIFY(afterPurge.fromCache);
        QVERIFY(!afterPurge.page.changesJson.contains(gone.toUtf8()));
        COMPARE_PAGES(afterPurge.page, afterPurgeTable);

        // A new epoch (a backup restored): what it held is not trusted any more.
        {
            ServerTransaction transaction(db, ServerTransaction::Mode::Write);
            RecordStore(db).setEpoch(newId());
            transaction.commit();
        }
        writeRecord(db, newId(), QStringLiteral("requests"), kSiteA, 3);
        auto [afterEpoch, afterEpochTable] = pullBoth(db, cache, 0, {kSiteA}, 100);
        QVERIFY(afterEpoch.fromCache);
        COMPARE_PAGES(afterEpoch.page, afterEpochTable);

        // Fewer changes than it has seen (an older backup with the same epoch): it starts again.
        {
            ServerTransaction transaction(db, ServerTransaction::Mode::Write);
            db.exec(QStringLiteral("DELETE FROM records WHERE version > 2"));
            db.exec(QStringLiteral("UPDATE change_counter SET last_change = 2 WHERE id = 1"));
            transaction.commit();
        }
        auto [restored, restoredTable] = pullBoth(db, cache, 0, {kSiteA}, 100);
        QVERIFY(restored.fromCache);
        COMPARE_PAGES(restored.page, restoredTable);
    }
};

QTEST_GUILESS_MAIN(TestChangeCache)
#include "tst_changecache.moc"
