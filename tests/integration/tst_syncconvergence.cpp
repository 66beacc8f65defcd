// Integration: a real guichet-server and several headless counters making changes online and
// offline, then syncing: every counter's data for its scope equals every other's (and the
// server's), each change exists once, references are unique.
#include "IntegrationFixture.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace guichet::test;

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private slots:
    void countersConverge_data() { addBackendRows(); }
    void countersConverge();
};

void TestSyncConvergence::countersConverge()
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
    QVERIFY(
        !server
             ->addAgent(QStringLiteral("bruno.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
             .isEmpty());
    QVERIFY(
        !server
             ->addAgent(QStringLiteral("chloe.m2"), QStringLiteral("agent"), QStringLiteral("M2"), kPassword)
             .isEmpty());

    QTemporaryDir dir;
    const CliClient a(dir.filePath(QStringLiteral("a.sqlite")));
    const CliClient b(dir.filePath(QStringLiteral("b.sqlite")));
    const CliClient c(dir.filePath(QStringLiteral("c.sqlite")));
    const QList<const CliClient *> counters{&a, &b, &c};
    const QStringList logins{QStringLiteral("alice.m1"), QStringLiteral("bruno.m1"),
                             QStringLiteral("chloe.m2")};
    for (int i = 0; i < counters.size(); ++i) {
        QVERIFY(counters[i]->init());
        QVERIFY(counters[i]->login(server->url(), logins[i], kPassword));
        const CliClient::Run first = counters[i]->sync();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.json().value(QLatin1String("pulled")).toInt() > 1000);
    }

    // Online: A files two requests and syncs.
    QStringList references;
    references << a.createRequest(QStringLiteral("Nid-de-poule rue Garibaldi"),
                                  QStringLiteral("Mme Lefèvre"));
    references << a.createRequest(QStringLiteral("Attestation d'accueil"), QStringLiteral("M. Haddad"));
    QCOMPARE(a.sync().exitCode, 0);

    // The server goes away: B and C keep working offline; the sync says so and loses nothing.
    const quint16 port = server->port();
    server->stop();
    for (int i = 0; i < 3; ++i) {
        references << b.createRequest(QStringLiteral("Demande B %1").arg(i),
                                      QStringLiteral("Usager B %1").arg(i));
        references << c.createRequest(QStringLiteral("Demande C %1").arg(i),
                                      QStringLiteral("Usager C %1").arg(i));
    }
    const CliClient::Run offline = b.sync();
    QCOMPARE(offline.exitCode, 1);
    QCOMPARE(offline.json().value(QLatin1String("result")).toString(), QStringLiteral("offline"));
    QCOMPARE(b.outboxLength(), 6); // each request and its "created" event

    QVERIFY(server->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
    references << a.createRequest(QStringLiteral("Carte grise perdue"), QStringLiteral("Mme Nguyen"));
    for (int pass = 0; pass < 2; ++pass)
        for (const CliClient *counter : counters) {
            const CliClient::Run run = counter->sync();
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }

    QCOMPARE(references.size(), 9);
    QVERIFY(!references.contains(QString()));
    QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), 9); // unique, offline or not

    // Every counter holds the same city data; the two counters of M1 the same appointments.
    const QJsonObject da = digests(a), db = digests(b), dc = digests(c);
    for (const char *entity : {"sites", "agents", "services", "schedules", "site_closures", "requests",
                               "request_events", "interpreter_providers", "articles"}) {
        const QString key = QString::fromLatin1(entity);
        QVERIFY2(da.value(key) == db.value(key) && db.value(key) == dc.value(key), entity);
    }
    QCOMPARE(da.value(QLatin1String("appointments")), db.value(QLatin1String("appointments")));
    QVERIFY(da.value(QLatin1String("appointments")) !=
            dc.value(QLatin1String("appointments"))); // another site
    for (const CliClient *counter : counters)
        QCOMPARE(counter->outboxLength(), 0);

    // And the server holds exactly one copy of each: a new counter's snapshot is the same data.
    const CliClient fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh.init());
    QVERIFY(fresh.login(server->url(), QStringLiteral("alice.m1"), kPassword));
    QCOMPARE(fresh.sync().exitCode, 0);
    const QJsonObject dfresh = digests(fresh);
    for (const char *entity : {"requests", "request_events", "appointments"})
        QVERIFY2(dfresh.value(QLatin1String(entity)) == da.value(QLatin1String(entity)), entity);
    QByteArray out;
    QCOMPARE(server->admin({QStringLiteral("info")}, {}, &out), 0);
    const QJsonObject counts =
        QJsonDocument::fromJson(out).object().value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("requests")).toInt(),
             a.info().value(QLatin1String("counts")).toObject().value(QLatin1String("requests")).toInt());
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
