// SMS confirmations and reminders sent by guichet-server (issue 4, item 6), on SQLite and on
// PostgreSQL, through a fake HTTP gateway on loopback: exactly one confirmation per eligible
// appointment, a reminder only within the reminder window, nothing for a visitor without consent,
// without a valid number or with a landline; the counters pull the states; a server killed right
// after the gateway accepted a message sends it again with the SAME id and never a second message;
// a failing gateway ends in "failed" after the retries, never in duplicates.
#include "FakeSmsGateway.h"
#include "ServerTestKit.h"
#include "SmsOutbox.h"
#include "sms/SmsTemplates.h"

#include <QHash>
#include <QProcess>

using namespace guichet;
using namespace guichet::test;

namespace {

constexpr int kWaitMs = 90000;
const QString kSitePhone = QStringLiteral("04 72 10 30 30");
const QString kServiceName = QStringLiteral("Acte d'état civil");
const QByteArray kToken = QByteArrayLiteral("test-gateway-token");

// Sets an environment variable for the processes started while it lives (QProcess inherits it).
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(m_name, value);
    }
    ~ScopedEnv() { qunsetenv(m_name); }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
};

// A UTC start `seconds` from now, on a whole minute.
QDateTime fromNow(qint64 seconds)
{
    QDateTime start = QDateTime::currentDateTimeUtc().addSecs(seconds);
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    return start;
}

struct Visit
{
    QString key; // the test's name for it
    QString id;
    QString siteId;
    QString reference;
    QDateTime start;
    QString phone;
    bool optIn = true;
    QString language = QStringLiteral("fr");
    QString visitor;
};

QJsonObject payloadOf(const Visit &visit, const QString &serviceId)
{
    QJsonObject payload =
        appointmentPayload(visit.siteId, serviceId, visit.start, 20, visit.visitor, QStringLiteral("booked"));
    payload.insert(QStringLiteral("reference"), visit.reference);
    payload.insert(QStringLiteral("visitor_phone"), visit.phone);
    payload.insert(QStringLiteral("visitor_language"), visit.language);
    payload.insert(QStringLiteral("sms_opt_in"), visit.optIn ? 1 : 0);
    return payload;
}

// The text the visitor should receive, from the same templates the server uses.
QString expectedText(SmsTemplates::Kind kind, const Visit &visit, const QString &siteName,
                     const QString &sitePhone)
{
    Appointment appointment;
    appointment.reference = visit.reference;
    appointment.startsAt = visit.start;
    appointment.visitorLanguage = visit.language;
    Site site;
    site.name = siteName;
    site.phone = sitePhone;
    Service service;
    service.name = kServiceName;
    return SmsTemplates::builtIn().render(kind, appointment, site, service);
}

// Every SMS the server may send in a test, by its text: "<visit key>/<kind>".
using Expected = QHash<QString, QString>;

// "sent" when an SMS was due, otherwise never anything but none (or not set at all).
bool stateIs(const QString &state, bool sent)
{
    return sent ? state == QLatin1String("sent") : (state.isEmpty() || state == QLatin1String("none"));
}

QString kindKey(const QString &visitKey, SmsTemplates::Kind kind)
{
    return visitKey + QLatin1Char('/') + SmsTemplates::kindName(kind);
}

} // namespace

class TestSms : public QObject
{
    Q_OBJECT

private slots:
    void confirmationsAndReminders_data() { addBackendRows(); }
    void confirmationsAndReminders();
    void crashAfterSendKeepsTheId_data() { addBackendRows(); }
    void crashAfterSendKeepsTheId();
    void failingGateway_data() { addBackendRows(); }
    void failingGateway();
    void withoutGateway();
    void refusesAPlainHttpGateway();

private:
    // A service offered every day, all day, at both test sites; sets the first site's phone.
    // The service's id, or empty on failure.
    QString setUpCity(TestCity &city);
    // Pushes the visits (each from a device of its site). False on any refusal.
    bool book(TestCity &city, const QString &serviceId, const QList<Visit> &visits);
    // The appointment as a counter of its site pulls it now.
    QJsonObject pulled(TestCity &city, const Visit &visit);
    static QStringList args(const FakeSmsGateway &gateway)
    {
        return {QStringLiteral("--sms-gateway"),  gateway.url().toString(),
                QStringLiteral("--sms-interval"), QStringLiteral("1"),
                QStringLiteral("--sms-sender"),   QStringLiteral("VilleTest")};
    }

