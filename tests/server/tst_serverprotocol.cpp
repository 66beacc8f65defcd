// The sync protocol (DESIGN §5, models/sync/SyncProtocol.h) against a real guichet-server, on
// SQLite and on PostgreSQL: exactly-once pushes, per-mutation results, paged pulls, reference
// leases and slot capacity. Black box: HTTP and `guichet-server admin` only.
#include "ServerTestKit.h"

#include "domain/RequestReference.h"

#include <QSet>

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

class TestServerProtocol : public QObject
{
    Q_OBJECT

private slots:
    void healthAndLogin_data() { addBackendRows(); }
    void healthAndLogin();
    void pushIsExactlyOnce_data() { addBackendRows(); }
    void pushIsExactlyOnce();
    void resultsPerMutation_data() { addBackendRows(); }
    void resultsPerMutation();
    void pagedPull_data() { addBackendRows(); }
    void pagedPull();
    void leases_data() { addBackendRows(); }
    void leases();
    void slotCapacity_data() { addBackendRows(); }
    void slotCapacity();
};

void TestServerProtocol::healthAndLogin()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());

    const RawResponse health = city.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QVERIFY2(health.contentType.startsWith("application/json"), health.contentType.constData());
    QCOMPARE(str(health.json, "status"), QStringLiteral("ok"));
    QCOMPARE(str(health.json, "store"), backendName(kind));
    const QString epoch = str(health.json, "epoch");
    QVERIFY(!epoch.isEmpty());

    const QJsonObject request{{QStringLiteral("login"), QStringLiteral("alice")},
                              {QStringLiteral("password"), TestCity::kPassword},
                              {QStringLiteral("device_id"), QStringLiteral("counter-1")},
                              {QStringLiteral("device_name"), QStringLiteral("Comptoir 1")}};
    const RawResponse login = city.post(QStringLiteral("/api/v1/auth/login"), compact(request));
    QCOMPARE(login.status, 200);
    const QString token = str(login.json, "token");
    QVERIFY2(token.startsWith(QLatin1String("gt_")) && token.size() > 30, qPrintable(token));
    QCOMPARE(str(login.json, "epoch"), epoch);
    const QJsonObject agent = login.json.value(QLatin1String("agent")).toObject();
    QCOMPARE(str(agent, "id"), city.alice);
    QCOMPARE(str(agent, "login"), QStringLiteral("alice"));
    QCOMPARE(str(agent, "role"), QStringLiteral("agent"));
    QCOMPARE(login.json.value(QLatin1String("sites")).toArray(), QJsonArray{city.siteA});
    const QDateTime expires = timefmt::fromStore(str(login.json, "expires_at"));
    QVERIFY2(expires > QDateTime::currentDateTimeUtc().addSecs(11 * 3600), qPrintable(str(login.json, "expires_at")));

    // The token opens the API; the login's own answer is the device's registration.
    const Device device(city.server.url(), token, QStringLiteral("counter-1"));
    const RawResponse pull = device.pull(0);
    QCOMPARE(pull.status, 200);
    QCOMPARE(num(pull.json.value(QLatin1String("device")).toObject(), "last_seq"), 0);

    QJsonObject wrong = request;
    wrong.insert(QStringLiteral("password"), QStringLiteral("not the password"));
    const RawResponse refused = city.post(QStringLiteral("/api/v1/auth/login"), compact(wrong));
    QCOMPARE(refused.status, 401);
    QCOMPARE(str(refused.json, "error"), QStringLiteral("bad_credentials"));
    QVERIFY(!refused.json.contains(QLatin1String("token")));

    QJsonObject unknownSite = request;
    unknownSite.insert(QStringLiteral("site_id"), newId());
    QCOMPARE(city.post(QStringLiteral("/api/v1/auth/login"), compact(unknownSite)).status, 400);
}

