#pragma once

// What the server tests share: the two backend rows, a small test city on a real guichet-server
// (two sites, an agent at each, an admin), a device speaking the sync protocol over raw HTTP,
// and payloads that the counters' schema accepts. Header-only; each tst_*.cpp is one executable.
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>
#include <vector>

// Readable QCOMPARE failures on JSON.
namespace QTest {
template <>
inline char *toString(const QJsonObject &object)
{
    return qstrdup(QJsonDocument(object).toJson(QJsonDocument::Compact).left(2000).constData());
}
template <>
inline char *toString(const QJsonArray &array)
{
    return qstrdup(QJsonDocument(array).toJson(QJsonDocument::Compact).left(2000).constData());
}
} // namespace QTest

namespace guichet::test {

inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << backendName(Backend::Sqlite);
    QTest::newRow("postgresql") << backendName(Backend::Postgres);
}

inline Backend backendOf(const QString &name)
{
    return name == backendName(Backend::Postgres) ? Backend::Postgres : Backend::Sqlite;
}

// The row's backend into `variable`; a postgresql row skips without GUICHET_TEST_PG (fails under CI).
#define GUICHET_FETCH_BACKEND(variable)                                                                      \
    QFETCH(QString, backend);                                                                                \
    const ::guichet::test::Backend variable = ::guichet::test::backendOf(backend);                           \
    if (variable == ::guichet::test::Backend::Postgres)                                                      \
        GUICHET_REQUIRE_PG()

inline QUrl endpoint(const QUrl &server, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = server;
    url.setPath(path);
    url.setQuery(query);
    return url;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

inline qint64 num(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

inline QString nowStore()
{
    return timefmt::toStore(QDateTime::currentDateTimeUtc());
}

// --- Payloads the counters' schema accepts -----------------------------------------------------

inline QJsonObject requestPayload(const QString &reference, const QString &siteId, const QString &subject)
{
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("channel"), QStringLiteral("counter")},
            {QStringLiteral("site_id"), siteId},
            {QStringLiteral("requester_name"), QStringLiteral("Camille Martin")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("due_date"), QStringLiteral("2030-01-31")},
            {QStringLiteral("created_at"), nowStore()}};
}

inline QJsonObject callLogPayload(const QString &siteId, const QString &mode)
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("started_at"), nowStore()},
            {QStringLiteral("duration_s"), 120},
            {QStringLiteral("outcome"), QStringLiteral("done")}};
}

inline QJsonObject appointmentPayload(const QString &siteId, const QString &serviceId, const QDateTime &start,
                                      int minutes, const QString &visitor, const QString &status)
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("starts_at"), timefmt::toStore(start)},
            {QStringLiteral("ends_at"), timefmt::toStore(start.addSecs(minutes * 60))},
            {QStringLiteral("visitor_name"), visitor},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), nowStore()}};
}

// --- A counter speaking the protocol ------------------------------------------------------------

class Device
{
public:
    Device() = default;
    Device(const QUrl &server, const QString &token, const QString &id) : m_server(server), m_token(token), m_id(id) {}

    void setServer(const QUrl &server) { m_server = server; }   // after a restart on another port
    const QString &id() const { return m_id; }
    const QString &token() const { return m_token; }
    bool isValid() const { return !m_token.isEmpty(); }
    qint64 nextSeq() const { return m_seq + 1; }

    // A mutation with this device's next sequence number and a new mutation id.
    QJsonObject mutation(const QString &entity, const QString &entityId, const QString &operation,
                         const QJsonObject &payload, qint64 baseVersion = 0)
    {
        return {{QStringLiteral("mutation_id"), newId()},
                {QStringLiteral("seq"), ++m_seq},
                {QStringLiteral("entity"), entity},
                {QStringLiteral("entity_id"), entityId},
                {QStringLiteral("operation"), operation},
                {QStringLiteral("payload"), payload},
                {QStringLiteral("base_version"), baseVersion}};
    }
    QJsonObject create(const QString &entity, const QString &entityId, const QJsonObject &payload)
    {
        return mutation(entity, entityId, QStringLiteral("create"), payload);
    }

    QByteArray pushBody(const QJsonArray &mutations) const
    {
        return compact({{QStringLiteral("device_id"), m_id}, {QStringLiteral("mutations"), mutations}});
    }
    RawResponse push(const QJsonArray &mutations) const
    {
        return rawRequest(endpoint(m_server, QStringLiteral("/api/v1/sync/push")), QByteArrayLiteral("POST"),
                          compact({{QStringLiteral("device_id"), m_id}, {QStringLiteral("mutations"), mutations}}),
                          m_token.toUtf8());
    }
    // The results of one push (empty when the push itself was refused).
    QJsonArray pushResults(const QJsonArray &mutations) const
    {
        const RawResponse response = push(mutations);
        if (response.status != 200)
            qWarning("push answered %d: %s", response.status, response.body.constData());
        return response.json.value(QLatin1String("results")).toArray();
    }