    Device m_alice;
    Device m_bruno;
    QHash<QString, qint64> m_bookedVersion; // visit id → the version its booking got
};

QString TestSms::setUpCity(TestCity &city)
{
    Device admin = city.device(QStringLiteral("root"));
    m_alice = city.device(QStringLiteral("alice"));
    m_bruno = city.device(QStringLiteral("bruno"));
    if (!admin.isValid() || !m_alice.isValid() || !m_bruno.isValid())
        return {};
    const QString service = newId();
    QJsonArray setup{admin.create(QStringLiteral("services"), service,
                                  {{QStringLiteral("code"), QStringLiteral("TEST-SMS")},
                                   {QStringLiteral("name"), kServiceName},
                                   {QStringLiteral("duration_minutes"), 20}})};
    for (const QString &site : {city.siteA, city.siteB})
        for (int weekday = 1; weekday <= 7; ++weekday)
            setup << admin.create(QStringLiteral("schedules"), newId(),
                                  {{QStringLiteral("site_id"), site},
                                   {QStringLiteral("service_id"), service},
                                   {QStringLiteral("weekday"), weekday},
                                   {QStringLiteral("start_time"), QStringLiteral("00:00")},
                                   {QStringLiteral("end_time"), QStringLiteral("23:59")},
                                   {QStringLiteral("slot_minutes"), 20},
                                   {QStringLiteral("capacity"), 20}});
    qint64 siteVersion = 0;
    for (const QJsonObject &change : changesOf(admin.pullAll(), city.siteA))
        siteVersion = num(change, "version");
    setup << admin.mutation(QStringLiteral("sites"), city.siteA, QStringLiteral("update"),
                            {{QStringLiteral("phone"), kSitePhone}}, siteVersion);
    const QJsonArray results = admin.pushResults(setup);
    if (results.size() != setup.size())
        return {};
    for (const QJsonValue &result : results)
        if (str(result.toObject(), "outcome") != QLatin1String("applied")) {
            qWarning("setup refused: %s", compact(result.toObject()).constData());
            return {};
        }
    return service;
}

bool TestSms::book(TestCity &city, const QString &serviceId, const QList<Visit> &visits)
{
    for (const Visit &visit : visits) {
        Device &device = visit.siteId == city.siteA ? m_alice : m_bruno;
        const QJsonArray results = device.pushResults(
            {device.create(QStringLiteral("appointments"), visit.id, payloadOf(visit, serviceId))});
        if (results.size() != 1 || str(results.at(0).toObject(), "outcome") != QLatin1String("applied")) {
            qWarning("booking %s refused: %s", qPrintable(visit.key),
                     results.isEmpty() ? "no answer" : compact(results.at(0).toObject()).constData());
            return false;
        }
        m_bookedVersion.insert(visit.id, num(results.at(0).toObject(), "version"));
    }
    return true;
}

QJsonObject TestSms::pulled(TestCity &city, const Visit &visit)
{
    const Device &device = visit.siteId == city.siteA ? m_alice : m_bruno;
    const QList<QJsonObject> changes = changesOf(device.pullAll(), visit.id);
    return changes.isEmpty() ? QJsonObject() : changes.last().value(QLatin1String("data")).toObject();
}