void TestServerProtocol::pushIsExactlyOnce()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());

    const QString first = newId();
    const QJsonArray batch{device.create(QStringLiteral("requests"), first, requestPayload(reference(1), city.siteA, QStringLiteral("Replay")))};
    const RawResponse pushed = device.push(batch);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(num(pushed.json, "last_seq"), 1);
    const QJsonObject result = pushed.json.value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(str(result, "outcome"), QStringLiteral("applied"));
    QCOMPARE(result.value(QLatin1String("duplicate")).toBool(), false);
    const qint64 version = num(result, "version");
    QVERIFY(version > 0);

    // The same batch again (the answer was lost): the stored result, marked as a replay.
    const RawResponse replayed = device.push(batch);
    QCOMPARE(replayed.status, 200);
    QCOMPARE(num(replayed.json, "last_seq"), 1);
    const QJsonArray replayResults = replayed.json.value(QLatin1String("results")).toArray();
    QCOMPARE(replayResults.size(), 1);
    QCOMPARE(replayResults.at(0).toObject().value(QLatin1String("duplicate")).toBool(), true);
    QCOMPARE(withoutDuplicateFlag(replayResults.at(0).toObject()), withoutDuplicateFlag(result));
    const QList<QJsonObject> copies = changesOf(device.pullAll(), first);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(num(copies.first(), "version"), version);
    QCOMPARE(str(copies.first().value(QLatin1String("data")).toObject(), "subject"), QStringLiteral("Replay"));

    // A gap: seq 3 while the server has 1. Not processed, the server says what it expects.
    const qint64 cursor = num(device.pull(0).json, "next_cursor");
    const QString second = newId();
    const QString third = newId();
    const QJsonObject two = device.create(QStringLiteral("requests"), second, requestPayload(reference(2), city.siteA, QStringLiteral("Two")));
    const QJsonObject three = device.create(QStringLiteral("requests"), third, requestPayload(reference(3), city.siteA, QStringLiteral("Three")));
    const RawResponse gap = device.push({three});
    QCOMPARE(gap.status, 200);
    const QJsonArray gapResults = gap.json.value(QLatin1String("results")).toArray();
    QCOMPARE(gapResults.size(), 1);
    QCOMPARE(str(gapResults.at(0).toObject(), "outcome"), QStringLiteral("gap"));
    QCOMPARE(num(gapResults.at(0).toObject(), "seq"), 3);
    QCOMPARE(num(gapResults.at(0).toObject(), "expected_seq"), 2);
    QCOMPARE(num(gap.json, "last_seq"), 1);
    const RawResponse nothingNew = device.pull(cursor);
    QCOMPARE(nothingNew.status, 200);
    QVERIFY(nothingNew.json.value(QLatin1String("changes")).toArray().isEmpty());

    // The missing one first, then the rest: both applied, in order; the replayed first one again
    // in front of them is harmless.
    const QJsonArray resumed = device.pushResults({batch.at(0), two, three});
    QCOMPARE(resumed.size(), 3);
    QCOMPARE(resumed.at(0).toObject().value(QLatin1String("duplicate")).toBool(), true);
    QCOMPARE(str(resumed.at(1).toObject(), "outcome"), QStringLiteral("applied"));
    QCOMPARE(str(resumed.at(2).toObject(), "outcome"), QStringLiteral("applied"));
    QVERIFY(num(resumed.at(2).toObject(), "version") > num(resumed.at(1).toObject(), "version"));
    const QList<QJsonObject> all = device.pullAll();
    QCOMPARE(changesOf(all, first).size(), 1);
    QCOMPARE(changesOf(all, second).size(), 1);
    QCOMPARE(changesOf(all, third).size(), 1);
}

