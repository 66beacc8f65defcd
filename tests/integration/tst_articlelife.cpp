// The life of the city's articles across counters (issue 5, item 4), through guichet-cli against a
// real demo server (SQLite and PostgreSQL): a supervisor's new article and its revision reach an
// agent's counter; the agent's counter refuses to edit it and, when an agent's counter pushes an
// article edit anyway (written straight into its store, as an old or tampered counter would), the
// server refuses it "forbidden", the counter keeps it for "À traiter" and gets the article back as
// the server has it. Feedback given while the server is down waits in the outbox, reaches the
// server at the next sync, and the supervisor who owns the article sees the review task at their
// counter; they close it and the agent's counter sees it closed.
#include "IntegrationFixture.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace guichet::test;

namespace {

// Runs `statements` on the counter's store file (the CLI is not running), in one transaction.
bool writeStore(const QString &storePath, const QList<QPair<QString, QVariantList>> &statements)
{
    bool ok = true;
    const QString name = QStringLiteral("tamper-%1").arg(qHash(storePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        ok = db.open() && db.transaction();
        for (const auto &[statement, values] : statements) {
            QSqlQuery query(db);
            ok = ok && query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (ok && !query.exec()) {
                qWarning("%s", qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant readStore(const QString &storePath, const QString &statement, const QVariantList &values = {})
{
    QVariant result;
    const QString name = QStringLiteral("read-%1").arg(qHash(storePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec() && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestArticleLife : public QObject
{
    Q_OBJECT

private slots:
    void editsFeedbackAndReviewTasksAcrossCounters_data() { addBackendRows(); }

    void editsFeedbackAndReviewTasksAcrossCounters()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        auto server = startDemoServer(backend);
        QVERIFY2(server, "the demo server did not start");
        const QString agentId = server->addAgent(QStringLiteral("lea.m2"), QStringLiteral("agent"),
                                                 QStringLiteral("M2"), kPassword);
        const QString supervisorId = server->addAgent(
            QStringLiteral("nadia.m2"), QStringLiteral("supervisor"), QStringLiteral("M2"), kPassword);
        QVERIFY(!agentId.isEmpty() && !supervisorId.isEmpty());
        QTemporaryDir dir;
        const CliClient counter(dir.filePath(QStringLiteral("agent.sqlite")));
        const CliClient office(dir.filePath(QStringLiteral("supervisor.sqlite")));
        for (const auto &[client, login] : {std::pair{&counter, QStringLiteral("lea.m2")},
                                            std::pair{&office, QStringLiteral("nadia.m2")}}) {
            QVERIFY(client->init());
            QVERIFY(client->login(server->url(), login, kPassword));
            const CliClient::Run first = client->sync();
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }

        // The supervisor writes a new city article: it and its first revision reach the server.
        const CliClient::Run created = office.run(
            {QStringLiteral("kb"), QStringLiteral("edit"), QStringLiteral("new"), QStringLiteral("--title"),
             QStringLiteral("Permis de louer"), QStringLiteral("--body"),
             QStringLiteral("Déposer le CERFA 15652.\nDélai : un mois.")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString articleId = created.json().value(QLatin1String("id")).toString();
        const QString externalId = created.json().value(QLatin1String("external_id")).toString();
        QCOMPARE(created.json().value(QLatin1String("revision")).toInt(), 1);
        QCOMPARE(created.json().value(QLatin1String("owner_agent_id")).toString(), supervisorId);
        QCOMPARE(office.outboxLength(), 2);
        const CliClient::Run sent = office.sync();
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(sent.json().value(QLatin1String("applied")).toInt(), 2);
        QCOMPARE(sent.json().value(QLatin1String("rejected")).toInt(), 0);
        QCOMPARE(counter.sync().exitCode, 0);
        QCOMPARE(readStore(counter.storePath(), QStringLiteral("SELECT title FROM articles WHERE id = ?"),
                           {articleId})
                     .toString(),
                 QStringLiteral("Permis de louer"));
        const CliClient::Run history =
            counter.run({QStringLiteral("kb"), QStringLiteral("history"), externalId});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.json().value(QLatin1String("revisions")).toArray().size(), 1);
        QVERIFY(history.json()
                    .value(QLatin1String("revisions"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("synced"))
                    .toBool());

        // The agent's counter refuses to edit it, and writes nothing.
        const CliClient::Run refused =
            counter.run({QStringLiteral("kb"), QStringLiteral("edit"), articleId, QStringLiteral("--title"),
                         QStringLiteral("Permis de louer (faux)")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Only a supervisor"), refused.err.constData());
        QCOMPARE(counter.outboxLength(), 0);

        // An agent's counter that pushes an article edit anyway is refused by the server.
        const qint64 version =
            readStore(counter.storePath(), QStringLiteral("SELECT version FROM articles WHERE id = ?"),
                      {articleId})
                .toLongLong();
        QVERIFY(version > 0);
        QVERIFY(writeStore(
            counter.storePath(),
            {{QStringLiteral("UPDATE articles SET title = 'Permis de louer (faux)' WHERE id = ?"),
              {articleId}},
             {QStringLiteral(
                  "INSERT INTO outbox (mutation_id, entity, entity_id, operation, payload, base_version, "
                  "created_at) VALUES (?, 'articles', ?, 'update', ?, ?, '2026-11-23T08:00:00Z')"),
              {QUuid::createUuid().toString(QUuid::WithoutBraces), articleId,
               QStringLiteral("{\"title\":\"Permis de louer (faux)\"}"), version}}}));
        const CliClient::Run tampered = counter.sync();
        QVERIFY2(tampered.exitCode == 0, tampered.err.constData());
        QCOMPARE(tampered.json().value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(
            readStore(counter.storePath(),
                      QStringLiteral(
                          "SELECT reason FROM sync_conflicts WHERE entity_id = ? AND resolved_at IS NULL"),
                      {articleId})
                .toString(),
            QStringLiteral("forbidden"));
        // The counter has the article back as the server has it; the supervisor's counter never saw the edit.
        QCOMPARE(readStore(counter.storePath(), QStringLiteral("SELECT title FROM articles WHERE id = ?"),
                           {articleId})
                     .toString(),
                 QStringLiteral("Permis de louer"));
        QCOMPARE(office.sync().exitCode, 0);
        QCOMPARE(readStore(office.storePath(), QStringLiteral("SELECT title FROM articles WHERE id = ?"),
                           {articleId})
                     .toString(),
                 QStringLiteral("Permis de louer"));

        // The server goes down; the agent flags the article obsolete. It waits in the outbox.
        server->stop();
        const CliClient::Run feedback = counter.run(
            {QStringLiteral("kb"), QStringLiteral("feedback"), externalId, QStringLiteral("--obsolete"),
             QStringLiteral("--comment"), QStringLiteral("Le délai est de deux mois")});
        QVERIFY2(feedback.exitCode == 0, feedback.err.constData());
        QVERIFY(feedback.json().value(QLatin1String("review_task")).toBool());
        const QString taskId = feedback.json().value(QLatin1String("id")).toString();
        QVERIFY(counter.sync().exitCode != 0);
        QCOMPARE(counter.outboxLength(), 1);
        // An agent cannot close the task, even their own.
        QCOMPARE(counter.run({QStringLiteral("kb"), QStringLiteral("resolve"), taskId}).exitCode, 1);
        QCOMPARE(counter.outboxLength(), 1);

        // The server is back: the feedback reaches it, and the owner sees the review task.
        QVERIFY(restartOnSamePort(*server));
        const CliClient::Run back = counter.sync();
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(back.json().value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(counter.outboxLength(), 0);
        QCOMPARE(office.sync().exitCode, 0);
        const CliClient::Run tasks =
            office.run({QStringLiteral("kb"), QStringLiteral("tasks"), QStringLiteral("--mine")});
        QCOMPARE(tasks.exitCode, 0);
        const QJsonArray mine = tasks.json().value(QLatin1String("tasks")).toArray();
        QCOMPARE(mine.size(), 1);
        const QJsonObject task = mine.first().toObject();
        QCOMPARE(task.value(QLatin1String("id")).toString(), taskId);
        QCOMPARE(task.value(QLatin1String("article_id")).toString(), articleId);
        QCOMPARE(task.value(QLatin1String("agent_id")).toString(), agentId);
        QCOMPARE(task.value(QLatin1String("kind")).toString(), QStringLiteral("obsolete"));
        QCOMPARE(task.value(QLatin1String("comment")).toString(),
                 QStringLiteral("Le délai est de deux mois"));
        QVERIFY(task.value(QLatin1String("synced")).toBool());

        // The supervisor fixes the article and closes the task; the agent's counter sees both.
        QCOMPARE(office
                     .run({QStringLiteral("kb"), QStringLiteral("edit"), articleId, QStringLiteral("--body"),
                           QStringLiteral("Déposer le CERFA 15652.\nDélai : deux mois.")})
                     .exitCode,
                 0);
        QCOMPARE(office
                     .run({QStringLiteral("kb"), QStringLiteral("resolve"), taskId, QStringLiteral("--note"),
                           QStringLiteral("Délai corrigé")})
                     .exitCode,
                 0);
        const CliClient::Run closed = office.sync();
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.json().value(QLatin1String("applied")).toInt(), 3);
        QCOMPARE(closed.json().value(QLatin1String("rejected")).toInt(), 0);
        QCOMPARE(counter.sync().exitCode, 0);
        QCOMPARE(counter.run({QStringLiteral("kb"), QStringLiteral("tasks")})
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 0);
        QCOMPARE(counter.run({QStringLiteral("kb"), QStringLiteral("history"), articleId})
                     .json()
                     .value(QLatin1String("revisions"))
                     .toArray()
                     .size(),
                 2);
        // Both counters hold the same synced articles, revisions and feedback.
        const QJsonObject a = digests(counter);
        const QJsonObject b = digests(office);
        for (const char *entity : {"articles", "article_versions", "article_feedback"})
            QCOMPARE(a.value(QLatin1String(entity)), b.value(QLatin1String(entity)));
    }
};

QTEST_GUILESS_MAIN(TestArticleLife)
#include "tst_articlelife.moc"
