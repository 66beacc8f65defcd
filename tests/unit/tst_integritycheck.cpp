// The background integrity check: a damaged store found while the counter is in use is repaired
// at the next open, keeping the outbox; a healthy store is left alone.
#include "TestStore.h"

#include "repo/OutboxRepository.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

// A store with 300 articles and two pending mutations, its articles root page then overwritten.
QStringList makeDamagedStore(const QString &path, Clock &clock)
{
    QStringList ids;
    {
        LocalStore store(path, clock);
        store.open();
        const QSqlDatabase db = store.connection();
        Transaction transaction(db);
        for (int n = 0; n < 300; ++n)
            sql::exec(db,
                      QStringLiteral("INSERT INTO articles (id, source, title, body, updated_at) "
                                     "VALUES (?, 'city', ?, ?, '2026-01-01T00:00:00.000Z')"),
                      {QStringLiteral("a%1").arg(n), QStringLiteral("Fiche %1").arg(n),
                       QString(QStringLiteral("corps ")).repeated(60)});
        for (int n = 0; n < 2; ++n) {
            Mutation m;
            m.entity = QStringLiteral("request_events");
            m.entityId = QStringLiteral("event-%1").arg(n);
            m.operation = Mutation::Operation::Create;
            OutboxRepository(store).enqueue(db, m);
            ids << m.mutationId;
        }
        transaction.commit();
        sql::execScript(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    testing::damageTable(path, QStringLiteral("articles"), '\x5a');
    return ids;
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void healthyStorePassesAndAsksNothing()
    {
        testing::TestStore t;
        BackgroundIntegrityCheck check(t.store());
        QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!LocalStore::repairRequested(t.path()));
    }

    void damageFoundInUseIsRepairedAtTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.sqlite"));
        FixedClock clock(testing::TestStore::defaultNow());
        const QStringList ids = makeDamagedStore(path, clock);
        {
            // The counter starts without checking (as the desk app does) and keeps working…
            LocalStore store(path, clock);
            const auto report = store.open(LocalStore::IntegrityCheck::Skip);
            QVERIFY(!report.recovered);
            BackgroundIntegrityCheck check(store);
            QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
            check.start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QVERIFY(!finished.at(0).at(1).toString().isEmpty());
            QVERIFY(LocalStore::repairRequested(path));
        }
        // …and the next start repairs, even when asked not to check.
        LocalStore store(path, clock);
        const auto report = store.open(LocalStore::IntegrityCheck::Skip);
        QVERIFY(report.recovered);
        QCOMPARE(report.outboxSalvaged, 2);
        QVERIFY(!LocalStore::repairRequested(path));
        const QList<Mutation> pending = OutboxRepository(store).pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).mutationId, ids.at(0));
        QCOMPARE(pending.at(1).mutationId, ids.at(1));
    }

    void repairRequestOnAHealthyStoreChangesNothing()
    {
        testing::TestStore t;
        sql::exec(t.store().connection(),
                  QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('device_id', 'd-1')"));
        LocalStore::requestRepair(t.path(), QStringLiteral("a false alarm"));
        LocalStore again(t.path(), t.clock());
        const auto report = again.open(LocalStore::IntegrityCheck::Skip);
        QVERIFY(!report.recovered);
        QVERIFY(!LocalStore::repairRequested(t.path()));
        QCOMPARE(sql::scalar(again.connection(), QStringLiteral("SELECT value FROM sync_state WHERE key = 'device_id'"))
                     .toString(),
                 QStringLiteral("d-1"));
    }

    void destroyingARunningCheckDoesNotWaitForIt()
    {
        testing::TestStore t;
        auto check = std::make_unique<BackgroundIntegrityCheck>(t.store());
        QSignalSpy finished(check.get(), &BackgroundIntegrityCheck::finished);
        check->start();
        check.reset(); // interrupts; no signal after destruction, no crash
        QCOMPARE(finished.count(), 0);
        QVERIFY(!LocalStore::repairRequested(t.path()));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
