// Failure tests: a counter or the server dies (SIGKILL, through fail points placed at each step of
// a sync) again and again; after each crash a plain sync completes, and in the end nothing was
// lost and nothing applied twice.
//   client: during the local write (outbox_enqueued), after the push was answered but before the
//           answer was used (push_answered), when a pull page arrived (page_received), in the middle
//           of applying a page (page_mid_apply);
//   server: after committing a batch but before answering (server_after_commit), and in the
//           middle of a batch, its second mutation applied but not committed (server_mid_batch:2).
#include "IntegrationFixture.h"

#include <QJsonArray>

using namespace guichet::test;

class TestSyncFailures : public QObject
{
    Q_OBJECT

private slots:
    void killedAtEveryStep_data() { addBackendRows(); }
    void killedAtEveryStep();

private:
    static int requestCount(const CliClient &client)
    {
        return client.info()
            .value(QLatin1String("counts"))
            .toObject()
            .value(QLatin1String("requests"))
            .toInt(-1);
    }
};

void TestSyncFailures::killedAtEveryStep()
{
    GUICHET_REQUIRE_KEYRING();
    QFETCH(int, backend);
    if (static_cast<Backend>(backend) == Backend::Postgres)
        GUICHET_REQUIRE_PG();
    auto server = startDemoServer(backend);
    QVERIFY2(server, "the demo server did not start");
    QVERIFY(
        !server
             ->addAgent(QStringLiteral("alice.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
             .isEmpty());
    QTemporaryDir dir;
    const CliClient a(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(a.init());
    QVERIFY(a.login(server->url(), QStringLiteral("alice.m1"), kPassword));
    QCOMPARE(a.sync().exitCode, 0);
    const int initial = requestCount(a);
    QVERIFY(initial > 0);
    int created = 0;
    auto create = [&](int n, const QString &tag) {
        for (int i = 0; i < n; ++i) {
            if (a.createRequest(QStringLiteral("%1 %2").arg(tag).arg(created),
                                QStringLiteral("Usager %1").arg(created))
                    .isEmpty())
                return false;
            ++created;
        }
        return true;
    };

    for (int round = 0; round < 3; ++round) {
        for (const char *point : {"push_answered", "page_received", "page_mid_apply"}) {
            QVERIFY(create(2, QString::fromLatin1(point)));
            const int waiting = a.outboxLength();
            QCOMPARE(waiting, 4); // two requests, two "created" events
            const CliClient::Run killed = a.sync(QString::fromLatin1(point));
            QVERIFY2(killed.exitCode == -2,
                     qPrintable(QStringLiteral("%1 did not die: %2")
                                    .arg(QLatin1String(point), QString::fromUtf8(killed.err))));
            // The acknowledgements come with a page, in the page's transaction: nothing was dropped.
            QCOMPARE(a.outboxLength(), waiting);
            const CliClient::Run again = a.sync();
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QCOMPARE(a.outboxLength(), 0);
        }

        // Killed in the middle of the agent's own write: neither the request nor its mutation.
        const int before = requestCount(a);
        const CliClient::Run midWrite =
            a.run({QStringLiteral("requests"), QStringLiteral("create"), QStringLiteral("--subject"),
                   QStringLiteral("Jamais écrit"), QStringLiteral("--name"), QStringLiteral("Personne")},
                  {}, QStringLiteral("outbox_enqueued"));
        QCOMPARE(midWrite.exitCode, -2);
        QCOMPARE(requestCount(a), before);
        QCOMPARE(a.outboxLength(), 0);

        for (const char *point : {"server_after_commit", "server_mid_batch:2"}) {
            QVERIFY(create(3, QString::fromLatin1(point)));
            qputenv("GUICHET_FAILPOINT", point);
            const bool restarted = restartOnSamePort(*server);
            qunsetenv("GUICHET_FAILPOINT");
            QVERIFY(restarted);
            const CliClient::Run cut = a.sync();
            QCOMPARE(cut.exitCode, 1); // the server died under it: offline, nothing acknowledged
            QTRY_VERIFY_WITH_TIMEOUT(!server->isRunning(), 10000);
            QCOMPARE(a.outboxLength(), 6);
            QVERIFY(restartOnSamePort(*server));
            const CliClient::Run again = a.sync();
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QCOMPARE(a.outboxLength(), 0);
        }
    }

    // Nothing lost, nothing doubled: the counter, the server and a new counter's snapshot agree.
    QCOMPARE(created, 3 * (3 * 2 + 2 * 3));
    QCOMPARE(requestCount(a), initial + created);
    QByteArray out;
    QCOMPARE(server->admin({QStringLiteral("info")}, {}, &out), 0);
    const QJsonObject counts =
        QJsonDocument::fromJson(out).object().value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("requests")).toInt(), initial + created);
    const CliClient fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh.init());
    QVERIFY(fresh.login(server->url(), QStringLiteral("alice.m1"), kPassword));
    QCOMPARE(fresh.sync().exitCode, 0);
    const QJsonObject mine = digests(a);
    const QJsonObject theirs = digests(fresh);
    for (const char *entity : {"requests", "request_events"})
        QVERIFY2(mine.value(QLatin1String(entity)) == theirs.value(QLatin1String(entity)), entity);
}

QTEST_GUILESS_MAIN(TestSyncFailures)
#include "tst_syncfailures.moc"
