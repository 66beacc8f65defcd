// Security of guichet-server (DESIGN §7), on SQLite and on PostgreSQL: every endpoint checks the
// token, the device and the site scope; every bad input gets a 4xx with a clear message, changes
// nothing and leaves the server up; SQL-looking text is data; logins are throttled.
#include "ServerTestKit.h"

#include "domain/RequestReference.h"

using namespace guichet;
using namespace guichet::test;

namespace {

struct Endpoint
{
    QByteArray method;
    QString path;
    QByteArray body;
};

// Every endpoint that needs a token, with a body it would accept.
QList<Endpoint> guardedEndpoints(const QString &deviceId)
{
    return {{QByteArrayLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), {}},
            {QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sync/push"),
             compact({{QStringLiteral("device_id"), deviceId}, {QStringLiteral("mutations"), QJsonArray{}}})},
            {QByteArrayLiteral("GET"), QStringLiteral("/api/v1/sync/pull?since=0"), {}},
            {QByteArrayLiteral("POST"), QStringLiteral("/api/v1/sync/leases"),
             compact({{QStringLiteral("prefix"), QStringLiteral("T1-2026")}, {QStringLiteral("count"), 5}})}};
}

RawResponse call(const TestCity &city, const Endpoint &endpoint, const QByteArray &token)
{
    QUrl url = city.server.url();
    const qsizetype query = endpoint.path.indexOf(QLatin1Char('?'));
    url.setPath(endpoint.path.left(query));
    if (query >= 0)
        url.setQuery(endpoint.path.mid(query + 1));
    return rawRequest(url, endpoint.method, endpoint.body, token);
}

// The answer is the protocol's error: a JSON object with a code and a message.
bool isError(const RawResponse &response, int status, const QString &code)
{
    const bool ok = response.status == status && response.contentType.startsWith("application/json") &&
                    str(response.json, "error") == code && !str(response.json, "message").isEmpty();
    if (!ok)
        qWarning("expected %d %s, got %d [%s] %s", status, qPrintable(code), response.status,
                 response.contentType.constData(), response.body.left(300).constData());
    return ok;
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void everyEndpointChecksTheToken_data() { addBackendRows(); }
    void everyEndpointChecksTheToken();
    void expiredToken_data() { addBackendRows(); }
    void expiredToken();
    void deviceAndSiteScope_data() { addBackendRows(); }
    void deviceAndSiteScope();
    void badInputChangesNothing_data() { addBackendRows(); }
    void badInputChangesNothing();
    void sqlLookingTextIsData_data() { addBackendRows(); }
    void sqlLookingTextIsData();
    void loginThrottling_data() { addBackendRows(); }
    void loginThrottling();
};