void TestSms::confirmationsAndReminders()
{
    GUICHET_FETCH_BACKEND(kind);
    FakeSmsGateway gateway;
    QVERIFY(gateway.start());
    const ScopedEnv token("GUICHET_SMS_TOKEN", kToken);
    TestCity city(kind);
    QVERIFY(city.start(args(gateway)));
    const QString service = setUpCity(city);
    QVERIFY(!service.isEmpty());

    const auto visit = [&](const char *key, const QString &site, qint64 inSeconds, const QString &phone) {
        Visit v;
        v.key = QString::fromLatin1(key);
        v.id = newId();
        v.siteId = site;
        v.reference = QStringLiteral("RDV-T%1").arg(v.key.toUpper());
        v.start = fromNow(inSeconds);
        v.phone = phone;
        v.visitor = QStringLiteral("Visiteur %1 Secret").arg(v.key);
        return v;
    };
    const qint64 hour = 3600;
    Visit soon = visit("soon", city.siteA, 5 * hour, QStringLiteral("06 12 34 56 78"));
    Visit tomorrow = visit("tomorrow", city.siteA, 30 * hour, QStringLiteral("+44 7911 123456"));
    tomorrow.language = QStringLiteral("en");
    const Visit nextWeek = visit("nextweek", city.siteA, 5 * 24 * hour, QStringLiteral("07 62 34 56 78"));
    const Visit otherSite = visit("othersite", city.siteB, 10 * 24 * hour, QStringLiteral("06 98 76 54 32"));
    const Visit halfHour = visit("halfhour", city.siteA, hour / 2, QStringLiteral("06 11 22 33 44"));
    const Visit badPhone = visit("badphone", city.siteA, 5 * hour, QStringLiteral("12"));
    Visit noConsent = visit("noconsent", city.siteA, 30 * hour, QStringLiteral("06 55 44 33 22"));
    noConsent.optIn = false;
    const Visit landline = visit("landline", city.siteA, 5 * 24 * hour, QStringLiteral("04 78 00 00 00"));
    const QList<Visit> visits{soon, tomorrow, nextWeek, otherSite, halfHour, badPhone, noConsent, landline};
    QVERIFY(book(city, service, visits));

    // What must arrive: a confirmation for the five eligible ones, a reminder for the two within
    // 48 hours (not for the one within the hour).
    Expected expected;
    for (const Visit *v :
         std::initializer_list<const Visit *>{&soon, &tomorrow, &nextWeek, &otherSite, &halfHour})
        expected.insert(v->siteId == city.siteA ? expectedText(SmsTemplates::Kind::Confirmation, *v,
                                                               QStringLiteral("Mairie du 1er"), kSitePhone)
                                                : expectedText(SmsTemplates::Kind::Confirmation, *v,
                                                               QStringLiteral("Mairie du 2e"), {}),
                        kindKey(v->key, SmsTemplates::Kind::Confirmation));
    for (const Visit *v : std::initializer_list<const Visit *>{&soon, &tomorrow})
        expected.insert(
            expectedText(SmsTemplates::Kind::Reminder, *v, QStringLiteral("Mairie du 1er"), kSitePhone),
            kindKey(v->key, SmsTemplates::Kind::Reminder));
    QCOMPARE(expected.size(), 7);
    // The site's phone is there to cancel (the second site has none: no "to cancel" then).
    QVERIFY(expected.key(kindKey(soon.key, SmsTemplates::Kind::Confirmation)).contains(kSitePhone));

    // Every state on the counters: sent for what was expected, nothing for the others.
    const auto statesSettled = [&] {
        for (const Visit &v : visits) {
            const QJsonObject data = pulled(city, v);
            const bool confirm = expected.values().contains(kindKey(v.key, SmsTemplates::Kind::Confirmation));
            const bool remind = expected.values().contains(kindKey(v.key, SmsTemplates::Kind::Reminder));
            if (!stateIs(str(data, "confirmation_state"), confirm) ||
                !stateIs(str(data, "reminder_state"), remind))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(statesSettled(), kWaitMs);
    // A few more runs of the scheduler (every second) add nothing.
    QTest::qWait(3000);
    const QList<FakeSmsGateway::Request> requests = gateway.requests();
    QCOMPARE(requests.size(), 7);
    QCOMPARE(gateway.distinctIds().size(), 7);
    QSet<QString> seen;
    for (const FakeSmsGateway::Request &request : requests) {
        QVERIFY2(expected.contains(request.text), qPrintable(request.text));
        seen.insert(expected.value(request.text));
        QCOMPARE(request.authorization, QByteArrayLiteral("Bearer ") + kToken);
        QCOMPARE(request.sender, QStringLiteral("VilleTest"));
        QCOMPARE(request.path, QByteArrayLiteral("/sms"));
        QVERIFY2(!request.text.contains(QLatin1String("Secret")), qPrintable(request.text));
        QVERIFY(!QUuid::fromString(request.id).isNull()); // a UUID, the idempotency key
    }
    QCOMPARE(seen.size(), 7); // one of each, none twice
    // To the normalised number, in the visitor's language.
    for (const FakeSmsGateway::Request &request : requests) {
        if (expected.value(request.text).startsWith(QLatin1String("soon/")))
            QCOMPARE(request.to, QStringLiteral("+33612345678"));
        if (expected.value(request.text).startsWith(QLatin1String("tomorrow/"))) {
            QCOMPARE(request.to, QStringLiteral("+447911123456"));
            QVERIFY2(request.text.startsWith(QLatin1String("Appointment confirmed")) ||
                         request.text.startsWith(QLatin1String("Reminder")),
                     qPrintable(request.text));
        }
    }
    // The log names messages and appointments, never a number or a text.
    const QByteArray log = city.server.log();
    QCOMPARE(log.count("\"event\":\"sms_sent\""), 7);
    QCOMPARE(log.count("\"event\":\"sms_enabled\""), 1);
    for (const QByteArray &secret : {QByteArrayLiteral("612345678"), QByteArrayLiteral("7911123456"),
                                     QByteArrayLiteral("RDV-TSOON"), kToken})
        QVERIFY2(!log.contains(secret), secret.constData());

    // The SMS states gave the appointment new versions; another counter of the site that still has
    // the booking's own version checks the visitor in: not "stale" (the server's bookkeeping is
    // not an edit). A third counter on that same old version after this real edit: stale.
    Device second = city.device(QStringLiteral("alice"));
    const qint64 booked = m_bookedVersion.value(soon.id);
    const QJsonArray checkIn = second.pushResults({second.mutation(
        QStringLiteral("appointments"), soon.id, QStringLiteral("update"),
        {{QStringLiteral("status"), QStringLiteral("checked_in")}}, booked)});
    QCOMPARE(str(checkIn.first().toObject(), "outcome"), QStringLiteral("applied"));
    Device third = city.device(QStringLiteral("alice"));
    const QJsonArray late = third.pushResults({third.mutation(
        QStringLiteral("appointments"), soon.id, QStringLiteral("update"),
        {{QStringLiteral("status"), QStringLiteral("no_show")}}, booked)});
    QCOMPARE(str(late.first().toObject(), "reason"), QStringLiteral("stale_version"));
}

void TestSms::crashAfterSendKeepsTheId()
{
    GUICHET_FETCH_BACKEND(kind);
    FakeSmsGateway gateway;
    QVERIFY(gateway.start());
    TestCity city(kind);
    {
        // Killed (SIGKILL) right after the gateway accepts the first message, before it is marked sent.
        const ScopedEnv failpoint("GUICHET_FAILPOINT", QByteArrayLiteral("sms_after_send"));
        QVERIFY(city.start(args(gateway)));
    }
    const QString service = setUpCity(city);
    QVERIFY(!service.isEmpty());
    QList<Visit> visits;
    for (const auto &[key, hours] : {std::pair{"a", 5}, std::pair{"b", 24 * 6}}) {
        Visit v;
        v.key = QString::fromLatin1(key);
        v.id = newId();
        v.siteId = city.siteA;
        v.reference = QStringLiteral("RDV-CRASH%1").arg(v.key.toUpper());
        v.start = fromNow(static_cast<qint64>(hours) * 3600);
        v.phone = QStringLiteral("06 12 34 56 7%1").arg(visits.size());
        v.visitor = QStringLiteral("Camille");
        visits << v;
    }
    QVERIFY(book(city, service, visits));
    QTRY_VERIFY_WITH_TIMEOUT(!city.server.isRunning(), kWaitMs);
    QVERIFY(city.server.log().contains("failpoint sms_after_send reached"));
    QVERIFY(gateway.count() >= 1);
    const QString crashedId = gateway.requests().first().id;

    // Restarted without the fail point: what was left queued is sent again, with its id.
    QVERIFY(city.server.start(args(gateway)));
    m_alice.setServer(city.server.url());
    m_bruno.setServer(city.server.url());
    const auto allSent = [&] {
        const QJsonObject a = pulled(city, visits.at(0));
        const QJsonObject b = pulled(city, visits.at(1));
        return str(a, "confirmation_state") == QLatin1String("sent") &&
               str(a, "reminder_state") == QLatin1String("sent") &&
               str(b, "confirmation_state") == QLatin1String("sent");
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);
    QTest::qWait(2000);

    // One id per (appointment, kind), whatever was sent twice.
    QHash<QString, QSet<QString>> idsByText;
    for (const FakeSmsGateway::Request &request : gateway.requests())
        idsByText[request.text].insert(request.id);
    QCOMPARE(idsByText.size(), 3);
    for (auto it = idsByText.cbegin(); it != idsByText.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
    QCOMPARE(gateway.distinctIds().size(), 3);
    // The message accepted just before the crash came again, with the same id.
    QVERIFY2(gateway.withId(crashedId).size() >= 2, qPrintable(crashedId));
    QCOMPARE(city.server.log().count("\"event\":\"sms_queued\""), 3); // queued once, across both runs
}

void TestSms::failingGateway()
{
    GUICHET_FETCH_BACKEND(kind);
    FakeSmsGateway gateway;
    QVERIFY(gateway.start());
    gateway.setFailureStatus(500);
    TestCity city(kind);
    QVERIFY(city.start(args(gateway)));
    const QString service = setUpCity(city);
    QVERIFY(!service.isEmpty());
    Visit visit;
    visit.key = QStringLiteral("fails");
    visit.id = newId();
    visit.siteId = city.siteA;
    visit.reference = QStringLiteral("RDV-FAIL1");
    visit.start = fromNow(6 * 24 * 3600);
    visit.phone = QStringLiteral("06 12 34 56 78");
    visit.visitor = QStringLiteral("Camille");
    QVERIFY(book(city, service, {visit}));

    // A 500 is worth retrying: every attempt, with backoff, then failed for good.
    QTRY_COMPARE_WITH_TIMEOUT(str(pulled(city, visit), "confirmation_state"), QStringLiteral("failed"),
                              kWaitMs);
    QCOMPARE(gateway.count(), server::SmsOutbox::kMaxAttempts);
    QCOMPARE(gateway.distinctIds().size(), 1);
    QCOMPARE(city.server.log().count("\"event\":\"sms_retry\""), server::SmsOutbox::kMaxAttempts - 1);
    QCOMPARE(city.server.log().count("\"event\":\"sms_failed\""), 1);

    // A refusal of the message itself (4xx) is not retried.
    gateway.setFailureStatus(400);
    Visit refused = visit;
    refused.key = QStringLiteral("refused");
    refused.id = newId();
    refused.reference = QStringLiteral("RDV-FAIL2");
    refused.start = fromNow(7 * 24 * 3600);
    QVERIFY(book(city, service, {refused}));
    QTRY_COMPARE_WITH_TIMEOUT(str(pulled(city, refused), "confirmation_state"), QStringLiteral("failed"),
                              kWaitMs);
    QCOMPARE(gateway.count(), server::SmsOutbox::kMaxAttempts + 1);

    // The gateway is back: a failed message stays failed, nothing is sent again.
    gateway.setFailureStatus(0);
    QTest::qWait(3000);
    QCOMPARE(gateway.count(), server::SmsOutbox::kMaxAttempts + 1);
    QCOMPARE(gateway.distinctIds().size(), 2);
}

void TestSms::withoutGateway()
{
    TestCity city(Backend::Sqlite);
    QVERIFY(city.start());
    QCOMPARE(city.server.log().count("\"event\":\"sms_disabled\""), 1);
    QCOMPARE(city.server.log().count("\"event\":\"sms_enabled\""), 0);
    QCOMPARE(city.get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestSms::refusesAPlainHttpGateway()
{
    // The token and the visitors' numbers never cross the network in clear.
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &gateway : {QStringLiteral("http://sms.example.fr/send"), QStringLiteral("not a url"),
                                   QStringLiteral("ftp://127.0.0.1/sms")}) {
        QProcess server;
        server.start(QStringLiteral(GUICHET_SERVER_PATH),
                     {QStringLiteral("--store"),
                      QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite")),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--sms-gateway"), gateway});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY2(server.readAllStandardError().contains("--sms-gateway"), qPrintable(gateway));
    }
}

QTEST_GUILESS_MAIN(TestSms)
#include "tst_sms.moc"
