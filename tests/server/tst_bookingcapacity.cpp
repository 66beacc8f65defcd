// A slot is never double-booked, whoever books it (issue 4), on SQLite and on PostgreSQL:
// - twenty counters booking the same slot of capacity 2 at the same instant: exactly two
//   bookings are confirmed, the eighteen others are refused "slot_full", and every counter of the
//   city — of the other site too — receives the slot's count (2) but not the visitors;
// - a counter of another site books there (any site books anywhere): confirmed, and the counter
//   gets its booking back as confirmed ("booked") although the site's records are not its own.
#include "ServerTestKit.h"

using namespace guichet;
using namespace guichet::test;

class TestBookingCapacity : public QObject
{
    Q_OBJECT

private slots:
    void twentyAtOnceOnCapacityTwo_data() { addBackendRows(); }

    void twentyAtOnceOnCapacityTwo()
    {
        GUICHET_FETCH_BACKEND(kind);
        TestCity city(kind);
        QVERIFY(city.start());
        Device admin = city.device(QStringLiteral("root"));
        const QString service = newId();
        const QJsonArray setup = admin.pushResults(
            {admin.create(QStringLiteral("services"), service,
                          {{QStringLiteral("code"), QStringLiteral("TEST-CNI")},
                           {QStringLiteral("name"), QStringLiteral("Carte d'identité")},
                           {QStringLiteral("duration_minutes"), 15}}),
             admin.create(QStringLiteral("schedules"), newId(),
                          {{QStringLiteral("site_id"), city.siteA},
                           {QStringLiteral("service_id"), service},
                           {QStringLiteral("weekday"), 2},
                           {QStringLiteral("start_time"), QStringLiteral("09:00")},
                           {QStringLiteral("end_time"), QStringLiteral("12:00")},
                           {QStringLiteral("slot_minutes"), 15},
                           {QStringLiteral("capacity"), 2}})});
        QCOMPARE(str(setup.at(1).toObject(), "outcome"), QStringLiteral("applied"));
        const QDateTime slot = parisTime(7, 2, QTime(10, 0));

        constexpr int kCounters = 20;
        QList<Device> counters;
        QList<SentPush> pushes;
        QStringList ids;
        for (int i = 0; i < kCounters; ++i) {
            counters << city.device(QStringLiteral("alice"));
            ids << newId();
            const QJsonArray mutations{counters.last().create(
                QStringLiteral("appointments"), ids.last(),
                appointmentPayload(city.siteA, service, slot, 15, QStringLiteral("Visiteur %1").arg(i),
                                   QStringLiteral("pending")))};
            pushes << SentPush{counters.last().pushBody(mutations), counters.last().token().toUtf8(), 0, {}};
        }
        sendPushesTogether(city.server.url(), pushes);
        int applied = 0;
        int full = 0;
        QStringList confirmed;
        for (int i = 0; i < kCounters; ++i) {
            QCOMPARE(pushes.at(i).status, 200);
            const QJsonObject result = pushes.at(i).answer.value(QLatin1String("results")).toArray().first().toObject();
            if (str(result, "outcome") == QLatin1String("applied")) {
                ++applied;
                confirmed << ids.at(i);
            } else {
                QCOMPARE(str(result, "reason"), QStringLiteral("slot_full"));
                ++full;
            }
        }
        QCOMPARE(applied, 2);
        QCOMPARE(full, kCounters - 2);

        // The site's counters see the two bookings, confirmed; the other site's only the count.
        const QList<QJsonObject> atSite = counters.first().pullAll(0);
        QStringList active;
        for (const QJsonObject &change : atSite)
            if (str(change, "entity") == QLatin1String("appointments"))
                active << str(change, "id");
        active.sort();
        confirmed.sort();
        QCOMPARE(active, confirmed);
        for (const QString &id : std::as_const(confirmed))
            QCOMPARE(str(changesOf(atSite, id).first().value(QLatin1String("data")).toObject(), "status"),
                     QStringLiteral("booked"));
        Device elsewhere = city.device(QStringLiteral("bruno")); // an agent of T2
        const QList<QJsonObject> atOtherSite = elsewhere.pullAll(0);
        int counts = 0;
        for (const QJsonObject &change : atOtherSite) {
            QVERIFY2(str(change, "entity") != QLatin1String("appointments"), "another site's visitors were sent");
            if (str(change, "entity") == QLatin1String("slot_counts")) {
                const QJsonObject data = change.value(QLatin1String("data")).toObject();
                QCOMPARE(str(data, "site_id"), city.siteA);
                QCOMPARE(str(data, "starts_at"), timefmt::toStore(slot));
                QCOMPARE(num(data, "booked"), 2);
                ++counts;
            }
        }
        QCOMPARE(counts, 1);

        // T2's agent books at T1, in the next slot: applied, and confirmed back to that counter.
        const QString mine = newId();
        const QJsonArray booked = elsewhere.pushResults({elsewhere.create(
            QStringLiteral("appointments"), mine,
            appointmentPayload(city.siteA, service, slot.addSecs(15 * 60), 15, QStringLiteral("Zoé Martin"),
                               QStringLiteral("pending")))});
        QCOMPARE(str(booked.first().toObject(), "outcome"), QStringLiteral("applied"));
        const RawResponse page = elsewhere.pull(0, 0, num(booked.first().toObject(), "seq"));
        QCOMPARE(page.status, 200);
        const QJsonArray back =
            page.json.value(QLatin1String("device")).toObject().value(QLatin1String("confirmed")).toArray();
        QCOMPARE(back.size(), 1);
        QCOMPARE(str(back.first().toObject(), "id"), mine);
        QCOMPARE(str(back.first().toObject().value(QLatin1String("data")).toObject(), "status"),
                 QStringLiteral("booked"));
        // Another site's counter may not change other things of T1 (site scope still holds).
        const QJsonArray callLog = elsewhere.pushResults(
            {elsewhere.create(QStringLiteral("call_logs"), newId(), callLogPayload(city.siteA, QStringLiteral("lsf")))});
        QCOMPARE(str(callLog.first().toObject(), "reason"), QStringLiteral("forbidden"));
        // Nobody writes the counts but the server.
        const QJsonArray forged = admin.pushResults({admin.create(
            QStringLiteral("slot_counts"), newId(),
            {{QStringLiteral("site_id"), city.siteA}, {QStringLiteral("service_id"), service},
             {QStringLiteral("starts_at"), timefmt::toStore(slot)}, {QStringLiteral("booked"), 0}})});
        QCOMPARE(str(forged.first().toObject(), "reason"), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestBookingCapacity)
#include "tst_bookingcapacity.moc"
