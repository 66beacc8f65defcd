// Request references stay unique when filed offline (issue 6): five counters of the same mairie
// sign in to a real demo server (SQLite and PostgreSQL), which leases each a block of numbers; the
// server then goes away and each counter files 1,000 requests — its leased numbers first, then
// provisional references with its own device tag. Once the server is back and every counter has
// synced, the server holds the 5,000 requests under 5,000 different, well-formed references with a
// right check letter, nothing was refused, and every counter holds the same requests.
#include "IntegrationFixture.h"

#include "core/Clock.h"
#include "domain/RequestReference.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QSet>
#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

constexpr int kCounters = 5;
constexpr int kPerCounter = 1000;

// Files `count` requests in the counter's store, as its agent would while the server is away.
QStringList fileOffline(const QString &storePath, int counter, int count)
{
    SystemClock &clock = SystemClock::instance();
    LocalStore store(storePath, clock);
    store.open(LocalStore::IntegrityCheck::Skip);
    const SyncStateRepository state(store);
    RequestRepository requests(store);
    QStringList references;
    for (int i = 0; i < count; ++i) {
        Request draft;
        draft.channel = i % 2 ? Request::Channel::Phone : Request::Channel::Counter;
        draft.siteId = state.value(SyncStateRepository::CurrentSite);
        draft.requesterName = QStringLiteral("HORS LIGNE Visiteur %1-%2").arg(counter).arg(i);
        draft.subject = QStringLiteral("Demande d'attestation de domicile");
        references << requests.create(draft, state.value(SyncStateRepository::CurrentAgent)).reference;
    }
    return references;
}

QStringList referencesIn(const QString &storePath, const QString &namePrefix)
{
    SystemClock &clock = SystemClock::instance();
    LocalStore store(storePath, clock);
    store.open(LocalStore::IntegrityCheck::Skip);
    QSqlQuery q = sql::exec(store.connection(),
                            QStringLiteral("SELECT reference FROM requests WHERE requester_name LIKE ? AND deleted = 0"),
                            {namePrefix + QLatin1Char('%')});
    QStringList references;
    while (q.next())
        references << q.value(0).toString();
    return references;
}

} // namespace

class TestRequestReferences : public QObject
{
    Q_OBJECT

private slots:
    void uniqueAcrossFiveOfflineCounters_data() { addBackendRows(); }

    void uniqueAcrossFiveOfflineCounters()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        auto server = startDemoServer(backend);
        QVERIFY2(server, "the demo server did not start");
        QTemporaryDir dir;
        std::vector<std::unique_ptr<CliClient>> counters;
        for (int c = 0; c < kCounters; ++c) {
            const QString login = QStringLiteral("agent%1.m2").arg(c);
            QVERIFY(!server->addAgent(login, QStringLiteral("agent"), QStringLiteral("M2"), kPassword).isEmpty());
            counters.push_back(std::make_unique<CliClient>(dir.filePath(QStringLiteral("counter%1.sqlite").arg(c))));
            QVERIFY(counters.back()->init());
            QVERIFY(counters.back()->login(server->url(), login, kPassword));
            const CliClient::Run first = counters.back()->sync();
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }

        server->stop();
        QSet<QString> filed;
        int provisional = 0;
        for (int c = 0; c < kCounters; ++c) {
            const QStringList references = fileOffline(counters.at(c)->storePath(), c, kPerCounter);
            QCOMPARE(references.size(), kPerCounter);
            for (const QString &reference : references) {
                QVERIFY2(RequestReference::isValid(reference), qPrintable(reference));
                QVERIFY2(reference.startsWith(QLatin1String("M2-")), qPrintable(reference));
                QVERIFY2(!filed.contains(reference), qPrintable(QStringLiteral("given twice: ") + reference));
                filed.insert(reference);
                provisional += RequestReference::isProvisional(reference) ? 1 : 0;
            }
        }
        QCOMPARE(filed.size(), kCounters * kPerCounter);
        // Both ways of numbering offline were used: leased blocks, then the device's own tag.
        QVERIFY(provisional > 0);
        QVERIFY(provisional < kCounters * kPerCounter);

        QVERIFY(restartOnSamePort(*server));
        for (const auto &counter : counters) {
            const CliClient::Run sync = counter->sync();
            QVERIFY2(sync.exitCode == 0, sync.err.constData());
            QCOMPARE(sync.json().value(QLatin1String("rejected")).toInt(), 0);
        }
        for (const auto &counter : counters)
            QCOMPARE(counter->sync().exitCode, 0); // every counter pulls what the others pushed
        const QStringList atFirst = referencesIn(counters.front()->storePath(), QStringLiteral("HORS LIGNE"));
        QCOMPARE(atFirst.size(), kCounters * kPerCounter);
        QCOMPARE(QSet<QString>(atFirst.cbegin(), atFirst.cend()), filed);
        const QJsonObject reference = digests(*counters.front());
        for (const auto &counter : counters) {
            QCOMPARE(counter->outboxLength(), 0);
            QCOMPARE(digests(*counter).value(QLatin1String("requests")), reference.value(QLatin1String("requests")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestReferences)
#include "tst_requestreferences.moc"
