// GET /api/v1/requests/search (RequestSearch), on SQLite and on PostgreSQL: the lookup beyond a
// counter's retention window finds a request by its reference (or its start), by a phone number
// typed another way, by the requester's name without accents or with a typo, by an e-mail's
// start; answers with the history; refuses bad input (400) and a missing token (401); and writes
// one audit row per request it returns.
#include "ServerTestKit.h"

#include "ServerApp.h"
#include "ServerDatabase.h"
#include "domain/RequestReference.h"

using namespace guichet;
using namespace guichet::test;

namespace {

QString reference(int number)
{
    return RequestReference::make(QStringLiteral("T1"), 2026, number);
}

RawResponse search(const TestCity &city, const QString &q, const QByteArray &token, const QString &limit = {})
{
    QUrlQuery query;
    if (!q.isNull())
        query.addQueryItem(QStringLiteral("q"), QString(q).replace(QLatin1Char('+'), QLatin1String("%2B")));
    if (!limit.isEmpty())
        query.addQueryItem(QStringLiteral("limit"), limit);
    return rawRequest(endpoint(city.server.url(), QStringLiteral("/api/v1/requests/search"), query),
                      QByteArrayLiteral("GET"), {}, token);
}

// The references of an answer's results, in order.
QStringList references(const RawResponse &response)
{
    QStringList list;
    for (const QJsonValue &value : response.json.value(QLatin1String("results")).toArray())
        list << value.toObject().value(QLatin1String("reference")).toString();
    return list;
}

} // namespace

class TestRequestSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsBeyondRetention_data() { addBackendRows(); }
    void findsBeyondRetention();
};

