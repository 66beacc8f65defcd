// Integration: a counter purges its old requests (RequestRetention), then the server sends changes
// to requests it purged — one reopened, a note on one that never comes back, a note and an edit on
// another — made at a second counter. The sync never fails nor stalls: the reopened request comes
// back whole, the edited one comes back with its note, the lone note is dropped, no event is left
// without its request, and the next syncs find nothing more. Against SQLite and PostgreSQL.
#include "IntegrationFixture.h"
#include "domain/Mutation.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSet>
#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

// A counter's store opened in this process, between two guichet-cli runs.
class OpenStore
{
public:
    explicit OpenStore(const QString &path)
        : m_store(path)
    {
        m_store.open(LocalStore::IntegrityCheck::Skip);
    }
    LocalStore &store() { return m_store; }
    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_store.connection(), statement, values);
    }
    QSet<QString> ids(const QString &statement)
    {
        QSet<QString> result;
        QSqlQuery query = sql::exec(m_store.connection(), statement);
        while (query.next())
            result.insert(query.value(0).toString());
        return result;
    }

private:
    LocalStore m_store;
};

// A change of `fields` to a request at this counter, with its outbox mutation (one transaction).
void updateRequest(LocalStore &store, const QString &id, const QJsonObject &fields)
{
    QSqlDatabase db = store.connection();
    const qint64 version =
        sql::scalar(db, QStringLiteral("SELECT version FROM requests WHERE id = ?"), {id}).toLongLong();
    Transaction transaction(db);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        sql::exec(db, QStringLiteral("UPDATE requests SET \"%1\" = ? WHERE id = ?").arg(it.key()),
                  {it.value().toString(), id});
    Mutation mutation;
    mutation.entity = QStringLiteral("requests");
    mutation.entityId = id;
    mutation.operation = Mutation::Operation::Update;
    mutation.payload = fields;
    mutation.baseVersion = version;
    OutboxRepository(store).enqueue(db, mutation);
    transaction.commit();
}

} // namespace

class TestRequestRetentionSync : public QObject
{
    Q_OBJECT

private slots:
    void changesToPurgedRequestsNeverBreakTheSync_data() { addBackendRows(); }
    void changesToPurgedRequestsNeverBreakTheSync();
};

