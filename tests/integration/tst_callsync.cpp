// Interpreter calls are logged at the counter and reach the site's other counters (issue 7, item
// 4), against a real demo server (SQLite and, with GUICHET_TEST_PG, PostgreSQL): a counter at M1
// logs a call while it starts (`interpreters call`) and finishes it (outcome and duration) before
// its next sync; both changes are applied once; another counter of M1 then counts the call with its
// final outcome, and holds the same call log (same digest); a counter of M2 never receives it. A
// second sync sends nothing again.
#include "IntegrationFixture.h"
#include "core/Clock.h"
#include "repo/CallLogRepository.h"
#include "store/LocalStore.h"

#include <QJsonArray>

using namespace guichet;
using namespace guichet::test;

namespace {

std::unique_ptr<LocalStore> openStore(const CliClient &client)
{
    auto store = std::make_unique<LocalStore>(client.storePath(), SystemClock::instance());
    store->open(LocalStore::IntegrityCheck::Skip);
    return store;
}

QJsonObject stats(const CliClient &client)
{
    return client.run({QStringLiteral("interpreters"), QStringLiteral("stats"), QStringLiteral("--by"),
                       QStringLiteral("outcome")})
        .json();
}

} // namespace

class TestCallSync : public QObject
{
    Q_OBJECT

private slots:
    void callsReachTheSitesCounters_data() { addBackendRows(); }

    void callsReachTheSitesCounters()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        auto server = startDemoServer(backend);
        QVERIFY2(server, "the demo server did not start");
        QVERIFY(!server->addAgent(QStringLiteral("ines.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
                     .isEmpty());
        QVERIFY(!server->addAgent(QStringLiteral("marc.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
                     .isEmpty());
        QVERIFY(!server->addAgent(QStringLiteral("paul.m2"), QStringLiteral("agent"), QStringLiteral("M2"), kPassword)
                     .isEmpty());
        QTemporaryDir dir;
        const CliClient caller(dir.filePath(QStringLiteral("m1-a.sqlite")));
        const CliClient neighbour(dir.filePath(QStringLiteral("m1-b.sqlite")));
        const CliClient elsewhere(dir.filePath(QStringLiteral("m2.sqlite")));
        for (const auto &[client, login] : {std::pair{&caller, QStringLiteral("ines.m1")},
                                            std::pair{&neighbour, QStringLiteral("marc.m1")},
                                            std::pair{&elsewhere, QStringLiteral("paul.m2")}}) {
            QVERIFY(client->init());
            QVERIFY(client->login(server->url(), login, kPassword));
            const CliClient::Run first = client->sync();
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }
        const int before = stats(neighbour).value(QLatin1String("calls")).toInt();

        // The call starts: logged at once, with no outcome yet known (duration 0).
        const CliClient::Run started =
            caller.run({QStringLiteral("interpreters"), QStringLiteral("call"), QStringLiteral("--mode"),
                        QStringLiteral("foreign"), QStringLiteral("--language"), QStringLiteral("ar")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QString callId = started.json().value(QLatin1String("id")).toString();
        QVERIFY(!callId.isEmpty());
        // It ends before the next sync: nobody answered, after 95 seconds.
        {
            auto store = openStore(caller);
            CallLogRepository(*store).finishCall(callId, CallLog::Outcome::NoAnswer, 95);
        }
        QCOMPARE(caller.outboxLength(), 2);
        const CliClient::Run sent = caller.sync();
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(sent.json().value(QLatin1String("applied")).toInt(), 2);
        QCOMPARE(sent.json().value(QLatin1String("rejected")).toInt(), 0);
        QCOMPARE(caller.outboxLength(), 0);

        // The site's other counter counts it once, as it ended.
        QCOMPARE(neighbour.sync().exitCode, 0);
        const QJsonObject figures = stats(neighbour);
        QCOMPARE(figures.value(QLatin1String("calls")).toInt(), before + 1);
        bool noAnswer = false;
        for (const QJsonValue &group : figures.value(QLatin1String("groups")).toArray())
            noAnswer = noAnswer || (group.toObject().value(QLatin1String("key")).toString() == QLatin1String("no_answer") &&
                                    group.toObject().value(QLatin1String("calls")).toInt() >= 1);
        QVERIFY(noAnswer);
        {
            auto store = openStore(neighbour);
            const auto received = CallLogRepository(*store).get(callId);
            QVERIFY(received);
            QCOMPARE(received->durationS, 95);
            QCOMPARE(received->outcome, CallLog::Outcome::NoAnswer);
            QCOMPARE(received->language, QStringLiteral("ar"));
            QVERIFY(received->version > 0);
        }
        QCOMPARE(digests(neighbour).value(QLatin1String("call_logs")),
                 digests(caller).value(QLatin1String("call_logs")));

        // Another site's counter does not receive M1's calls.
        QCOMPARE(elsewhere.sync().exitCode, 0);
        {
            auto store = openStore(elsewhere);
            QVERIFY(!CallLogRepository(*store).get(callId));
        }
        // Nothing is sent twice.
        const CliClient::Run again = caller.sync();
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QLatin1String("pushed")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallSync)
#include "tst_callsync.moc"
