// The pull race of DESIGN §5: a transaction takes change number N+1 but commits after another
// writer's N+2 would have been read. guichet-server serializes writers on its change counter, so
// N+2 cannot be taken (let alone read) before N+1 commits, and a pull only hands out a cursor up to
// the last committed number. Proved with two server processes on one store (a city's
// load-balanced servers) and a transaction held open directly on the store.
#include "IntegrationFixture.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::test;

namespace {

// A second guichet-server on the same store; returns its port (0 on failure).
quint16 startSecondServer(QProcess &process, const QString &storeUrl)
{
    process.start(
        QStringLiteral(GUICHET_SERVER_PATH),
        {QStringLiteral("--store"), storeUrl, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    static const QRegularExpression port(QStringLiteral("\"port\":(\\d+)"));
    QByteArray log;
    for (int i = 0; i < 300 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        log += process.readAllStandardError();
        const auto match = port.match(QString::fromUtf8(log));
        if (match.hasMatch())
            return static_cast<quint16>(match.captured(1).toUInt());
    }
    return 0;
}

QJsonObject pull(const QUrl &server, const QString &token, qint64 since)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/sync/pull"));
    url.setQuery(QStringLiteral("since=%1").arg(since));
    return rawRequest(url, "GET", {}, token.toUtf8()).json;
}

} // namespace

class TestPullRace : public QObject
{
    Q_OBJECT

private slots:
    void lateCommitIsNeverSkipped_data() { addBackendRows(); }
    void lateCommitIsNeverSkipped();
};

void TestPullRace::lateCommitIsNeverSkipped()
{
    QFETCH(int, backend);
    if (static_cast<Backend>(backend) == Backend::Postgres)
        GUICHET_REQUIRE_PG();
    ServerProcess first(static_cast<Backend>(backend));
    QVERIFY(first.start());
    const QString site = first.addSite(QStringLiteral("M1"), QStringLiteral("Mairie du 1er"));
    QVERIFY(
        !first.addAgent(QStringLiteral("alice.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
             .isEmpty());
    QProcess secondProcess;
    const quint16 secondPort = startSecondServer(secondProcess, first.storeUrl());
    QVERIFY(secondPort != 0);
    const QUrl second(QStringLiteral("http://127.0.0.1:%1").arg(secondPort));
    const QString token =
        loginToken(first.url(), QStringLiteral("alice.m1"), kPassword, QStringLiteral("device-race"));
    QVERIFY(!token.isEmpty());
    const qint64 before = pull(first.url(), token, 0).value(QLatin1String("next_cursor")).toInteger();
    QVERIFY(before > 0);

    // A writer takes change number before+1 and does not commit yet.
    server::ServerDatabase direct(server::StoreUrl::parse(first.storeUrl()));
    direct.open();
    direct.beginWrite();
    const qint64 late =
        direct
            .scalar(QStringLiteral(
                "UPDATE change_counter SET last_change = last_change + 1 WHERE id = 1 RETURNING last_change"))
            .toLongLong();
    QCOMPARE(late, before + 1);
    direct.exec(
        QStringLiteral("INSERT INTO records (id, entity, version, deleted, updated_at, data) VALUES "
                       "('late-request', 'interpreter_providers', ?, 0, '2026-11-23T09:00:00.000Z', ?)"),
        {late,
         QStringLiteral(
             R"({"id":"late-request","name":"Late","kind":"phone","address":"01 02 03 04 05","deleted":0})")});

    // Meanwhile a counter pushes a change through the other server: it must wait for the writer.
    QNetworkAccessManager nam;
    QUrl pushUrl = second;
    pushUrl.setPath(QStringLiteral("/api/v1/sync/push"));
    QNetworkRequest request(pushUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QJsonObject mutation{
        {QStringLiteral("mutation_id"), QStringLiteral("m-race-1")},
        {QStringLiteral("seq"), 1},
        {QStringLiteral("entity"), QStringLiteral("call_logs")},
        {QStringLiteral("entity_id"), QStringLiteral("call-race-1")},
        {QStringLiteral("operation"), QStringLiteral("create")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("site_id"), site},
                     {QStringLiteral("mode"), QStringLiteral("foreign")},
                     {QStringLiteral("started_at"), QStringLiteral("2026-11-23T09:05:00Z")}}},
        {QStringLiteral("base_version"), 0}};
    QNetworkReply *push = nam.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("device-race")},
                                           {QStringLiteral("mutations"), QJsonArray{mutation}}})
                     .toJson(QJsonDocument::Compact));
    QTest::qWait(1500);
    QVERIFY2(!push->isFinished(), "the second writer did not wait for the first one's commit");

    // A pull now hands out a cursor that stops before the uncommitted number.
    const QJsonObject during = pull(first.url(), token, before);
    QCOMPARE(during.value(QLatin1String("next_cursor")).toInteger(), before);
    QCOMPARE(during.value(QLatin1String("changes")).toArray().size(), 0);

    direct.commit();
    QTRY_VERIFY_WITH_TIMEOUT(push->isFinished(), 30000);
    const QJsonObject pushed = QJsonDocument::fromJson(push->readAll()).object();
    const QJsonObject result = pushed.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
    const qint64 pushedVersion = result.value(QLatin1String("version")).toInteger();
    QVERIFY(pushedVersion > late); // taken after the late writer committed
    push->deleteLater();

    // From the cursor it was given, the counter receives both: the late commit was not skipped.
    const QJsonObject after = pull(first.url(), token, before);
    const QJsonArray changes = after.value(QLatin1String("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value(QLatin1String("version")).toInteger(), before + 1);
    QCOMPARE(changes.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("late-request"));
    QCOMPARE(changes.at(1).toObject().value(QLatin1String("version")).toInteger(), pushedVersion);
    secondProcess.terminate();
    secondProcess.waitForFinished(10000);
}

QTEST_GUILESS_MAIN(TestPullRace)
#include "tst_pullrace.moc"
