// The counter's side of sync when the answers go wrong, in-process:
// - a truncated, non-JSON, HTML or wrongly shaped answer never counts as an acknowledgement: the
//   outbox and the cursor stay as they were (a fake server on loopback gives the bad answers);
// - a counter whose clock is wrong (2099, a day behind) changes no ordering: the server's order
//   decides (a real guichet-server).
#include "IntegrationFixture.h"
#include "TestStore.h"
#include "domain/Appointment.h"
#include "domain/Request.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

using namespace guichet;
using namespace guichet::test;
using guichet::testing::TestStore;

namespace {

// Answers each request with the raw bytes configured for its path, then closes the connection.
class FakeServer : public QObject
{
public:
    QByteArray pushAnswer;
    QByteArray pullAnswer;

    FakeServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    static QByteArray http(int status, const QByteArray &type, const QByteArray &body, int claimedLength = -1)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
               "\r\nConnection: close\r\nContent-Length: " +
               QByteArray::number(claimedLength < 0 ? body.size() : claimedLength) + "\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buffer = m_buffers[socket];
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const int lengthAt = buffer.toLower().indexOf("content-length:");
            const int length =
                lengthAt < 0 ? 0
                             : buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15)
                                   .trimmed()
                                   .toInt();
            if (buffer.size() < end + 4 + length)
                return;
            socket->write(buffer.contains("/sync/push") ? pushAnswer : pullAnswer);
            socket->flush();
            socket->disconnectFromHost();
            m_buffers.remove(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray appliedResults(LocalStore &store)
{
    QJsonArray results;
    for (const Mutation &m : OutboxRepository(store).pending(100))
        results << QJsonObject{{QStringLiteral("mutation_id"), m.mutationId},
                               {QStringLiteral("seq"), m.seq},
                               {QStringLiteral("outcome"), QStringLiteral("applied")},
                               {QStringLiteral("version"), 100 + m.seq}};
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("last_seq"), 2}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void badAnswersAcknowledgeNothing_data();
    void badAnswersAcknowledgeNothing();
    void wrongClockChangesNoOrdering();
};

void TestSyncClientFaults::badAnswersAcknowledgeNothing_data()
{
    QTest::addColumn<QByteArray>("push");
    QTest::addColumn<QByteArray>("pull");
    const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const QByteArray ok = "{}"; // replaced by real results in the test
    QTest::newRow("push answered by an HTML page")
        << FakeServer::http(200, "text/html", html) << QByteArray();
    QTest::newRow("push answered 502 by a proxy") << FakeServer::http(502, "text/html", html) << QByteArray();
    QTest::newRow("push answered with JSON of another shape")
        << FakeServer::http(200, "application/json", R"({"ok":true})") << QByteArray();
    QTest::newRow("push answered with results missing")
        << FakeServer::http(200, "application/json", R"({"results":[]})") << QByteArray();
    QTest::newRow("pull page truncated")
        << ok << FakeServer::http(200, "application/json", R"({"epoch":"e1","changes":[{"entity")");
    QTest::newRow("pull connection cut mid-body")
        << ok << FakeServer::http(200, "application/json", R"({"epoch":"e1","next_cursor":99,)", 4000);
    QTest::newRow("pull answered by an HTML page") << ok << FakeServer::http(200, "text/html", html);
    QTest::newRow("pull JSON without its fields")
        << ok << FakeServer::http(200, "application/json", R"({"changes":[]})");
}

void TestSyncClientFaults::badAnswersAcknowledgeNothing()
{
    QFETCH(QByteArray, push);
    QFETCH(QByteArray, pull);
    TestStore test;
    LocalStore &store = test.store();
    SyncStateRepository state(store);
    state.setValue(SyncStateRepository::DeviceId, QStringLiteral("device-faults"));
    state.setValue(SyncStateRepository::Cursor, QStringLiteral("5"));
    state.setValue(SyncStateRepository::Epoch, QStringLiteral("e1"));
    Request draft;
    draft.requesterName = QStringLiteral("Mme Lefèvre");
    draft.subject = QStringLiteral("Trottoir abîmé");
    RequestRepository(store).create(draft, QString());
    QCOMPARE(OutboxRepository(store).count(), 2);

    FakeServer fake;
    fake.pushAnswer = push == "{}" ? FakeServer::http(200, "application/json", appliedResults(store)) : push;
    fake.pullAnswer = pull;
    QNetworkAccessManager nam;
    SyncHttpClient client(nam, fake.url());
    client.setToken(QStringLiteral("gt_test"));
    client.setTimeoutMs(5000);
    const SyncEngine::Report report = SyncEngine(store, client).run();
    QVERIFY(!report.ok());
    QVERIFY(!report.message.isEmpty());
    QCOMPARE(OutboxRepository(store).count(), 2);
    QCOMPARE(state.value(SyncStateRepository::Cursor), QStringLiteral("5"));
    QVERIFY(state.value(SyncStateRepository::LastSuccess).isEmpty());
}

void TestSyncClientFaults::wrongClockChangesNoOrdering()
{
    auto server = startDemoServer(static_cast<int>(Backend::Sqlite));
    QVERIFY2(server, "the demo server did not start");
    QVERIFY(
        !server
             ->addAgent(QStringLiteral("alice.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
             .isEmpty());
    QVERIFY(
        !server
             ->addAgent(QStringLiteral("bruno.m1"), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
             .isEmpty());

    // A's clock says 2099; B's is a day behind the real one.
    TestStore a(QDateTime(QDate(2099, 1, 1), QTime(10, 0), QTimeZone::utc()));
    TestStore b(QDateTime::currentDateTimeUtc().addDays(-1));
    QNetworkAccessManager nam;
    struct Counter
    {
        TestStore *test;
        QString login;
        QString device;
        std::unique_ptr<SyncHttpClient> client;
    };
    Counter counters[] = {{&a, QStringLiteral("alice.m1"), QStringLiteral("device-2099"), nullptr},
                          {&b, QStringLiteral("bruno.m1"), QStringLiteral("device-yesterday"), nullptr}};
    for (Counter &counter : counters) {
        SyncStateRepository(counter.test->store()).setValue(SyncStateRepository::DeviceId, counter.device);
        const QString token = loginToken(server->url(), counter.login, kPassword, counter.device);
        QVERIFY(!token.isEmpty());
        counter.client = std::make_unique<SyncHttpClient>(nam, server->url());
        counter.client->setToken(token);
        QVERIFY(SyncEngine(counter.test->store(), *counter.client).run().ok());
    }
    auto sync = [&](Counter &counter) {
        return SyncEngine(counter.test->store(), *counter.client).run();
    };

    const QString id =
        sql::scalar(a.store().connection(),
                    QStringLiteral("SELECT a.id FROM appointments a JOIN sites s ON s.id = a.site_id "
                                   "WHERE s.code = 'M1' AND a.status = 'booked' AND a.deleted = 0 LIMIT 1"))
            .toString();
    QVERIFY(!id.isEmpty());
    const QString agentA =
        sql::scalar(a.store().connection(), QStringLiteral("SELECT id FROM agents WHERE login = 'alice.m1'"))
            .toString();
    const QString agentB =
        sql::scalar(b.store().connection(), QStringLiteral("SELECT id FROM agents WHERE login = 'bruno.m1'"))
            .toString();

    // A (2099) checks the visitor in; later B (a day behind) marks the appointment done.
    AppointmentRepository(a.store()).setStatus(id, Appointment::Status::CheckedIn, agentA);
    QVERIFY(sync(counters[0]).ok());
    QVERIFY(sync(counters[1]).ok());
    AppointmentRepository(b.store()).setStatus(id, Appointment::Status::Done, agentB);
    QVERIFY(sync(counters[1]).ok());
    QVERIFY(sync(counters[0]).ok());

    // The server's order won, not the clocks: both counters say "done", stamped by the server.
    for (TestStore *test : {&a, &b}) {
        QCOMPARE(sql::scalar(test->store().connection(),
                             QStringLiteral("SELECT status FROM appointments WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("done"));
        const QString stamp =
            sql::scalar(test->store().connection(),
                        QStringLiteral("SELECT updated_at FROM appointments WHERE id = ?"), {id})
                .toString();
        QVERIFY2(stamp < QStringLiteral("2090"), qPrintable(stamp));
    }
}

QTEST_GUILESS_MAIN(TestSyncClientFaults)
#include "tst_syncclientfaults.moc"