void TestServerSecurity::everyEndpointChecksTheToken()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    const QString deviceId = QStringLiteral("counter-7");
    const Device device = city.device(QStringLiteral("alice"), deviceId);
    QVERIFY(device.isValid());

    for (const Endpoint &endpoint : guardedEndpoints(deviceId)) {
        const QByteArray what = endpoint.method + ' ' + endpoint.path.toUtf8();
        QVERIFY2(isError(call(city, endpoint, {}), 401, QStringLiteral("unauthorized")), what.constData());
        QVERIFY2(isError(call(city, endpoint, QByteArrayLiteral("gt_garbage")), 401, QStringLiteral("unauthorized")), what.constData());
        QVERIFY2(isError(call(city, endpoint, QByteArrayLiteral("not-even-a-token")), 401, QStringLiteral("unauthorized")), what.constData());
        // A real token with one character changed.
        QByteArray altered = device.token().toUtf8();
        altered[altered.size() - 1] = altered.back() == 'A' ? 'B' : 'A';
        QVERIFY2(isError(call(city, endpoint, altered), 401, QStringLiteral("unauthorized")), what.constData());
    }
    // The same requests with the real token are accepted (logout last: it ends the session).
    const QList<Endpoint> endpoints = guardedEndpoints(deviceId);
    for (int i = endpoints.size() - 1; i >= 0; --i)
        QCOMPARE(call(city, endpoints.at(i), device.token().toUtf8()).status, 200);

    // After logout, the token is refused everywhere.
    for (const Endpoint &endpoint : guardedEndpoints(deviceId))
        QVERIFY(isError(call(city, endpoint, device.token().toUtf8()), 401, QStringLiteral("unauthorized")));

    // Shift change: another agent signs in on the same counter; the first agent's token stops.
    const Device morning = city.device(QStringLiteral("alice"), QStringLiteral("counter-8"));
    QCOMPARE(morning.pull(0).status, 200);
    const Device afternoon = city.device(QStringLiteral("root"), QStringLiteral("counter-8"));
    QVERIFY(afternoon.isValid());
    QVERIFY(isError(morning.pull(0), 401, QStringLiteral("unauthorized")));
    QCOMPARE(afternoon.pull(0).status, 200);
    // A revoked device cannot be used any more, even with a new login.
    QCOMPARE(city.server.admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("counter-8")}), 0);
    QVERIFY(isError(afternoon.pull(0), 401, QStringLiteral("unauthorized")));
    const RawResponse again = city.post(QStringLiteral("/api/v1/auth/login"),
                                        compact({{QStringLiteral("login"), QStringLiteral("root")},
                                                 {QStringLiteral("password"), TestCity::kPassword},
                                                 {QStringLiteral("device_id"), QStringLiteral("counter-8")}}));
    QVERIFY(isError(again, 403, QStringLiteral("forbidden")));
}

void TestServerSecurity::expiredToken()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start({QStringLiteral("--token-ttl"), QStringLiteral("2")}));
    const RawResponse login = city.post(QStringLiteral("/api/v1/auth/login"),
                                        compact({{QStringLiteral("login"), QStringLiteral("alice")},
                                                 {QStringLiteral("password"), TestCity::kPassword},
                                                 {QStringLiteral("device_id"), QStringLiteral("counter-1")}}));
    QCOMPARE(login.status, 200);
    const Device device(city.server.url(), str(login.json, "token"), QStringLiteral("counter-1"));
    const QDateTime expires = timefmt::fromStore(str(login.json, "expires_at"));
    QVERIFY(expires.isValid());
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(2));
    QCOMPARE(device.pull(0).status, 200);   // still valid
    QTest::qWait(static_cast<int>(QDateTime::currentDateTimeUtc().msecsTo(expires)) + 300);
    QVERIFY(isError(device.pull(0), 401, QStringLiteral("unauthorized")));
    QVERIFY(isError(device.lease(QStringLiteral("T1-2026"), 1), 401, QStringLiteral("unauthorized")));
}

