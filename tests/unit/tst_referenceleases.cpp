// Request numbers leased by the server: consumed in order across blocks, never twice, only with
// the request that uses them; a provisional reference with the device's tag when none is left; and
// a standalone counter numbering on its own as before.
#include "TestStore.h"
#include "domain/RequestReference.h"
#include "repo/ReferenceLeaseRepository.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSet>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kPrefix = QStringLiteral("M06-2026"); // TestStore's clock: 23 November 2026

void seedSite(LocalStore &store)
{
    sql::exec(store.connection(),
              QStringLiteral("INSERT INTO sites (id, code, name, kind, updated_at) VALUES ('site-6', 'M06', "
                             "'Mairie du 6e', 'mairie_arrondissement', '2026-01-01T00:00:00.000Z')"));
}

void makeSynced(LocalStore &store, const QString &deviceId = QStringLiteral("device-6a"))
{
    SyncStateRepository state(store);
    state.setValue(SyncStateRepository::ServerUrl, QStringLiteral("https://guichet.example.org"));
    state.setValue(SyncStateRepository::DeviceId, deviceId);
}

void addLease(LocalStore &store, int first, int last)
{
    Transaction transaction(store.connection());
    ReferenceLeaseRepository::addLease(store.connection(), kPrefix, first, last);
    transaction.commit();
}

std::optional<int> take(LocalStore &store)
{
    Transaction transaction(store.connection());
    const auto number = ReferenceLeaseRepository::take(store.connection(), kPrefix);
    transaction.commit();
    return number;
}

Request file(LocalStore &store)
{
    Request draft;
    draft.siteId = QStringLiteral("site-6");
    draft.requesterName = QStringLiteral("BLANC Marie");
    draft.subject = QStringLiteral("Attestation d'accueil");
    return RequestRepository(store).create(draft, {});
}

} // namespace