void TestRequestRetentionSync::changesToPurgedRequestsNeverBreakTheSync()
{
    GUICHET_REQUIRE_KEYRING();
    QFETCH(int, backend);
    if (static_cast<Backend>(backend) == Backend::Postgres)
        GUICHET_REQUIRE_PG();
    auto server = startDemoServer(backend);
    QVERIFY2(server, "the demo server did not start");
    for (const char *login : {"alice.m1", "bruno.m1"})
        QVERIFY(!server->addAgent(QLatin1String(login), QStringLiteral("agent"), QStringLiteral("M1"), kPassword)
                     .isEmpty());

    QTemporaryDir dir;
    const CliClient a(dir.filePath(QStringLiteral("a.sqlite")));
    const CliClient b(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.init() && b.init());
    QVERIFY(a.login(server->url(), QStringLiteral("alice.m1"), kPassword));
    QVERIFY(b.login(server->url(), QStringLiteral("bruno.m1"), kPassword));
    for (const CliClient *counter : {&a, &b}) {
        const CliClient::Run first = counter->sync();
        QVERIFY2(first.exitCode == 0, first.err.constData());
    }

    // B keeps 30 days: the demo city's older answered and closed requests leave its store.
    const CliClient::Run window = b.run({QStringLiteral("requests"), QStringLiteral("retention"),
                                         QStringLiteral("--days"), QStringLiteral("30")});
    QVERIFY2(window.exitCode == 0, window.err.constData());
    const CliClient::Run purge = b.run({QStringLiteral("requests"), QStringLiteral("purge")});
    QVERIFY2(purge.exitCode == 0, purge.err.constData());
    const int purged = purge.json().value(QLatin1String("requests")).toInt();
    QVERIFY2(purged > 100, purge.out.constData());
    QCOMPARE(purge.json().value(QLatin1String("events")).toInt() > purged, true);
    QCOMPARE(b.outboxLength(), 0);

    // Three of the purged requests, which A (365 days) still has.
    QSet<QString> atB;
    {
        OpenStore store(b.storePath());
        atB = store.ids(QStringLiteral("SELECT id FROM requests"));
    }
    QStringList picked;
    QString reopened, noted, edited, reopenedReference, reopenedName;
    {
        OpenStore store(a.storePath());
        QSqlQuery closed = sql::exec(
            store.store().connection(),
            QStringLiteral("SELECT id FROM requests WHERE status IN ('answered', 'closed') ORDER BY created_at"));
        while (closed.next() && picked.size() < 3)
            if (!atB.contains(closed.value(0).toString()))
                picked << closed.value(0).toString();
        closed.finish();
        QCOMPARE(picked.size(), 3);
        reopened = picked.at(0);
        noted = picked.at(1);
        edited = picked.at(2);
        reopenedReference =
            store.scalar(QStringLiteral("SELECT reference FROM requests WHERE id = ?"), {reopened}).toString();
        reopenedName =
            store.scalar(QStringLiteral("SELECT requester_name FROM requests WHERE id = ?"), {reopened}).toString();

        // A: the first is reopened; a note on the second; a note and a new service for the third.
        const QString agent = SyncStateRepository(store.store()).value(SyncStateRepository::CurrentAgent);
        QVERIFY(!agent.isEmpty());
        updateRequest(store.store(), reopened, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
        RequestRepository requests(store.store());
        requests.addNote(noted, QStringLiteral("Le requérant a rappelé."), agent);
        requests.addNote(edited, QStringLiteral("Transmis au bon service."), agent);
        updateRequest(store.store(), edited,
                      {{QStringLiteral("competent_service"), QStringLiteral("Direction de la voirie")}});
    }
    const CliClient::Run pushed = a.sync();
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    QCOMPARE(pushed.json().value(QLatin1String("applied")).toInt(), 4);
    QCOMPARE(pushed.json().value(QLatin1String("rejected")).toInt(), 0);

    // B pulls changes to records it no longer has: the sync goes through.
    const CliClient::Run pulled = b.sync();
    QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
    QCOMPARE(pulled.json().value(QLatin1String("result")).toString(), QStringLiteral("done"));
    QVERIFY(pulled.json().value(QLatin1String("pulled")).toInt() >= 4);
    {
        OpenStore store(b.storePath());
        // Reopened: back whole (the server sends whole records), open, in the lookup index again.
        const auto back = RequestRepository(store.store()).get(reopened);
        QVERIFY(back.has_value());
        QCOMPARE(back->status, Request::Status::InProgress);
        QCOMPARE(back->reference, reopenedReference);
        QCOMPARE(back->requesterName, reopenedName);
        QVERIFY(store.scalar(QStringLiteral("SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ? AND "
                                            "rowid = (SELECT rowid FROM requests WHERE id = ?)"),
                             {QStringLiteral("\"%1\"").arg(reopenedName.section(QLatin1Char(' '), 0, 0)), reopened})
                    .toInt() == 1);
        // Edited: back whole with the new note, which keeps it in the window.
        const auto editedBack = RequestRepository(store.store()).get(edited);
        QVERIFY(editedBack.has_value());
        QCOMPARE(editedBack->competentService, QStringLiteral("Direction de la voirie"));
        QCOMPARE(editedBack->events.size(), 1);
        QCOMPARE(editedBack->events.first().text, QStringLiteral("Transmis au bon service."));
        // Noted: only its note came; it is not kept without its request.
        QVERIFY(!RequestRepository(store.store()).get(noted).has_value());
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ?"), {noted})
                     .toInt(),
                 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM request_events e WHERE NOT EXISTS "
                                             "(SELECT 1 FROM requests r WHERE r.id = e.request_id)"))
                     .toInt(),
                 0);
        QVERIFY(store.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull());
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    }

    // Nothing is stuck: the next syncs pull nothing, and both counters stand at the same cursor.
    const CliClient::Run again = b.sync();
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value(QLatin1String("pulled")).toInt(), 0);
    const CliClient::Run caughtUp = a.sync();
    QCOMPARE(caughtUp.exitCode, 0);
    QCOMPARE(again.json().value(QLatin1String("cursor")).toInteger(),
             caughtUp.json().value(QLatin1String("cursor")).toInteger());

    // B can still file a request of its own and send it.
    QVERIFY(!b.createRequest(QStringLiteral("Banc cassé place Bellecour"), QStringLiteral("M. Roux")).isEmpty());
    const CliClient::Run sent = b.sync();
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(sent.json().value(QLatin1String("applied")).toInt(), 2);
    QCOMPARE(b.outboxLength(), 0);
}

QTEST_GUILESS_MAIN(TestRequestRetentionSync)
#include "tst_requestretentionsync.moc"
