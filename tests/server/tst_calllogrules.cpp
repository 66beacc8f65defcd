// The server's rules on logged interpreter calls, black box over HTTP on SQLite and PostgreSQL: a
// call is logged when it starts, then the counter that logged it finishes it (outcome, duration),
// and only that; nobody deletes a logged call; another site's counter cannot touch it. What is
// accepted reaches the site's other counters with the final outcome.
#include "ServerTestKit.h"

using namespace guichet;
using namespace guichet::test;

namespace {

QString outcomeOf(const QJsonArray &results)
{
    return results.isEmpty() ? QStringLiteral("(no result)") : str(results.first().toObject(), "outcome");
}

QString reasonOf(const QJsonArray &results)
{
    return results.isEmpty() ? QString() : str(results.first().toObject(), "reason");
}

} // namespace

class TestCallLogRules : public QObject
{
    Q_OBJECT

private slots:
    void callsAreFinishedByTheirCounterOnly_data() { addBackendRows(); }

    void callsAreFinishedByTheirCounterOnly()
    {
        GUICHET_FETCH_BACKEND(backendKind);
        TestCity city(backendKind);
        QVERIFY(city.start());
        Device counter = city.device(QStringLiteral("alice"));
        Device sameSite = city.device(QStringLiteral("alice"));
        Device otherSite = city.device(QStringLiteral("bruno"));
        QVERIFY(counter.isValid() && sameSite.isValid() && otherSite.isValid());

        // Logged when it starts (duration 0), finished offline right after: both in one push, the
        // finishing change made on version 0 — its own earlier change does not make it stale.
        const QString callId = newId();
        QJsonObject started = callLogPayload(city.siteA, QStringLiteral("foreign"));
        started.insert(QStringLiteral("duration_s"), 0);
        const QJsonArray results = counter.pushResults(
            {counter.create(QStringLiteral("call_logs"), callId, started),
             counter.mutation(QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                              {{QStringLiteral("duration_s"), 312}, {QStringLiteral("outcome"), QStringLiteral("no_answer")}})});
        QCOMPARE(results.size(), 2);
        QCOMPARE(str(results.at(0).toObject(), "outcome"), QStringLiteral("applied"));
        QCOMPARE(str(results.at(1).toObject(), "outcome"), QStringLiteral("applied"));
        const qint64 version = num(results.at(1).toObject(), "version");
        QVERIFY(version > 0);

        // Only the duration and the outcome change.
        QCOMPARE(reasonOf(counter.pushResults({counter.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("language"), QStringLiteral("ar")}}, version)})),
                 QStringLiteral("invalid"));
        QCOMPARE(reasonOf(counter.pushResults({counter.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("outcome"), QStringLiteral("done")},
                      {QStringLiteral("started_at"), QStringLiteral("2020-01-01T00:00:00Z")}},
                     version)})),
                 QStringLiteral("invalid"));
        // A bad outcome or duration is refused by the record's own checks.
        QCOMPARE(reasonOf(counter.pushResults({counter.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("outcome"), QStringLiteral("maybe")}}, version)})),
                 QStringLiteral("invalid"));
        // Another counter of the same site, or of another site, cannot finish it; nobody deletes it.
        QCOMPARE(reasonOf(sameSite.pushResults({sameSite.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("duration_s"), 1}}, version)})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reasonOf(otherSite.pushResults({otherSite.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("duration_s"), 1}}, version)})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reasonOf(counter.pushResults(
                     {counter.mutation(QStringLiteral("call_logs"), callId, QStringLiteral("delete"), {}, version)})),
                 QStringLiteral("forbidden"));

        // The site's other counter receives the call once, finished.
        const QList<QJsonObject> seen = changesOf(sameSite.pullAll(), callId);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.size(), 1); // one record, as it stands now
        const QJsonObject last = seen.last().value(QLatin1String("data")).toObject();
        QCOMPARE(num(last, "duration_s"), 312);
        QCOMPARE(str(last, "outcome"), QStringLiteral("no_answer"));
        QCOMPARE(str(last, "language"), QStringLiteral("en"));
        QCOMPARE(num(last, "deleted"), 0);
        QVERIFY(!seen.last().value(QLatin1String("deleted")).toBool());
        // Another site's counter does not receive it at all.
        QVERIFY(changesOf(otherSite.pullAll(), callId).isEmpty());
        QCOMPARE(outcomeOf(counter.pushResults({counter.mutation(
                     QStringLiteral("call_logs"), callId, QStringLiteral("update"),
                     {{QStringLiteral("outcome"), QStringLiteral("done")}}, version)})),
                 QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TestCallLogRules)
#include "tst_calllogrules.moc"