void TestServerProtocol::resultsPerMutation()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device one = city.device(QStringLiteral("alice"));
    Device two = city.device(QStringLiteral("alice"));
    QVERIFY(one.isValid() && two.isValid());

    const QString shared = newId();
    const QJsonArray created = one.pushResults({one.create(QStringLiteral("requests"), shared, requestPayload(reference(7), city.siteA, QStringLiteral("Original")))});
    QCOMPARE(str(created.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    const qint64 base = num(created.at(0).toObject(), "version");
    const QJsonArray changed = two.pushResults({two.mutation(QStringLiteral("requests"), shared, QStringLiteral("update"), {{QStringLiteral("subject"), QStringLiteral("Changed at counter two")}}, base)});
    QCOMPARE(str(changed.at(0).toObject(), "outcome"), QStringLiteral("applied"));

    const QString bogusCall = newId();
    const QString newSite = newId();
    const QString goodCall = newId();
    const QString duplicate = newId();
    const QJsonArray batch{
        one.mutation(QStringLiteral("requests"), shared, QStringLiteral("update"), {{QStringLiteral("subject"), QStringLiteral("Changed at counter one")}}, base),
        one.create(QStringLiteral("call_logs"), bogusCall, callLogPayload(city.siteA, QStringLiteral("bogus"))),
        one.create(QStringLiteral("sites"), newSite, {{QStringLiteral("code"), QStringLiteral("T9")}, {QStringLiteral("name"), QStringLiteral("Annexe")}, {QStringLiteral("kind"), QStringLiteral("annexe")}}),
        one.mutation(QStringLiteral("requests"), newId(), QStringLiteral("update"), {{QStringLiteral("subject"), QStringLiteral("Nobody")}}, 3),
        one.create(QStringLiteral("requests"), duplicate, requestPayload(reference(7), city.siteA, QStringLiteral("Same reference"))),
        one.create(QStringLiteral("call_logs"), goodCall, callLogPayload(city.siteA, QStringLiteral("foreign"))),
    };
    const RawResponse pushed = one.push(batch);
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 6);
    const QStringList reasons{QStringLiteral("stale_version"), QStringLiteral("invalid"), QStringLiteral("forbidden"),
                              QStringLiteral("not_found"), QStringLiteral("duplicate_key")};
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(num(result, "seq"), i + 2);
        QCOMPARE(str(result, "mutation_id"), str(batch.at(i).toObject(), "mutation_id"));
        if (i < reasons.size()) {
            QCOMPARE(str(result, "outcome"), QStringLiteral("rejected"));
            QCOMPARE(str(result, "reason"), reasons.at(i));
            QVERIFY2(!str(result, "message").isEmpty(), qPrintable(reasons.at(i)));
        }
    }
    // The refused change comes back with the server's state of the record, the way forward.
    QCOMPARE(str(results.at(0).toObject().value(QLatin1String("record")).toObject(), "subject"),
             QStringLiteral("Changed at counter two"));
    // A refusal does not block the queue: the last one went through.
    QCOMPARE(str(results.at(5).toObject(), "outcome"), QStringLiteral("applied"));
    QCOMPARE(num(pushed.json, "last_seq"), 7);

    const QList<QJsonObject> all = one.pullAll();
    QCOMPARE(changesOf(all, shared).size(), 1);
    QCOMPARE(str(changesOf(all, shared).first().value(QLatin1String("data")).toObject(), "subject"),
             QStringLiteral("Changed at counter two"));
    QVERIFY(changesOf(all, bogusCall).isEmpty());
    QVERIFY(changesOf(all, newSite).isEmpty());
    QVERIFY(changesOf(all, duplicate).isEmpty());
    QCOMPARE(changesOf(all, goodCall).size(), 1);

    // The rejections are reported again in pulls, from the first seq still pending at the counter.
    const RawResponse pending = one.pull(0, 0, 5);
    QCOMPARE(pending.status, 200);
    const QJsonObject device = pending.json.value(QLatin1String("device")).toObject();
    QCOMPARE(num(device, "last_seq"), 7);
    const QJsonArray rejected = device.value(QLatin1String("rejected")).toArray();
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(num(rejected.at(0).toObject(), "seq"), 5);
    QCOMPARE(str(rejected.at(0).toObject(), "reason"), QStringLiteral("not_found"));
    QCOMPARE(num(rejected.at(1).toObject(), "seq"), 6);
    QCOMPARE(str(rejected.at(1).toObject(), "reason"), QStringLiteral("duplicate_key"));
    QCOMPARE(str(rejected.at(1).toObject(), "entity_id"), duplicate);
    QCOMPARE(str(rejected.at(1).toObject(), "mutation_id"), str(batch.at(4).toObject(), "mutation_id"));
    QCOMPARE(rejected.at(1).toObject().value(QLatin1String("payload")).toObject(),
             batch.at(4).toObject().value(QLatin1String("payload")).toObject());
    QCOMPARE(one.pull(0, 0, 2).json.value(QLatin1String("device")).toObject().value(QLatin1String("rejected")).toArray().size(), 5);
    QVERIFY(one.pull(0).json.value(QLatin1String("device")).toObject().value(QLatin1String("rejected")).toArray().isEmpty());

    // What an agent may not write, an admin may.
    Device admin = city.device(QStringLiteral("root"));
    const QJsonArray byAdmin = admin.pushResults({admin.create(QStringLiteral("sites"), newSite, batch.at(2).toObject().value(QLatin1String("payload")).toObject())});
    QCOMPARE(str(byAdmin.at(0).toObject(), "outcome"), QStringLiteral("applied"));
}

