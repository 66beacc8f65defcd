// Group commit (PushBatcher): pushes that reach the server together are applied in one transaction,
// each exactly as if it had come alone. Many counters pushing at the same instant, on SQLite and
// on PostgreSQL: every push is answered with its own results, in its own order; a push sent twice
// at once (a retry racing the original) is applied once and answered twice the same; a push with
// a gap does not hold back the others; the server holds exactly one copy of each change.
#include "ServerTestKit.h"


using namespace guichet;
using namespace guichet::test;

class TestGroupCommit : public QObject
{
    Q_OBJECT

private slots:
    void pushesTogether_data() { addBackendRows(); }

    void pushesTogether()
    {
        GUICHET_FETCH_BACKEND(kind);
        TestCity city(kind);
        QVERIFY(city.start());
        constexpr int kDevices = 12;
        constexpr int kPerPush = 4;
        QList<Device> devices;
        for (int d = 0; d < kDevices; ++d)
            devices << city.device(QStringLiteral("alice"));
        Device late = city.device(QStringLiteral("alice"));
        for (const Device &device : std::as_const(devices))
            QVERIFY(device.isValid());

        QList<SentPush> pushes;
        QStringList ids;
        for (Device &device : devices) {
            QJsonArray mutations;
            for (int m = 0; m < kPerPush; ++m) {
                ids << newId();
                mutations << device.create(QStringLiteral("call_logs"), ids.last(),
                                           callLogPayload(city.siteA, QStringLiteral("foreign")));
            }
            pushes << SentPush{device.pushBody(mutations), device.token().toUtf8(), 0, {}};
        }
        // The first device's push sent a second time at the same instant.
        pushes << pushes.first();
        // A push that starts at seq 2: a gap, refused alone.
        QJsonArray gapped;
        late.create(QStringLiteral("call_logs"), newId(), callLogPayload(city.siteA, QStringLiteral("lsf")));
        gapped << late.create(QStringLiteral("call_logs"), newId(), callLogPayload(city.siteA, QStringLiteral("lsf")));
        pushes << SentPush{late.pushBody(gapped), late.token().toUtf8(), 0, {}};

        sendPushesTogether(city.server.url(), pushes);

        for (int d = 0; d < kDevices; ++d) {
            const SentPush &push = pushes.at(d);
            QCOMPARE(push.status, 200);
            const QJsonArray results = push.answer.value(QLatin1String("results")).toArray();
            QCOMPARE(results.size(), kPerPush);
            for (int m = 0; m < kPerPush; ++m) {
                const QJsonObject result = results.at(m).toObject();
                QCOMPARE(num(result, "seq"), m + 1);
                QCOMPARE(str(result, "outcome"), QStringLiteral("applied"));
                QVERIFY(num(result, "version") > 0);
            }
            QCOMPARE(num(push.answer, "last_seq"), kPerPush);
        }
        // The same push twice: both answered with the same versions; one of them as duplicates.
        const SentPush &again = pushes.at(kDevices);
        QCOMPARE(again.status, 200);
        const QJsonArray first = pushes.first().answer.value(QLatin1String("results")).toArray();
        const QJsonArray second = again.answer.value(QLatin1String("results")).toArray();
        QCOMPARE(second.size(), kPerPush);
        int duplicates = 0;
        for (int m = 0; m < kPerPush; ++m) {
            QCOMPARE(num(second.at(m).toObject(), "version"), num(first.at(m).toObject(), "version"));
            duplicates += second.at(m).toObject().value(QLatin1String("duplicate")).toBool() ? 1 : 0;
            duplicates += first.at(m).toObject().value(QLatin1String("duplicate")).toBool() ? 1 : 0;
        }
        QCOMPARE(duplicates, kPerPush);
        // The gap: nothing applied, the others were not held back by it.
        const SentPush &gap = pushes.last();
        QCOMPARE(gap.status, 200);
        const QJsonArray gapResults = gap.answer.value(QLatin1String("results")).toArray();
        QCOMPARE(gapResults.size(), 1);
        QCOMPARE(str(gapResults.first().toObject(), "outcome"), QStringLiteral("gap"));

        // Exactly one copy of each change on the server.
        const QList<QJsonObject> changes = devices.first().pullAll(0);
        int callLogs = 0;
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(changesOf(changes, id).size(), 1);
            ++callLogs;
        }
        int total = 0;
        for (const QJsonObject &change : changes)
            total += str(change, "entity") == QLatin1String("call_logs") ? 1 : 0;
        QCOMPARE(total, callLogs);
        QCOMPARE(total, kDevices * kPerPush);
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
