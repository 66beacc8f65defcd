// Interpreter services configured by a supervisor reach every counter (issue 7, item 4), against a
// real demo server (SQLite and, with GUICHET_TEST_PG, PostgreSQL): a supervisor's counter at M1
// adds a service, then changes it, then removes it (InterpreterRepository, with its outbox
// mutations); an agent's counter at another site (M2) receives each state after a sync. The
// agent's counter refuses to change a service itself and writes nothing; when it pushes a change
// anyway (written straight through LocalChange, as an old or tampered counter would), the server
// refuses it "forbidden", the counter keeps the refusal in its to-handle list with what was typed,
// and shows the service as the server has it again.
#include "IntegrationFixture.h"
#include "core/Clock.h"
#include "itemmodels/SyncLabels.h"
#include "repo/ConflictRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/LocalChange.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QJsonArray>

using namespace guichet;
using namespace guichet::test;

namespace {

// The counter's store opened in this process while its guichet-cli is not running.
std::unique_ptr<LocalStore> openStore(const CliClient &client)
{
    auto store = std::make_unique<LocalStore>(client.storePath(), SystemClock::instance());
    store->open(LocalStore::IntegrityCheck::Skip);
    return store;
}

// The service as `interpreters providers --json` prints it on this counter (empty when absent).
QJsonObject listedProvider(const CliClient &client, const QString &id)
{
    const CliClient::Run run = client.run({QStringLiteral("interpreters"), QStringLiteral("providers")});
    for (const QJsonValue &value : run.json().value(QLatin1String("providers")).toArray())
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    return {};
}

} // namespace

class TestProviderSync : public QObject
{
    Q_OBJECT

private slots:
    void supervisorsServicesReachEveryCounter_data() { addBackendRows(); }

    void supervisorsServicesReachEveryCounter()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        auto server = startDemoServer(backend);
        QVERIFY2(server, "the demo server did not start");
        const QString supervisorId = server->addAgent(
            QStringLiteral("sofia.m1"), QStringLiteral("supervisor"), QStringLiteral("M1"), kPassword);
        const QString agentId = server->addAgent(QStringLiteral("paul.m2"), QStringLiteral("agent"),
                                                 QStringLiteral("M2"), kPassword);
        QVERIFY(!supervisorId.isEmpty() && !agentId.isEmpty());
        QTemporaryDir dir;
        const CliClient office(dir.filePath(QStringLiteral("supervisor-m1.sqlite")));
        const CliClient counter(dir.filePath(QStringLiteral("agent-m2.sqlite")));
        for (const auto &[client, login] : {std::pair{&office, QStringLiteral("sofia.m1")},
                                            std::pair{&counter, QStringLiteral("paul.m2")}}) {
            QVERIFY(client->init());
            QVERIFY(client->login(server->url(), login, kPassword));
            const CliClient::Run first = client->sync();
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }

