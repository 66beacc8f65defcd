// StoreInfo: counts and order-independent digests, so that two counters in sync print the same.
#include "TestStore.h"

#include "info/StoreInfo.h"
#include "repo/OutboxRepository.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QTest>

using namespace guichet;

namespace {

void addSite(const QSqlDatabase &db, const QString &code, const QString &name)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO sites (id, code, name, kind, version, updated_at) "
                             "VALUES (?, ?, ?, 'mairie_arrondissement', 3, '2026-11-01T10:00:00.000Z')"),
              {QStringLiteral("id-") + code, code, name});
}

} // namespace

class TestStoreInfo : public QObject
{
    Q_OBJECT

private slots:
    void digestsIgnoreInsertionOrder()
    {
        testing::TestStore a;
        testing::TestStore b;
        addSite(a.store().connection(), QStringLiteral("M1"), QStringLiteral("Mairie du 1er"));
        addSite(a.store().connection(), QStringLiteral("M2"), QStringLiteral("Mairie du 2e"));
        addSite(b.store().connection(), QStringLiteral("M2"), QStringLiteral("Mairie du 2e"));
        addSite(b.store().connection(), QStringLiteral("M1"), QStringLiteral("Mairie du 1er"));
        const StoreInfo infoA = StoreInfo::collect(a.store());
        const StoreInfo infoB = StoreInfo::collect(b.store());
        QCOMPARE(infoA.digests, infoB.digests);
        QCOMPARE(infoA.counts.value(QStringLiteral("sites")), 2);

        sql::exec(b.store().connection(), QStringLiteral("UPDATE sites SET name = 'Mairie du 2e arr.' WHERE code = 'M2'"));
        const StoreInfo changed = StoreInfo::collect(b.store());
        QVERIFY(changed.digests.value(QStringLiteral("sites")) != infoA.digests.value(QStringLiteral("sites")));
        QCOMPARE(changed.digests.value(QStringLiteral("agents")), infoA.digests.value(QStringLiteral("agents")));
    }

    void countsLeaveOutDeletedRecordsAndReportTheOutbox()
    {
        testing::TestStore t;
        const QSqlDatabase db = t.store().connection();
        addSite(db, QStringLiteral("M1"), QStringLiteral("Mairie du 1er"));
        addSite(db, QStringLiteral("M2"), QStringLiteral("Mairie du 2e"));
        sql::exec(db, QStringLiteral("UPDATE sites SET deleted = 1 WHERE code = 'M2'"));
        {
            Transaction transaction(db);
            Mutation m;
            m.entity = QStringLiteral("sites");
            m.entityId = QStringLiteral("id-M1");
            OutboxRepository(t.store()).enqueue(db, m);
            transaction.commit();
        }
        const StoreInfo info = StoreInfo::collect(t.store(), false);
        QCOMPARE(info.counts.value(QStringLiteral("sites")), 1);
        QCOMPARE(info.outboxLength, 1);
        QVERIFY(info.digests.isEmpty());
        QCOMPARE(info.schemaVersion, Migrator(localStoreMigrations()).latestVersion());
        const QJsonObject json = info.toJson();
        QCOMPARE(json.value(QStringLiteral("outbox")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("cursor")).toString(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestStoreInfo)
#include "tst_storeinfo.moc"