void TestServerSecurity::deviceAndSiteScope()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device atA = city.device(QStringLiteral("alice"));
    Device atB = city.device(QStringLiteral("bruno"));
    Device admin = city.device(QStringLiteral("root"));
    QVERIFY(atA.isValid() && atB.isValid() && admin.isValid());

    // A token pushes for its own device only (the mutation is numbered apart: nobody's queue).
    Device scratch;
    const QJsonObject foreign{{QStringLiteral("device_id"), atB.id()},
                              {QStringLiteral("mutations"), QJsonArray{scratch.create(QStringLiteral("call_logs"), newId(), callLogPayload(city.siteA, QStringLiteral("foreign")))}}};
    QVERIFY(isError(rawRequest(endpoint(city.server.url(), QStringLiteral("/api/v1/sync/push")), QByteArrayLiteral("POST"), compact(foreign), atA.token().toUtf8()),
                    403, QStringLiteral("forbidden")));
    for (const Device *device : {&atA, &atB})
        QCOMPARE(device->pull(0).json.value(QLatin1String("device")).toObject().value(QLatin1String("last_seq")).toInteger(), 0);

    // Site B offers a service; its agent books it.
    const QString service = newId();
    const QJsonArray setup = admin.pushResults(
        {admin.create(QStringLiteral("services"), service, {{QStringLiteral("code"), QStringLiteral("TEST-PACS")}, {QStringLiteral("name"), QStringLiteral("PACS")}, {QStringLiteral("duration_minutes"), 30}}),
         admin.create(QStringLiteral("schedules"), newId(), {{QStringLiteral("site_id"), city.siteB}, {QStringLiteral("service_id"), service}, {QStringLiteral("weekday"), 2}, {QStringLiteral("start_time"), QStringLiteral("09:00")}, {QStringLiteral("end_time"), QStringLiteral("12:00")}, {QStringLiteral("slot_minutes"), 30}, {QStringLiteral("capacity"), 3}})});
    QCOMPARE(setup.size(), 2);
    const QDateTime slot = parisTime(7, 2, QTime(10, 0));
    const QString atBsOwn = newId();
    const QJsonArray own = atB.pushResults({atB.create(QStringLiteral("appointments"), atBsOwn, appointmentPayload(city.siteB, service, slot, 30, QStringLiteral("Ana Lima"), QStringLiteral("booked")))});
    QCOMPARE(str(own.at(0).toObject(), "outcome"), QStringLiteral("applied"));
    const qint64 version = own.at(0).toObject().value(QLatin1String("version")).toInteger();

    // An agent of site A may book at site B (any counter books at any site), but can neither log
    // a call at site B, nor change B's appointment knowing its id, nor move it to site A.
    const QString appointment = newId();
    const QString callAtB = newId();
    const QJsonArray attempts{
         atA.create(QStringLiteral("appointments"), appointment, appointmentPayload(city.siteB, service, slot.addSecs(30 * 60), 30, QStringLiteral("Ben Ali"), QStringLiteral("booked"))),
         atA.create(QStringLiteral("call_logs"), callAtB, callLogPayload(city.siteB, QStringLiteral("lsf"))),
         atA.mutation(QStringLiteral("appointments"), atBsOwn, QStringLiteral("update"), {{QStringLiteral("status"), QStringLiteral("cancelled")}}, version),
         atA.mutation(QStringLiteral("appointments"), atBsOwn, QStringLiteral("update"), {{QStringLiteral("site_id"), city.siteA}}, version),
         atA.mutation(QStringLiteral("appointments"), atBsOwn, QStringLiteral("delete"), {}, version)};
    // Pushed twice: the replay answers the stored results.
    for (const bool replay : {false, true}) {
        QJsonArray refused = atA.pushResults(attempts);
        QCOMPARE(refused.size(), 5);
        QCOMPARE(str(refused.at(0).toObject(), "outcome"), QStringLiteral("applied"));
        QCOMPARE(refused.at(0).toObject().value(QLatin1String("duplicate")).toBool(), replay);
        refused.removeFirst();
        for (const QJsonValue &result : refused) {
            QCOMPARE(str(result.toObject(), "outcome"), QStringLiteral("rejected"));
            QCOMPARE(str(result.toObject(), "reason"), QStringLiteral("forbidden"));
            QCOMPARE(result.toObject().value(QLatin1String("duplicate")).toBool(), replay);
            // The refusal does not show site B's record to site A.
            QVERIFY(!result.toObject().contains(QLatin1String("record")));
        }
    }

    // Site B's appointment reaches site B's counters, never site A's; it is unchanged.
    const QList<QJsonObject> seenAtB = changesOf(atB.pullAll(), atBsOwn);
    QCOMPARE(seenAtB.size(), 1);
    QCOMPARE(seenAtB.first().value(QLatin1String("version")).toInteger(), version);
    QCOMPARE(str(seenAtB.first().value(QLatin1String("data")).toObject(), "status"), QStringLiteral("booked"));
    const QList<QJsonObject> seenAtA = atA.pullAll();
    QCOMPARE(changesOf(seenAtA, city.siteA).size(), 1);   // site A's counter does get its city
    QVERIFY(changesOf(seenAtA, atBsOwn).isEmpty());
    QVERIFY(changesOf(seenAtA, appointment).isEmpty());
    QVERIFY(changesOf(seenAtA, callAtB).isEmpty());
    // Nor do the rejections reported to site A's counter carry it.
    for (const QJsonValue &rejection : atA.pull(0, 0, 1).json.value(QLatin1String("device")).toObject().value(QLatin1String("rejected")).toArray())
        QVERIFY(!rejection.toObject().contains(QLatin1String("record")));
}

