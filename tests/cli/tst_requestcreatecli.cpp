// guichet-cli requests create, black-box, on the demo city's knowledge base: the new options
// (--category, --description, --address, --consent, --attachment …), the competent service routed
// from the subject when --service is not given (and said so), a service given by name, and bad
// input — no subject, no name, an invalid e-mail or phone, an unknown service — exits 1 with a
// one-line reason on stderr and writes nothing (no request, no event, no outbox entry).
#include "DemoTestContext.h"
#include "ProcessRun.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

class TestRequestCreateCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;

    ProcessRun cli(const QStringList &arguments, bool json = true) const
    {
        QStringList all{QStringLiteral("--store"), m_test->path()};
        if (json)
            all << QStringLiteral("--json");
        return runProcess(QStringLiteral(GUICHET_CLI_PATH),
                          all + QStringList{QStringLiteral("requests"), QStringLiteral("create")} + arguments);
    }
    qint64 count(const QString &table) const
    {
        return sql::scalar(m_test->store().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext demo = demoContextFor(*m_test);
        Transaction transaction(m_test->store().connection());
        generateSitesAgentsServices(demo);
        generateCityArticles(demo);
        generateRequests(demo);
        SyncStateRepository::setValue(demo.db, SyncStateRepository::CurrentSite, demo.siteIds.first());
        transaction.commit();
    }

    void helpListsTheOptions()
    {
        const ProcessRun help = cli({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--category", "--description", "--address", "--consent", "--attachment",
                                   "--service", "--channel"})
            QVERIFY2(help.out.contains(option), option);
    }

    void routesFromTheSubject()
    {
        const ProcessRun run = cli({QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--subject"),
                                    QStringLiteral("nid de poule devant chez moi"), QStringLiteral("--name"),
                                    QStringLiteral("VERNIER Odile"), QStringLiteral("--phone"),
                                    QStringLiteral("0612345678"), QStringLiteral("--email"),
                                    QStringLiteral("Odile.Vernier@example.org"), QStringLiteral("--category"),
                                    QStringLiteral("Voirie"), QStringLiteral("--description"),
                                    QStringLiteral("Trou profond côté impair"), QStringLiteral("--address"),
                                    QStringLiteral("4 rue Ney, 69006 Lyon"), QStringLiteral("--consent"),
                                    QStringLiteral("--attachment"), QStringLiteral("Photo du 12/11"),
                                    QStringLiteral("--attachment"), QStringLiteral("COUR-2026-118")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("competent_service")).toString(),
                 QStringLiteral("Métropole – service Voirie (signalements)"));
        QCOMPARE(json.value(QLatin1String("competence")).toString(), QStringLiteral("metropole"));
        QVERIFY(json.value(QLatin1String("routed")).toBool());
        QVERIFY(json.value(QLatin1String("service_contact")).toString().contains(QLatin1String("04 65 71 20 10")));
        const QJsonArray routing = json.value(QLatin1String("routing")).toArray();
        QVERIFY(!routing.isEmpty());
        QCOMPARE(routing.first().toObject().value(QLatin1String("article_id")).toString(),
                 json.value(QLatin1String("article_id")).toString());
        QCOMPARE(json.value(QLatin1String("requester_phone")).toString(), QStringLiteral("06 12 34 56 78"));

        QSqlQuery row = sql::exec(m_test->store().connection(),
                                  QStringLiteral("SELECT category, description, requester_address, consent, "
                                                 "attachments, requester_email, channel, competent_service "
                                                 "FROM requests WHERE id = ?"),
                                  {json.value(QLatin1String("id")).toString()});
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("Voirie"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("Trou profond côté impair"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("4 rue Ney, 69006 Lyon"));
        QCOMPARE(row.value(3).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(row.value(4).toString().toUtf8()).array(),
                 (QJsonArray{QStringLiteral("Photo du 12/11"), QStringLiteral("COUR-2026-118")}));
        QCOMPARE(row.value(5).toString(), QStringLiteral("odile.vernier@example.org"));
        QCOMPARE(row.value(6).toString(), QStringLiteral("phone"));

        // Without --json: the service and where it came from, said in words.
        const ProcessRun text = cli({QStringLiteral("--subject"), QStringLiteral("lampadaire en panne"),
                                     QStringLiteral("--name"), QStringLiteral("VERNIER Odile")},
                                    false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("service: Service de l'éclairage public (ville), routed from the subject by "
                                   "V-eclairage-public"),
                 text.out.constData());
        QVERIFY(text.out.contains("contact: "));
    }

    void takesTheServiceGiven()
    {
        const ProcessRun run = cli({QStringLiteral("--subject"), QStringLiteral("nid de poule"), QStringLiteral("--name"),
                                    QStringLiteral("VERNIER Odile"), QStringLiteral("--service"),
                                    QStringLiteral("ccas - accueil social")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("competent_service")).toString(), QStringLiteral("CCAS – accueil social"));
        QCOMPARE(json.value(QLatin1String("competence")).toString(), QStringLiteral("ccas"));
        QVERIFY(!json.value(QLatin1String("routed")).toBool());
        QVERIFY(json.value(QLatin1String("service_contact")).toString().contains(QLatin1String("04 65 71 40 00")));
    }

    void badInputExitsOneAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QString name = QStringLiteral("--name");
        const QString subject = QStringLiteral("--subject");
        QTest::newRow("empty subject") << QStringList{subject, QStringLiteral("  "), name, QStringLiteral("X")}
                                       << QStringLiteral("subject is missing");
        QTest::newRow("no subject") << QStringList{name, QStringLiteral("X")} << QStringLiteral("subject is missing");
        QTest::newRow("no name") << QStringList{subject, QStringLiteral("Lampadaire")}
                                 << QStringLiteral("name is missing");
        QTest::newRow("invalid email") << QStringList{subject, QStringLiteral("Lampadaire"), name, QStringLiteral("X"),
                                                      QStringLiteral("--email"), QStringLiteral("x@y")}
                                       << QStringLiteral("e-mail address “x@y” is not valid");
        QTest::newRow("invalid phone") << QStringList{subject, QStringLiteral("Lampadaire"), name, QStringLiteral("X"),
                                                      QStringLiteral("--phone"), QStringLiteral("06 12")}
                                       << QStringLiteral("phone number “06 12” is not valid");
        QTest::newRow("unknown service") << QStringList{subject, QStringLiteral("Lampadaire"), name,
                                                        QStringLiteral("X"), QStringLiteral("--service"),
                                                        QStringLiteral("Service des licornes")}
                                         << QStringLiteral("Unknown service “Service des licornes”");
        QTest::newRow("empty attachment") << QStringList{subject, QStringLiteral("Lampadaire"), name,
                                                         QStringLiteral("X"), QStringLiteral("--attachment"),
                                                         QString()}
                                          << QStringLiteral("Attachment 1 is empty");
    }

    void badInputExitsOneAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        const qint64 requests = count(QStringLiteral("requests"));
        const qint64 events = count(QStringLiteral("request_events"));
        const qint64 outbox = count(QStringLiteral("outbox"));
        const ProcessRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.contains(words), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one line
        QCOMPARE(count(QStringLiteral("requests")), requests);
        QCOMPARE(count(QStringLiteral("request_events")), events);
        QCOMPARE(count(QStringLiteral("outbox")), outbox);
    }

    void anUnknownChannelIsAUsageError()
    {
        const qint64 requests = count(QStringLiteral("requests"));
        const ProcessRun run = cli({QStringLiteral("--channel"), QStringLiteral("pigeon"), QStringLiteral("--subject"),
                                    QStringLiteral("Lampadaire"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown channel 'pigeon'"));
        QCOMPARE(count(QStringLiteral("requests")), requests);
    }
};

QTEST_GUILESS_MAIN(TestRequestCreateCli)
#include "tst_requestcreatecli.moc"