void TestServerProtocol::pagedPull()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());

    QJsonArray batch;
    QSet<QString> created;
    for (int i = 0; i < 23; ++i) {
        const QString id = newId();
        created.insert(id);
        batch << device.create(QStringLiteral("requests"), id, requestPayload(reference(100 + i), city.siteA, QStringLiteral("Page %1").arg(i)));
    }
    QCOMPARE(device.pushResults(batch).size(), 23);
    const qint64 lastChange = num(city.get(QStringLiteral("/api/v1/health")).json, "last_change");

    QList<QJsonObject> oneGo = device.pullAll(0, 10000);
    QList<QJsonObject> paged;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QVERIFY(pages < 100);
        const RawResponse page = device.pull(cursor, 5);
        QCOMPARE(page.status, 200);
        const QJsonArray changes = page.json.value(QLatin1String("changes")).toArray();
        more = page.json.value(QLatin1String("has_more")).toBool();
        const qint64 next = num(page.json, "next_cursor");
        QVERIFY(changes.size() <= 5);
        if (more) {
            QCOMPARE(changes.size(), 5);
            QCOMPARE(next, num(changes.last().toObject(), "version"));
        } else {
            QCOMPARE(next, lastChange);
        }
        QVERIFY(next > cursor);
        for (const QJsonValue &change : changes) {
            const qint64 version = num(change.toObject(), "version");
            QVERIFY(version > cursor && version <= next);
            QVERIFY(paged.isEmpty() || version > num(paged.last(), "version"));
            paged << change.toObject();
        }
        cursor = next;
    }
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    QCOMPARE(paged, oneGo);
    QSet<QString> seen;
    for (const QJsonObject &change : paged) {
        const QString id = str(change, "id");
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QVERIFY(seen.contains(created));

    // Caught up: nothing more. A later change of one record is the only change after the cursor.
    const RawResponse empty = device.pull(cursor, 5);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json.value(QLatin1String("changes")).toArray().isEmpty());
    QCOMPARE(num(empty.json, "next_cursor"), cursor);
    const QString changedId = str(batch.at(4).toObject(), "entity_id");
    const QJsonArray update = device.pushResults({device.mutation(QStringLiteral("requests"), changedId, QStringLiteral("update"), {{QStringLiteral("status"), QStringLiteral("acknowledged")}}, 0)});
    QCOMPARE(str(update.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    const QList<QJsonObject> after = device.pullAll(cursor, 5);
    QCOMPARE(after.size(), 1);
    QCOMPARE(str(after.first(), "id"), changedId);
    QCOMPARE(num(after.first(), "version"), num(update.at(0).toObject(), "version"));
    QCOMPARE(str(after.first().value(QLatin1String("data")).toObject(), "status"), QStringLiteral("acknowledged"));
}

void TestServerProtocol::leases()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device one = city.device(QStringLiteral("alice"));
    Device two = city.device(QStringLiteral("alice"));
    QVERIFY(one.isValid() && two.isValid());

    // A reference already in the store (filed before the counter synced): leases start above it.
    const QJsonArray filed = one.pushResults({one.create(QStringLiteral("requests"), newId(), requestPayload(reference(42), city.siteA, QStringLiteral("Filed")))});
    QCOMPARE(str(filed.at(0).toObject(), "outcome"), QStringLiteral("applied"));

    struct Block
    {
        qint64 first;
        qint64 last;
    };
    QList<Block> blocks;
    const QList<std::pair<const Device *, int>> asks{{&one, 10}, {&two, 5}, {&one, 3}, {&two, 1}};
    for (const auto &[device, count] : asks) {
        const RawResponse answer = device->lease(QStringLiteral("T1-2026"), count);
        QCOMPARE(answer.status, 200);
        QCOMPARE(str(answer.json, "prefix"), QStringLiteral("T1-2026"));
        const Block block{num(answer.json, "first"), num(answer.json, "last")};
        QCOMPARE(block.last - block.first + 1, count);
        QVERIFY2(block.first > 42, qPrintable(QString::number(block.first)));
        for (const Block &earlier : blocks)
            QVERIFY(block.first > earlier.last || block.last < earlier.first);
        blocks << block;
    }
    QCOMPARE(blocks.first().first, 43);

    // Numbering is per prefix (site and year): a new year starts at 1; another site's numbers
    // are not this counter's to take.
    const RawResponse nextYear = one.lease(QStringLiteral("T1-2027"), 4);
    QCOMPARE(nextYear.status, 200);
    QCOMPARE(num(nextYear.json, "first"), 1);
    const RawResponse other = one.lease(QStringLiteral("T2-2026"), 4);
    QCOMPARE(other.status, 403);
    QCOMPARE(str(other.json, "error"), QStringLiteral("forbidden"));

    for (const auto &[prefix, count] : QList<std::pair<QString, int>>{{QStringLiteral("t1-2026"), 5},
                                                                      {QStringLiteral("T1-2026'--"), 5},
                                                                      {QStringLiteral("T1-2026"), 0},
                                                                      {QStringLiteral("T1-2026"), 100000}}) {
        const RawResponse refused = one.lease(prefix, count);
        QCOMPARE(refused.status, 400);
        QCOMPARE(str(refused.json, "error"), QStringLiteral("invalid"));
    }
}