void TestServerSecurity::badInputChangesNothing()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());
    const QByteArray token = device.token().toUtf8();
    const QJsonObject before = city.info();
    QVERIFY(!before.isEmpty());

    const QJsonObject valid = device.create(QStringLiteral("requests"), newId(), requestPayload(RequestReference::make(QStringLiteral("T1"), 2026, 1), city.siteA, QStringLiteral("Valid")));
    auto pushBody = [&](const QJsonValue &mutation) {
        return compact({{QStringLiteral("device_id"), device.id()}, {QStringLiteral("mutations"), QJsonArray{mutation}}});
    };
    auto withField = [&](const QString &key, const QJsonValue &value) {
        QJsonObject mutation = valid;
        mutation.insert(key, value);
        return pushBody(mutation);
    };
    QByteArray invalidUtf8 = pushBody(valid);
    invalidUtf8.replace("Valid", "Va\xff\xfeid");
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany << valid;
    const QByteArray huge = "{\"device_id\":\"x\",\"pad\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}";
    const QByteArray login = QByteArrayLiteral("/api/v1/auth/login");

    struct Case
    {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
        QString error;
    };
    const QString push = QStringLiteral("/api/v1/sync/push");
    const QString invalid = QStringLiteral("invalid");
    const QString invalidJson = QStringLiteral("invalid_json");
    const QList<Case> cases{
        {"malformed JSON", "POST", push, R"({"device_id": "x", "mutations": [)", 400, invalidJson},
        {"empty body", "POST", push, {}, 400, invalidJson},
        {"array instead of object", "POST", push, "[1, 2, 3]", 400, invalidJson},
        {"invalid UTF-8 in a string", "POST", push, invalidUtf8, 400, invalidJson},
        {"seq as a string", "POST", push, withField(QStringLiteral("seq"), QStringLiteral("1")), 400, invalid},
        {"payload as a string", "POST", push, withField(QStringLiteral("payload"), QStringLiteral("{}")), 400, invalid},
        {"unknown operation", "POST", push, withField(QStringLiteral("operation"), QStringLiteral("drop")), 400, invalid},
        {"fractional base_version", "POST", push, withField(QStringLiteral("base_version"), 1.5), 400, invalid},
        {"mutation not an object", "POST", push, pushBody(QStringLiteral("create")), 400, invalid},
        {"mutations not an array", "POST", push, compact({{QStringLiteral("device_id"), device.id()}, {QStringLiteral("mutations"), 3}}), 400, invalid},
        {"501 mutations", "POST", push, compact({{QStringLiteral("device_id"), device.id()}, {QStringLiteral("mutations"), tooMany}}), 413, QStringLiteral("payload_too_large")},
        {"10 MB body", "POST", push, huge, 413, QStringLiteral("payload_too_large")},
        {"10 MB login", "POST", QString::fromLatin1(login), huge, 413, QStringLiteral("payload_too_large")},
        {"login as a number", "POST", QString::fromLatin1(login), R"({"login": 5, "password": "x", "device_id": "d"})", 400, invalid},
        {"device id with a quote", "POST", QString::fromLatin1(login), compact({{QStringLiteral("login"), QStringLiteral("alice")}, {QStringLiteral("password"), TestCity::kPassword}, {QStringLiteral("device_id"), QStringLiteral("x' OR 1=1 --")}}), 400, invalid},
        {"since not a number", "GET", QStringLiteral("/api/v1/sync/pull?since=1;DROP"), {}, 400, invalid},
        {"negative since", "GET", QStringLiteral("/api/v1/sync/pull?since=-1"), {}, 400, invalid},
        {"limit 0", "GET", QStringLiteral("/api/v1/sync/pull?since=0&limit=0"), {}, 400, invalid},
        {"lease count as text", "POST", QStringLiteral("/api/v1/sync/leases"), R"({"prefix": "T1-2026", "count": "5"})", 400, invalid},
        {"unknown endpoint", "GET", QStringLiteral("/api/v1/nothing"), {}, 404, QStringLiteral("not_found")},
        {"another version", "POST", QStringLiteral("/api/v2/sync/push"), pushBody(valid), 404, QStringLiteral("not_found")},
        {"GET on push", "GET", push, {}, 405, QStringLiteral("method_not_allowed")},
        {"DELETE on login", "DELETE", QString::fromLatin1(login), {}, 405, QStringLiteral("method_not_allowed")},
        {"POST on health", "POST", QStringLiteral("/api/v1/health"), "{}", 405, QStringLiteral("method_not_allowed")},
    };
    for (const Case &bad : cases) {
        QUrl url = city.server.url();
        const qsizetype query = bad.path.indexOf(QLatin1Char('?'));
        url.setPath(bad.path.left(query));
        if (query >= 0)
            url.setQuery(bad.path.mid(query + 1));
        const RawResponse answer = rawRequest(url, bad.method, bad.body, token);
        QVERIFY2(isError(answer, bad.status, bad.error), bad.name);
        QVERIFY2(str(city.get(QStringLiteral("/api/v1/health")).json, "status") == QLatin1String("ok"), bad.name);
    }
    QCOMPARE(city.info(), before);
    QCOMPARE(device.pull(0).json.value(QLatin1String("device")).toObject().value(QLatin1String("last_seq")).toInteger(), 0);
    // The valid mutation itself was fine all along: the first seq is still free for it.
    QCOMPARE(str(device.pushResults({valid}).at(0).toObject(), "outcome"), QStringLiteral("applied"));
}