    RawResponse pull(qint64 since, int limit = 0, qint64 pendingFrom = 0) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(since));
        if (limit > 0)
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (pendingFrom > 0)
            query.addQueryItem(QStringLiteral("pending_from"), QString::number(pendingFrom));
        return rawRequest(endpoint(m_server, QStringLiteral("/api/v1/sync/pull"), query), QByteArrayLiteral("GET"), {},
                          m_token.toUtf8());
    }
    // Every change from `since` on, page after page (empty and a warning when a page fails).
    QList<QJsonObject> pullAll(qint64 since = 0, int limit = 0) const
    {
        QList<QJsonObject> changes;
        for (int page = 0; page < 1000; ++page) {
            const RawResponse response = pull(since, limit);
            if (response.status != 200) {
                qWarning("pull answered %d: %s", response.status, response.body.constData());
                return {};
            }
            for (const QJsonValue &change : response.json.value(QLatin1String("changes")).toArray())
                changes << change.toObject();
            since = response.json.value(QLatin1String("next_cursor")).toInteger();
            if (!response.json.value(QLatin1String("has_more")).toBool())
                break;
        }
        return changes;
    }

    RawResponse lease(const QString &prefix, int count) const
    {
        return rawRequest(endpoint(m_server, QStringLiteral("/api/v1/sync/leases")), QByteArrayLiteral("POST"),
                          compact({{QStringLiteral("prefix"), prefix}, {QStringLiteral("count"), count}}),
                          m_token.toUtf8());
    }

private:
    QUrl m_server;
    QString m_token;
    QString m_id;
    qint64 m_seq = 0;
};

// The changes of one record in a list of changes.
inline QList<QJsonObject> changesOf(const QList<QJsonObject> &changes, const QString &id)
{
    QList<QJsonObject> found;
    for (const QJsonObject &change : changes) {
        if (change.value(QLatin1String("id")).toString() == id)
            found << change;
    }
    return found;
}

// --- A small city on a real server ---------------------------------------------------------------

// A push to send at the same instant as others (sendPushesTogether), and its answer.
struct SentPush
{
    QByteArray body;
    QByteArray token;
    int status = 0;
    QJsonObject answer;
};

// Sends every push at once, one connection each, and waits for all the answers (60 s at most).
inline void sendPushesTogether(const QUrl &server, QList<SentPush> &pushes)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QEventLoop loop;
    int waiting = static_cast<int>(pushes.size());
    for (SentPush &push : pushes) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(endpoint(server, QStringLiteral("/api/v1/sync/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + push.token);
        QNetworkReply *reply = managers.back()->post(request, push.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, p = &push] {
            p->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            p->answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            if (--waiting == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

// Sites T1 and T2; agents "alice" (agent at T1), "bruno" (agent at T2) and "root" (admin at T1),
// all with kPassword. Made through `guichet-server admin`, like a city's IT would.
struct TestCity
{
    static inline const QString kPassword = QStringLiteral("correct horse battery");

    explicit TestCity(Backend backend) : server(backend) {}
    // The server's errors (5xx, store errors, failed mutations) show in the test's output.
    ~TestCity()
    {
        for (const QByteArray &line : server.log().split('\n')) {
            if (line.contains("\"level\":\"error\"") || line.contains("\"level\":\"warning\""))
                qWarning("guichet-server: %s", line.constData());
        }
    }
    TestCity(const TestCity &) = delete;
    TestCity &operator=(const TestCity &) = delete;

    // Seeds the store, then starts the server with `extraArguments`. False (with warnings) on failure.
    bool start(const QStringList &extraArguments = {})
    {
        siteA = server.addSite(QStringLiteral("T1"), QStringLiteral("Mairie du 1er"));
        siteB = server.addSite(QStringLiteral("T2"), QStringLiteral("Mairie du 2e"));
        alice = server.addAgent(QStringLiteral("alice"), QStringLiteral("agent"), QStringLiteral("T1"), kPassword);
        bruno = server.addAgent(QStringLiteral("bruno"), QStringLiteral("agent"), QStringLiteral("T2"), kPassword);
        root = server.addAgent(QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("T1"), kPassword);
        if (siteA.isEmpty() || siteB.isEmpty() || alice.isEmpty() || bruno.isEmpty() || root.isEmpty())
            return false;
        return server.start(extraArguments);
    }

    // Signs `login` in on a new device (or on `deviceId`).
    Device device(const QString &login, const QString &deviceId = {}) const
    {
        const QString id = deviceId.isEmpty() ? QStringLiteral("dev-") + newId() : deviceId;
        return Device(server.url(), loginToken(server.url(), login, kPassword, id), id);
    }

    RawResponse get(const QString &path, const QByteArray &token = {}) const
    {
        return rawRequest(endpoint(server.url(), path), QByteArrayLiteral("GET"), {}, token);
    }
    RawResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {}) const
    {
        return rawRequest(endpoint(server.url(), path), QByteArrayLiteral("POST"), body, token);
    }

    // `admin info --json`: last change, epoch and counts per entity (empty on failure).
    QJsonObject info() const
    {
        QByteArray out;
        if (server.admin({QStringLiteral("info")}, {}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).object();
    }

    ServerProcess server;
    QString siteA;
    QString siteB;
    QString alice;
    QString bruno;
    QString root;
};

// A local date and time at a site (Europe/Paris) as UTC: `days` from today, on the next `weekday`.
inline QDateTime parisTime(int days, int weekday, const QTime &time)
{
    QDate date = QDate::currentDate().addDays(days);
    while (date.dayOfWeek() != weekday)
        date = date.addDays(1);
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Paris"))).toUTC();
}

} // namespace guichet::test
