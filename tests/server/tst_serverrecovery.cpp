// A guichet-server that dies, restarts, or is restored (DESIGN §5 and §9), on SQLite and on
// PostgreSQL: a crash never applies a mutation twice; a new epoch, forgotten deletions and a
// cursor from the future are told to the counters. Black box: HTTP and `guichet-server admin`.
#include "ServerTestKit.h"

#include "domain/RequestReference.h"

using namespace guichet;
using namespace guichet::test;

namespace {

QString reference(int number)
{
    return RequestReference::make(QStringLiteral("T1"), 2026, number);
}

QJsonObject withoutDuplicateFlag(QJsonObject result)
{
    result.remove(QStringLiteral("duplicate"));
    return result;
}

} // namespace

class TestServerRecovery : public QObject
{
    Q_OBJECT

private slots:
    void crashAndRestart_data() { addBackendRows(); }
    void crashAndRestart();
    void epochAndCursors_data() { addBackendRows(); }
    void epochAndCursors();
};

void TestServerRecovery::crashAndRestart()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());
    QJsonArray batch;
    for (int i = 1; i <= 3; ++i)
        batch << device.create(QStringLiteral("requests"), newId(), requestPayload(reference(i), city.siteA, QStringLiteral("Before the crash %1").arg(i)));
    const QJsonArray first = device.pushResults(batch);
    QCOMPARE(first.size(), 3);

    // The server dies (SIGKILL) before the counter read the answer; it is started again on the
    // same store, and the counter pushes the same batch: nothing is applied twice.
    const qint64 pid = city.server.pid();
    city.server.kill();
    QVERIFY(!city.server.isRunning());
    QVERIFY(city.server.start());
    QVERIFY(city.server.pid() != pid);
    device.setServer(city.server.url());
    const RawResponse replay = device.push(batch);
    QCOMPARE(replay.status, 200);   // the token survived the restart
    QCOMPARE(num(replay.json, "last_seq"), 3);
    const QJsonArray replayed = replay.json.value(QLatin1String("results")).toArray();
    QCOMPARE(replayed.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(str(first.at(i).toObject(), "outcome"), QStringLiteral("applied"));
        QCOMPARE(replayed.at(i).toObject().value(QLatin1String("duplicate")).toBool(), true);
        QCOMPARE(withoutDuplicateFlag(replayed.at(i).toObject()), withoutDuplicateFlag(first.at(i).toObject()));
    }
    const QList<QJsonObject> all = device.pullAll();
    for (const QJsonValue &mutation : batch)
        QCOMPARE(changesOf(all, str(mutation.toObject(), "entity_id")).size(), 1);

    // The queue goes on; a clean stop (SIGTERM) keeps everything too.
    QCOMPARE(str(device.pushResults({device.create(QStringLiteral("requests"), newId(), requestPayload(reference(4), city.siteA, QStringLiteral("After")))}).at(0).toObject(), "outcome"),
             QStringLiteral("applied"));
    const QJsonObject health = city.get(QStringLiteral("/api/v1/health")).json;
    city.server.stop();
    QVERIFY(!city.server.isRunning());
    QVERIFY(city.server.start());
    const QJsonObject restarted = city.get(QStringLiteral("/api/v1/health")).json;
    QCOMPARE(num(restarted, "last_change"), num(health, "last_change"));
    QCOMPARE(str(restarted, "epoch"), str(health, "epoch"));
}

void TestServerRecovery::epochAndCursors()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());

    const RawResponse snapshot = device.pull(0);
    QCOMPARE(snapshot.status, 200);
    const QString epoch = str(snapshot.json, "epoch");
    QCOMPARE(epoch, str(city.get(QStringLiteral("/api/v1/health")).json, "epoch"));
    const qint64 oldCursor = num(snapshot.json, "next_cursor");
    QVERIFY(oldCursor > 0);

    const QString gone = newId();
    const QString kept = newId();
    const QJsonArray created = device.pushResults({device.create(QStringLiteral("requests"), gone, requestPayload(reference(1), city.siteA, QStringLiteral("To delete"))),
                                                   device.create(QStringLiteral("requests"), kept, requestPayload(reference(2), city.siteA, QStringLiteral("To keep")))});
    QCOMPARE(created.size(), 2);
    const QJsonArray deleted = device.pushResults({device.mutation(QStringLiteral("requests"), gone, QStringLiteral("delete"), {}, num(created.at(0).toObject(), "version"))});
    QCOMPARE(str(deleted.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    const QList<QJsonObject> tombstones = changesOf(device.pullAll(oldCursor), gone);
    QCOMPARE(tombstones.size(), 1);
    QCOMPARE(tombstones.first().value(QLatin1String("deleted")).toBool(), true);

    // A cursor beyond the last change (a server restored from an older backup).
    const qint64 last = num(city.get(QStringLiteral("/api/v1/health")).json, "last_change");
    const RawResponse ahead = device.pull(last + 10);
    QCOMPARE(ahead.status, 409);
    QCOMPARE(str(ahead.json, "error"), QStringLiteral("cursor_ahead"));
    QVERIFY(!str(ahead.json, "message").isEmpty());
    QCOMPARE(device.pull(last).status, 200);

    // A new epoch: every pull says so.
    QByteArray out;
    QCOMPARE(city.server.admin({QStringLiteral("new-epoch")}, {}, &out), 0);
    const QString newEpoch = str(QJsonDocument::fromJson(out).object(), "epoch");
    QVERIFY(!newEpoch.isEmpty() && newEpoch != epoch);
    QCOMPARE(str(device.pull(0).json, "epoch"), newEpoch);
    QCOMPARE(str(city.get(QStringLiteral("/api/v1/health")).json, "epoch"), newEpoch);

    // Deletions forgotten: a cursor from before them cannot be served any more.
    QCOMPARE(city.server.admin({QStringLiteral("purge-tombstones"), QStringLiteral("--days"), QStringLiteral("0")}, {}, &out), 0);
    QVERIFY2(num(QJsonDocument::fromJson(out).object(), "purged") >= 1, out.constData());
    const RawResponse tooOld = device.pull(oldCursor);
    QCOMPARE(tooOld.status, 410);
    QCOMPARE(str(tooOld.json, "error"), QStringLiteral("cursor_too_old"));
    QVERIFY(!str(tooOld.json, "message").isEmpty());
    // A new snapshot works, without the forgotten record.
    const QList<QJsonObject> fresh = device.pullAll(0);
    QVERIFY(changesOf(fresh, gone).isEmpty());
    QCOMPARE(changesOf(fresh, kept).size(), 1);
}

QTEST_GUILESS_MAIN(TestServerRecovery)
#include "tst_serverrecovery.moc"