void TestServerSecurity::sqlLookingTextIsData()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    Device device = city.device(QStringLiteral("alice"));
    QVERIFY(device.isValid());
    const QJsonObject before = city.info();

    const QString subject = QStringLiteral("'; DROP TABLE records; --");
    const QString name = QStringLiteral("Robert'); DELETE FROM tokens; -- \"O'Brien\" ; SELECT pg_sleep(5)");
    QJsonObject payload = requestPayload(RequestReference::make(QStringLiteral("T1"), 2026, 5), city.siteA, subject);
    payload.insert(QStringLiteral("requester_name"), name);
    payload.insert(QStringLiteral("description"), QStringLiteral("100% \\ _ ? $1 :name ' \" ` ; \u00e9\u4e2d\U0001F600"));
    const QString id = newId();
    QCOMPARE(str(device.pushResults({device.create(QStringLiteral("requests"), id, payload)}).at(0).toObject(), "outcome"),
             QStringLiteral("applied"));
    // A NUL character (which PostgreSQL text cannot hold) is refused as invalid, not an error.
    const QString withNul = newId();
    const QJsonArray nul = device.pushResults({device.create(QStringLiteral("requests"), withNul, requestPayload(RequestReference::make(QStringLiteral("T1"), 2026, 6), city.siteA, QStringLiteral("a") + QChar(0) + QStringLiteral("b")))});
    QCOMPARE(str(nul.at(0).toObject(), "outcome"), QStringLiteral("rejected"));
    QCOMPARE(str(nul.at(0).toObject(), "reason"), QStringLiteral("invalid"));
    // A login that looks like SQL is an unknown login, not a way in.
    const RawResponse injected = city.post(QStringLiteral("/api/v1/auth/login"),
                                           compact({{QStringLiteral("login"), QStringLiteral("' OR '1'='1")},
                                                    {QStringLiteral("password"), QStringLiteral("' OR '1'='1")},
                                                    {QStringLiteral("device_id"), QStringLiteral("counter-9")}}));
    QVERIFY(isError(injected, 401, QStringLiteral("bad_credentials")));

    const QList<QJsonObject> everything = device.pullAll();
    QVERIFY(changesOf(everything, withNul).isEmpty());
    const QList<QJsonObject> stored = changesOf(everything, id);
    QCOMPARE(stored.size(), 1);
    const QJsonObject data = stored.first().value(QLatin1String("data")).toObject();
    QCOMPARE(str(data, "subject"), subject);
    QCOMPARE(str(data, "requester_name"), name);
    QCOMPARE(str(data, "description"), str(payload, "description"));

    // Nothing dropped: every record is still there, plus the new request; the token still works.
    const QJsonObject after = city.info();
    QJsonObject expected = before.value(QLatin1String("counts")).toObject();
    expected.insert(QStringLiteral("requests"), expected.value(QLatin1String("requests")).toInteger() + 1);
    QCOMPARE(after.value(QLatin1String("counts")).toObject(), expected);
    QCOMPARE(device.pull(0).status, 200);
    QCOMPARE(str(city.get(QStringLiteral("/api/v1/health")).json, "status"), QStringLiteral("ok"));
}