class TestReferenceLeases : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreTakenInOrderAcrossBlocks()
    {
        TestStore t;
        ReferenceLeaseRepository leases(t.store());
        addLease(t.store(), 101, 102); // a later block, received first
        addLease(t.store(), 1, 3);
        QCOMPARE(leases.remaining(kPrefix), 5);
        QCOMPARE(leases.remaining(QStringLiteral("M06-2027")), 0);
        QList<int> taken;
        while (const auto number = take(t.store()))
            taken << *number;
        QCOMPARE(taken, (QList<int>{1, 2, 3, 101, 102}));
        QCOMPARE(leases.remaining(kPrefix), 0);
        QVERIFY(!take(t.store()).has_value());
        // Another prefix has its own blocks.
        Transaction transaction(t.store().connection());
        ReferenceLeaseRepository::addLease(t.store().connection(), QStringLiteral("M06-2027"), 1, 1);
        QCOMPARE(ReferenceLeaseRepository::take(t.store().connection(), QStringLiteral("M06-2027")),
                 std::optional<int>(1));
        transaction.commit();
    }

    void aBlockIsNeverReused()
    {
        TestStore t;
        ReferenceLeaseRepository leases(t.store());
        addLease(t.store(), 10, 12);
        QCOMPARE(take(t.store()), std::optional<int>(10));
        addLease(t.store(), 10, 12); // the same answer received twice: ignored, 10 stays used
        QCOMPARE(leases.remaining(kPrefix), 2);
        QCOMPARE(take(t.store()), std::optional<int>(11));
        const auto refused = [&](int first, int last) {
            try {
                addLease(t.store(), first, last);
                return false;
            } catch (const StoreError &error) {
                return error.kind() == StoreError::Kind::InvalidInput;
            }
        };
        QVERIFY(refused(12, 20)); // overlaps
        QVERIFY(refused(5, 10));
        QVERIFY(refused(9, 4)); // empty
        QVERIFY(refused(0, 4)); // numbers start at 1
        QCOMPARE(leases.remaining(kPrefix), 1);
    }

    void aSyncedCounterUsesItsLeasesThenAProvisionalReference()
    {
        TestStore t;
        seedSite(t.store());
        makeSynced(t.store());
        addLease(t.store(), 500, 501);
        addLease(t.store(), 20, 20);
        QSet<QString> references;
        const QStringList expected = {RequestReference::make(QStringLiteral("M06"), 2026, 20),
                                      RequestReference::make(QStringLiteral("M06"), 2026, 500),
                                      RequestReference::make(QStringLiteral("M06"), 2026, 501)};
        for (const QString &reference : expected) {
            const Request request = file(t.store());
            QCOMPARE(request.reference, reference);
            references.insert(request.reference);
        }
        QCOMPARE(ReferenceLeaseRepository(t.store()).remaining(kPrefix), 0);

        // Nothing left (offline for long): provisional, still unique, numbered per device.
        const QString tag = RequestReference::deviceTag(QStringLiteral("device-6a"));
        QCOMPARE(tag.size(), 6);
        QVERIFY(tag.at(0).isLetter());
        for (int n = 1; n <= 2; ++n) {
            const Request request = file(t.store());
            QCOMPARE(request.reference,
                     RequestReference::makeProvisional(QStringLiteral("M06"), 2026, tag, n));
            QVERIFY(request.reference.startsWith(QStringLiteral("M06-2026-%1-000%2-").arg(tag).arg(n)));
            QVERIFY2(RequestReference::isValid(request.reference), qPrintable(request.reference));
            QVERIFY(RequestReference::isProvisional(request.reference));
            references.insert(request.reference);
        }
        QCOMPARE(references.size(), 5);
        QVERIFY(!RequestReference::isProvisional(expected.first()));

        // A new block is used again as soon as it comes.
        addLease(t.store(), 900, 900);
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 900));
        // Provisional numbers compare as numbers: after 9999 comes 10000, not 1000 again.
        sql::exec(
            t.store().connection(),
            QStringLiteral(
                "INSERT INTO requests (id, reference, channel, requester_name, subject, status, due_date, "
                "created_at, updated_at) VALUES ('r-9999', ?, 'counter', 'X', 'Y', 'new', '2026-12-14', "
                "'2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000Z')"),
            {RequestReference::makeProvisional(QStringLiteral("M06"), 2026, tag, 9999)});
        const QString next = file(t.store()).reference;
        QCOMPARE(next, RequestReference::makeProvisional(QStringLiteral("M06"), 2026, tag, 10000));
        QVERIFY(RequestReference::isValid(next));
    }

    void devicesGetDifferentProvisionalReferences()
    {
        QSet<QString> tags;
        for (int i = 0; i < 200; ++i)
            tags.insert(RequestReference::deviceTag(QStringLiteral("device-%1").arg(i)));
        QCOMPARE(tags.size(), 200);
        QCOMPARE(RequestReference::deviceTag(QStringLiteral("device-1")),
                 RequestReference::deviceTag(QStringLiteral("device-1")));
        TestStore a;
        TestStore b;
        for (TestStore *t : {&a, &b})
            seedSite(t->store());
        makeSynced(a.store(), QStringLiteral("device-a"));
        makeSynced(b.store(), QStringLiteral("device-b"));
        QVERIFY(file(a.store()).reference != file(b.store()).reference);
    }

    void aLeasedNumberIsConsumedOnlyWithItsRequest()
    {
        TestStore t;
        seedSite(t.store());
        makeSynced(t.store());
        addLease(t.store(), 1, 5);
        sql::execScript(t.store().connection(),
                        QStringLiteral("CREATE TEMP TRIGGER outbox_refuses BEFORE INSERT ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"));
        QVERIFY_THROWS_EXCEPTION(StoreError, file(t.store()));
        sql::execScript(t.store().connection(), QStringLiteral("DROP TRIGGER outbox_refuses"));
        QCOMPARE(ReferenceLeaseRepository(t.store()).remaining(kPrefix), 5);
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 1));
    }

    void aNumberTheStoreAlreadyHoldsIsSkipped()
    {
        TestStore t;
        seedSite(t.store());
        // Filed while the counter was standalone, before it joined the server.
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 1));
        makeSynced(t.store());
        addLease(t.store(), 1, 2);
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 2));
        QCOMPARE(ReferenceLeaseRepository(t.store()).remaining(kPrefix), 0);
    }

    void aStandaloneCounterNumbersOnItsOwn()
    {
        TestStore t;
        seedSite(t.store());
        addLease(t.store(), 700, 710); // not used: no server
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 1));
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 2));
        QCOMPARE(ReferenceLeaseRepository(t.store()).remaining(kPrefix), 11);
        // A provisional reference left from a synced past does not restart the numbering.
        sql::exec(
            t.store().connection(),
            QStringLiteral(
                "INSERT INTO requests (id, reference, channel, requester_name, subject, status, due_date, "
                "created_at, updated_at) VALUES ('r-p', ?, 'counter', 'X', 'Y', 'new', '2026-12-14', "
                "'2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000Z')"),
            {RequestReference::makeProvisional(QStringLiteral("M06"), 2026, QStringLiteral("X7K2Q9"), 1)});
        QCOMPARE(file(t.store()).reference, RequestReference::make(QStringLiteral("M06"), 2026, 3));
    }
};

QTEST_GUILESS_MAIN(TestReferenceLeases)
#include "tst_referenceleases.moc"
