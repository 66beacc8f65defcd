// Integration: `guichet-cli requests find-online` looks a request up on the server when the
// counter does not have it (beyond its retention window, or filed elsewhere and not yet pulled):
// found by phone (typed another way) and by name (without accents), labelled as the server's
// results, and not stored at the counter. Without a server: exit 1 and a one-line reason.
// Against SQLite and PostgreSQL.
#include "IntegrationFixture.h"

#include <QJsonArray>

using namespace guichet;
using namespace guichet::test;

class TestRequestOnline : public QObject
{
    Q_OBJECT

private slots:
    void findsOnTheServerWhatTheCounterDoesNotHave_data() { addBackendRows(); }
    void findsOnTheServerWhatTheCounterDoesNotHave();
};

void TestRequestOnline::findsOnTheServerWhatTheCounterDoesNotHave()
{
    GUICHET_REQUIRE_KEYRING();
    QFETCH(int, backend);
    if (static_cast<Backend>(backend) == Backend::Postgres)
        GUICHET_REQUIRE_PG();
    auto server = startDemoServer(backend);
    QVERIFY2(server, "the demo server did not start");
    for (const char *login : {"alice.m1", "bruno.m1"})
        QVERIFY(!server->addAgent(QLatin1String(login), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
                     .isEmpty());

    QTemporaryDir dir;
    const CliClient a(dir.filePath(QStringLiteral("a.sqlite")));
    const CliClient b(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.init() && b.init());
    QVERIFY(a.login(server->url(), QStringLiteral("alice.m1"), kPassword));
    QVERIFY(b.login(server->url(), QStringLiteral("bruno.m1"), kPassword));

    // B files a request and sends it; A never syncs, so it does not have it.
    const CliClient::Run first = b.sync();
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const CliClient::Run created =
        b.run({QStringLiteral("requests"), QStringLiteral("create"), QStringLiteral("--channel"),
               QStringLiteral("counter"), QStringLiteral("--subject"), QStringLiteral("Vélo retrouvé"),
               QStringLiteral("--name"), QStringLiteral("Zoé Quintàrd"), QStringLiteral("--phone"),
               QStringLiteral("06 98 76 54 31")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString reference = created.json().value(QLatin1String("reference")).toString();
    QVERIFY(!reference.isEmpty());
    const CliClient::Run sent = b.sync();
    QVERIFY2(sent.exitCode == 0, sent.err.constData());

    const CliClient::Run local = a.run({QStringLiteral("requests"), QStringLiteral("find"), QStringLiteral("quintard")});
    QVERIFY2(local.exitCode == 0, local.err.constData());
    QCOMPARE(local.json().value(QLatin1String("count")).toInt(), 0);

    const auto findOnline = [&a](const QString &query) {
        return a.run({QStringLiteral("requests"), QStringLiteral("find-online"), query});
    };
    for (const QString &query : {QStringLiteral("+33 6 98 76 54 31"), QStringLiteral("0698765431"),
                                 QStringLiteral("zoe quintard"), QStringLiteral("QUINTAR")}) {
        const CliClient::Run online = findOnline(query);
        QVERIFY2(online.exitCode == 0, online.err.constData());
        const QJsonObject answer = online.json();
        QCOMPARE(answer.value(QLatin1String("source")).toString(), QStringLiteral("online"));
        QCOMPARE(answer.value(QLatin1String("label")).toString(), QStringLiteral("online (server) results"));
        const QJsonArray requests = answer.value(QLatin1String("requests")).toArray();
        QVERIFY2(requests.size() == 1, online.out.constData());
        const QJsonObject found = requests.at(0).toObject();
        QCOMPARE(found.value(QLatin1String("reference")).toString(), reference);
        QCOMPARE(found.value(QLatin1String("requester")).toString(), QStringLiteral("Zoé Quintàrd"));
        QVERIFY(!found.value(QLatin1String("events")).toArray().isEmpty()); // its "created" event
    }
    // --limit is checked before anything is asked.
    QCOMPARE(a.run({QStringLiteral("requests"), QStringLiteral("find-online"), QStringLiteral("zoe"),
                    QStringLiteral("--limit"), QStringLiteral("0")})
                 .exitCode,
             2);

    // The results were not stored at A.
    const CliClient::Run still = a.run({QStringLiteral("requests"), QStringLiteral("find"), reference});
    QCOMPARE(still.json().value(QLatin1String("count")).toInt(), 0);

    // Without a server: exit 1 and a one-line reason.
    server->stop();
    const CliClient::Run offline = findOnline(QStringLiteral("zoe quintard"));
    QCOMPARE(offline.exitCode, 1);
    const QByteArray reason = offline.err.trimmed();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(!reason.contains('\n'), reason.constData());
    QVERIFY2(reason.contains("online search failed"), reason.constData());

    // A counter that never signed in has no server to ask.
    const CliClient never(dir.filePath(QStringLiteral("never.sqlite")));
    QVERIFY(never.init());
    const CliClient::Run nowhere =
        never.run({QStringLiteral("requests"), QStringLiteral("find-online"), QStringLiteral("zoe")});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY(!nowhere.err.trimmed().isEmpty() && !nowhere.err.trimmed().contains('\n'));
}

QTEST_GUILESS_MAIN(TestRequestOnline)
#include "tst_requestonline.moc"