void TestServerSecurity::loginThrottling()
{
    GUICHET_FETCH_BACKEND(kind);
    TestCity city(kind);
    QVERIFY(city.start());
    auto attempt = [&city](const QString &login, const QString &password) {
        return city.post(QStringLiteral("/api/v1/auth/login"),
                         compact({{QStringLiteral("login"), login},
                                  {QStringLiteral("password"), password},
                                  {QStringLiteral("device_id"), QStringLiteral("counter-1")}}));
    };

    // A wrong password and an unknown login cannot be told apart.
    const RawResponse wrong = attempt(QStringLiteral("alice"), QStringLiteral("wrong password 1"));
    const RawResponse unknown = attempt(QStringLiteral("nobody"), QStringLiteral("wrong password 1"));
    QVERIFY(isError(wrong, 401, QStringLiteral("bad_credentials")));
    QVERIFY(isError(unknown, 401, QStringLiteral("bad_credentials")));
    QCOMPARE(unknown.json, wrong.json);

    for (int i = 2; i <= 5; ++i)
        QVERIFY(isError(attempt(QStringLiteral("alice"), QStringLiteral("wrong password %1").arg(i)), 401,
                        QStringLiteral("bad_credentials")));
    // Five failures: even the right password waits.
    const RawResponse locked = attempt(QStringLiteral("alice"), TestCity::kPassword);
    QVERIFY(isError(locked, 429, QStringLiteral("throttled")));
    const int retryAfter = locked.json.value(QLatin1String("retry_after")).toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 31, qPrintable(QString::number(retryAfter)));
    QVERIFY(locked.json.value(QLatin1String("token")).isUndefined());
    // An unknown login is locked the same way: a lock does not tell which logins exist.
    for (int i = 2; i <= 5; ++i)
        QVERIFY(isError(attempt(QStringLiteral("nobody"), QStringLiteral("wrong password %1").arg(i)), 401,
                        QStringLiteral("bad_credentials")));
    const RawResponse lockedUnknown = attempt(QStringLiteral("nobody"), QStringLiteral("any password"));
    QVERIFY(isError(lockedUnknown, 429, QStringLiteral("throttled")));
    QVERIFY(lockedUnknown.json.value(QLatin1String("retry_after")).toInt() > 0);
    // The lock is per login: another agent signs in as usual.
    QVERIFY(!loginToken(city.server.url(), QStringLiteral("bruno"), TestCity::kPassword, QStringLiteral("counter-2")).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