void TestServerProtocol::slotCapacity()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device admin = city.device(QStringLiteral("root"));
    Device one = city.device(QStringLiteral("alice"));
    Device two = city.device(QStringLiteral("alice"));
    QVERIFY(admin.isValid() && one.isValid() && two.isValid());

    // A service offered at T1 on Tuesdays, 9:00 to 12:00, in 20-minute slots, at ONE counter.
    const QString service = newId();
    const QJsonArray setup = admin.pushResults(
        {admin.create(QStringLiteral("services"), service, {{QStringLiteral("code"), QStringLiteral("TEST-ACTE")}, {QStringLiteral("name"), QStringLiteral("Acte d'état civil")}, {QStringLiteral("duration_minutes"), 20}}),
         admin.create(QStringLiteral("schedules"), newId(), {{QStringLiteral("site_id"), city.siteA}, {QStringLiteral("service_id"), service}, {QStringLiteral("weekday"), 2}, {QStringLiteral("start_time"), QStringLiteral("09:00")}, {QStringLiteral("end_time"), QStringLiteral("12:00")}, {QStringLiteral("slot_minutes"), 20}, {QStringLiteral("capacity"), 1}})});
    QCOMPARE(setup.size(), 2);
    QCOMPARE(str(setup.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    QCOMPARE(str(setup.at(1).toObject(), "outcome"), QStringLiteral("applied"));

    const QDateTime slot = parisTime(14, 2, QTime(9, 20));
    const QString booked = newId();
    const QString refused = newId();
    const QString nextSlot = newId();
    // Counter one booked offline ("pending"); counter two booked the same slot.
    const QJsonArray first = one.pushResults({one.create(QStringLiteral("appointments"), booked, appointmentPayload(city.siteA, service, slot, 20, QStringLiteral("Ana Lima"), QStringLiteral("pending")))});
    QCOMPARE(str(first.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    const QJsonArray second = two.pushResults({two.create(QStringLiteral("appointments"), refused, appointmentPayload(city.siteA, service, slot, 20, QStringLiteral("Ben Ali"), QStringLiteral("booked"))),
                                               two.create(QStringLiteral("appointments"), nextSlot, appointmentPayload(city.siteA, service, slot.addSecs(20 * 60), 20, QStringLiteral("Ben Ali"), QStringLiteral("booked"))),
                                               two.create(QStringLiteral("appointments"), newId(), appointmentPayload(city.siteA, service, parisTime(14, 3, QTime(9, 20)), 20, QStringLiteral("Chloé Roy"), QStringLiteral("booked")))});
    QCOMPARE(second.size(), 3);
    QCOMPARE(str(second.at(0).toObject(), "outcome"), QStringLiteral("rejected"));
    QCOMPARE(str(second.at(0).toObject(), "reason"), QStringLiteral("slot_full"));
    QVERIFY(!str(second.at(0).toObject(), "message").isEmpty());
    QCOMPARE(str(second.at(1).toObject(), "outcome"), QStringLiteral("applied"));   // the next slot is free
    QCOMPARE(str(second.at(2).toObject(), "reason"), QStringLiteral("invalid"));     // no schedule on Wednesdays

    auto activeInSlot = [&](const QList<QJsonObject> &changes) {
        QStringList ids;
        for (const QJsonObject &change : changes) {
            const QJsonObject data = change.value(QLatin1String("data")).toObject();
            if (str(change, "entity") == QLatin1String("appointments") && !change.value(QLatin1String("deleted")).toBool() &&
                str(data, "starts_at") == timefmt::toStore(slot) && str(data, "status") != QLatin1String("cancelled"))
                ids << str(change, "id");
        }
        return ids;
    };
    QList<QJsonObject> all = two.pullAll();
    QCOMPARE(activeInSlot(all), QStringList{booked});
    // The offline booking is confirmed by the server.
    QCOMPARE(str(changesOf(all, booked).first().value(QLatin1String("data")).toObject(), "status"), QStringLiteral("booked"));
    QVERIFY(changesOf(all, refused).isEmpty());

    // A cancellation frees the slot; taking it back when someone else has it is refused.
    const qint64 version = num(changesOf(all, booked).first(), "version");
    QCOMPARE(str(one.pushResults({one.mutation(QStringLiteral("appointments"), booked, QStringLiteral("update"), {{QStringLiteral("status"), QStringLiteral("cancelled")}}, version)}).at(0).toObject(), "outcome"),
             QStringLiteral("applied"));
    const QString rebooked = newId();
    QCOMPARE(str(two.pushResults({two.create(QStringLiteral("appointments"), rebooked, appointmentPayload(city.siteA, service, slot, 20, QStringLiteral("Ben Ali"), QStringLiteral("booked")))}).at(0).toObject(), "outcome"),
             QStringLiteral("applied"));
    const QJsonArray back = one.pushResults({one.mutation(QStringLiteral("appointments"), booked, QStringLiteral("update"), {{QStringLiteral("status"), QStringLiteral("booked")}}, version)});
    QCOMPARE(str(back.at(0).toObject(), "reason"), QStringLiteral("slot_full"));
    all = one.pullAll();
    QCOMPARE(activeInSlot(all), QStringList{rebooked});
    QCOMPARE(str(changesOf(all, booked).first().value(QLatin1String("data")).toObject(), "status"), QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