        // The supervisor adds a service.
        QString providerId;
        {
            auto store = openStore(office);
            InterpreterProvider p;
            p.name = QStringLiteral("ISM Interprétariat – ligne mairies");
            p.kind = InterpreterProvider::Kind::Phone;
            p.address = QStringLiteral("0465710099");
            p.modes = {InterpretingMode::Foreign};
            p.languages = {QStringLiteral("ar"), QStringLiteral("ps"), QStringLiteral("uk")};
            p.hours = {{{1, 2, 3, 4, 5}, QTime(8, 30), QTime(18, 0)}};
            providerId = InterpreterRepository(*store).saveProvider(p, supervisorId).id;
        }
        QCOMPARE(office.outboxLength(), 1);
        const CliClient::Run sent = office.sync();
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(sent.json().value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(sent.json().value(QLatin1String("rejected")).toInt(), 0);
        QCOMPARE(office.outboxLength(), 0);

        // The agent's counter at M2 receives it.
        QCOMPARE(counter.sync().exitCode, 0);
        QJsonObject received = listedProvider(counter, providerId);
        QCOMPARE(received.value(QLatin1String("name")).toString(),
                 QStringLiteral("ISM Interprétariat – ligne mairies"));
        QCOMPARE(received.value(QLatin1String("address")).toString(), QStringLiteral("04 65 71 00 99"));
        QCOMPARE(received.value(QLatin1String("languages")).toArray().size(), 3);
        const qint64 firstVersion = received.value(QLatin1String("version")).toInteger();
        QVERIFY(firstVersion > 0);
        const CliClient::Run pashto =
            counter.run({QStringLiteral("interpreters"), QStringLiteral("languages")});
        bool offered = false;
        for (const QJsonValue &language : pashto.json().value(QLatin1String("languages")).toArray())
            for (const QJsonValue &provider : language.toObject().value(QLatin1String("providers")).toArray())
                offered = offered || provider.toObject().value(QLatin1String("id")).toString() == providerId;
        QVERIFY(offered);

        // The supervisor changes it (on the version the server gave it); the change reaches M2.
        {
            auto store = openStore(office);
            InterpreterRepository repository(*store);
            InterpreterProvider p = *repository.get(providerId);
            QCOMPARE(p.version, firstVersion);
            p.name = QStringLiteral("ISM Interprétariat");
            p.languages << QStringLiteral("ti");
            p.hours.clear();
            repository.saveProvider(p, supervisorId);
        }
        const CliClient::Run changed = office.sync();
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(changed.json().value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(counter.sync().exitCode, 0);
        received = listedProvider(counter, providerId);
        QCOMPARE(received.value(QLatin1String("name")).toString(), QStringLiteral("ISM Interprétariat"));
        QCOMPARE(received.value(QLatin1String("languages")).toArray().size(), 4);
        QVERIFY(received.value(QLatin1String("hours")).toArray().isEmpty());
        QVERIFY(received.value(QLatin1String("version")).toInteger() > firstVersion);

        // The agent's counter refuses to change it, and writes nothing.
        {
            auto store = openStore(counter);
            InterpreterRepository repository(*store);
            InterpreterProvider p = *repository.get(providerId);
            p.name = QStringLiteral("Renommé par un agent");
            QVERIFY_THROWS_EXCEPTION(StoreError, repository.saveProvider(p, agentId));
            QVERIFY_THROWS_EXCEPTION(StoreError, repository.removeProvider(providerId, agentId));
        }
        QCOMPARE(counter.outboxLength(), 0);

        // An agent's counter that pushes a change and a new service anyway is refused by the server.
        const QString forgedId = QStringLiteral("forged-provider-1");
        {
            auto store = openStore(counter);
            QSqlDatabase db = store->connection();
            Transaction transaction(db);
            LocalChange change(*store, db);
            change.update(QStringLiteral("interpreter_providers"), providerId,
                          {{QStringLiteral("name"), QStringLiteral("Renommé par un agent")}});
            change.create(QStringLiteral("interpreter_providers"),
                          {{QStringLiteral("id"), forgedId},
                           {QStringLiteral("name"), QStringLiteral("Mon cousin interprète")},
                           {QStringLiteral("kind"), QStringLiteral("phone")},
                           {QStringLiteral("modes"), QStringLiteral("[\"foreign\"]")},
                           {QStringLiteral("languages"), QStringLiteral("[\"ar\"]")},
                           {QStringLiteral("address"), QStringLiteral("06 12 34 56 78")}});
            transaction.commit();
        }
        QCOMPARE(counter.outboxLength(), 2);
        const CliClient::Run tampered = counter.sync();
        QVERIFY2(tampered.exitCode == 0, tampered.err.constData());
        QCOMPARE(tampered.json().value(QLatin1String("rejected")).toInt(), 2);
        QCOMPARE(counter.outboxLength(), 0);
        {
            auto store = openStore(counter);
            const QList<SyncConflict> conflicts = ConflictRepository(*store).openConflicts();
            QCOMPARE(conflicts.size(), 2);
            for (const SyncConflict &conflict : conflicts) {
                QCOMPARE(conflict.entity, QStringLiteral("interpreter_providers"));
                QCOMPARE(conflict.reason, QStringLiteral("forbidden"));
                QVERIFY(SyncLabels::summary(conflict).startsWith(QStringLiteral("Interpreting service")));
            }
            QCOMPARE(conflicts.at(0).entityId, providerId);
            QCOMPARE(conflicts.at(0).payload.value(QLatin1String("name")).toString(),
                     QStringLiteral("Renommé par un agent"));
            QCOMPARE(conflicts.at(1).entityId, forgedId);
            QCOMPARE(conflicts.at(1).operation, Mutation::Operation::Create);
            QCOMPARE(conflicts.at(1).payload.value(QLatin1String("name")).toString(),
                     QStringLiteral("Mon cousin interprète"));
            // The service as the server has it; the refused new one is not offered.
            InterpreterRepository repository(*store);
            QCOMPARE(repository.get(providerId)->name, QStringLiteral("ISM Interprétariat"));
            QVERIFY(!repository.get(forgedId));
        }
        QCOMPARE(office.sync().exitCode, 0);
        QCOMPARE(listedProvider(office, providerId).value(QLatin1String("name")).toString(),
                 QStringLiteral("ISM Interprétariat"));
        QVERIFY(listedProvider(office, forgedId).isEmpty());

        // The supervisor removes it: it leaves the agent's counter too.
        {
            auto store = openStore(office);
            InterpreterRepository(*store).removeProvider(providerId, supervisorId);
        }
        const CliClient::Run removed = office.sync();
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.json().value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(counter.sync().exitCode, 0);
        QVERIFY(listedProvider(counter, providerId).isEmpty());
        QCOMPARE(digests(counter).value(QLatin1String("interpreter_providers")),
                 digests(office).value(QLatin1String("interpreter_providers")));
    }
};

QTEST_GUILESS_MAIN(TestProviderSync)
#include "tst_providersync.moc"