void TestRequestSearch::findsBeyondRetention()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device alice = city.device(QStringLiteral("alice"), QStringLiteral("counter-a"));
    QVERIFY(alice.isValid());

    const QString helene = newId();
    const QString jean = newId();
    const QString camille = newId();
    QJsonObject first = requestPayload(reference(1), city.siteA, QStringLiteral("Carte d'identité perdue"));
    first.insert(QStringLiteral("requester_name"), QStringLiteral("Hélène Lefèvre"));
    first.insert(QStringLiteral("requester_phone"), QStringLiteral("04 65 71 12 34"));
    first.insert(QStringLiteral("requester_phone_key"), QStringLiteral("33465711234"));
    first.insert(QStringLiteral("requester_address"), QStringLiteral("12 rue des Lilas"));
    QJsonObject second = requestPayload(reference(2), city.siteA, QStringLiteral("Permis de construire"));
    second.insert(QStringLiteral("requester_name"), QStringLiteral("Jean Dupont"));
    second.insert(QStringLiteral("requester_phone"), QStringLiteral("06 12 34 56 78")); // no key: derived
    second.insert(QStringLiteral("requester_email"), QStringLiteral("jean.dupont@example.org"));
    const QJsonObject third = requestPayload(reference(3), city.siteA, QStringLiteral("Stationnement"));
    const QJsonObject note{{QStringLiteral("request_id"), helene},
                           {QStringLiteral("kind"), QStringLiteral("note")},
                           {QStringLiteral("at"), nowStore()},
                           {QStringLiteral("agent_id"), city.alice},
                           {QStringLiteral("channel"), QStringLiteral("counter")},
                           {QStringLiteral("text"), QStringLiteral("Rappelée")}};
    const QJsonArray results = alice.pushResults({alice.create(QStringLiteral("requests"), helene, first),
                                                  alice.create(QStringLiteral("requests"), jean, second),
                                                  alice.create(QStringLiteral("requests"), camille, third),
                                                  alice.create(QStringLiteral("request_events"), newId(), note)});
    QCOMPARE(results.size(), 4);
    for (const QJsonValue &result : results)
        QCOMPARE(str(result.toObject(), "outcome"), QStringLiteral("applied"));

    // Another site's agent searches: requests are the whole city's.
    const Device bruno = city.device(QStringLiteral("bruno"), QStringLiteral("counter-b"));
    const QByteArray token = bruno.token().toUtf8();

    // A reference, as read out (lower case, spaces), with its history.
    const RawResponse byReference = search(city, reference(1).toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), token);
    QCOMPARE(byReference.status, 200);
    QCOMPARE(references(byReference), QStringList{reference(1)});
    const QJsonObject found = byReference.json.value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(str(found, "id"), helene);
    QCOMPARE(str(found, "requester_name"), QStringLiteral("Hélène Lefèvre"));
    QCOMPARE(found.value(QLatin1String("events")).toArray().size(), 1);
    QCOMPARE(str(found.value(QLatin1String("events")).toArray().at(0).toObject(), "text"), QStringLiteral("Rappelée"));
    QCOMPARE(byReference.json.value(QLatin1String("truncated")).toBool(), false);

    // A reference's start; the limit and "truncated".
    const RawResponse start = search(city, QStringLiteral("T1-2026-0000"), token);
    QCOMPARE(start.status, 200);
    QCOMPARE(references(start).size(), 3);
    const RawResponse limited = search(city, QStringLiteral("T1-2026"), token, QStringLiteral("2"));
    QCOMPARE(references(limited).size(), 2);
    QCOMPARE(limited.json.value(QLatin1String("truncated")).toBool(), true);

    // A phone number typed another way (international, no spaces, or its start).
    QCOMPARE(references(search(city, QStringLiteral("+33 4 65 71 12 34"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("0465711234"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("06.12.34"), token)), QStringList{reference(2)});

    // Words: accents and case ignored, prefixes, one typo in a long word, every word must match.
    QCOMPARE(references(search(city, QStringLiteral("helene lefevre"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("LEF carte"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("lefebre"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("dupomt"), token)), QStringList{reference(2)});
    QCOMPARE(references(search(city, QStringLiteral("lilas"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("jean lefevre"), token)), QStringList{});
    QCOMPARE(references(search(city, QStringLiteral("lef"), token)), QStringList{reference(1)});
    QCOMPARE(references(search(city, QStringLiteral("lex"), token)), QStringList{}); // short: no typo
    QCOMPARE(references(search(city, QStringLiteral("camille"), token)), QStringList{reference(3)});
    QCOMPARE(references(search(city, QStringLiteral("permis stationnement carte"), token)), QStringList{});
    // The most recently changed first.
    QCOMPARE(references(search(city, QStringLiteral("c"), token)),
             (QStringList{reference(3), reference(2), reference(1)}));
    // An e-mail or its start.
    QCOMPARE(references(search(city, QStringLiteral("Jean.Dupont@"), token)), QStringList{reference(2)});

    // Bad input: 400 with the usual error body; no token: 401.
    for (const auto &[q, limit] : QList<std::pair<QString, QString>>{{QString(), QString()},
                                                                      {QStringLiteral(""), QString()},
                                                                      {QStringLiteral("   "), QString()},
                                                                      {QString(201, QLatin1Char('a')), QString()},
                                                                      {QStringLiteral("dupont"), QStringLiteral("0")},
                                                                      {QStringLiteral("dupont"), QStringLiteral("51")},
                                                                      {QStringLiteral("dupont"), QStringLiteral("x")}}) {
        const RawResponse refused = search(city, q, token, limit);
        QCOMPARE(refused.status, 400);
        QCOMPARE(str(refused.json, "error"), QStringLiteral("invalid"));
        QVERIFY(!str(refused.json, "message").isEmpty());
    }
    QCOMPARE(search(city, QStringLiteral("dupont"), {}).status, 401);
    QCOMPARE(str(search(city, QStringLiteral("dupont"), {}).json, "error"), QStringLiteral("unauthorized"));
    QCOMPARE(search(city, QStringLiteral("dupont"), QByteArrayLiteral("gt_garbage")).status, 401);

    // One audit row per request returned, by the agent and the device that searched.
    const RawResponse audited = search(city, QStringLiteral("camille martin stationnement"), token);
    QCOMPARE(references(audited), QStringList{reference(3)});
    const std::unique_ptr<server::ServerDatabase> db = server::openServerStore(city.server.storeUrl());
    const QString count = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'online_search' AND "
                                         "entity = 'requests' AND entity_id = ? AND agent_id = ? AND device_id = ?");
    QCOMPARE(db->scalar(count, {camille, city.bruno, bruno.id()}).toInt(), 5);
    QCOMPARE(db->scalar(count, {jean, city.bruno, bruno.id()}).toInt(), 6);
    QCOMPARE(db->scalar(count, {helene, city.bruno, bruno.id()}).toInt(), 10);
    // Nothing for the searches that found nothing or were refused.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'online_search'")).toInt(), 21);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'online_search' AND "
                                       "detail = ?"), {reference(3)}).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestRequestSearch)
#include "tst_requestsearch.moc"
