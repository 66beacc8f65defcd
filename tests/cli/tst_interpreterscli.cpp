// guichet-cli interpreters languages | call | providers | stats, black-box, on the demo city's
// sites, agents and example interpreting services: the languages with their own and French names
// and the services for each; a call logged with its outbox mutation (the first service for the
// mode, language and site when none is given); bad modes, outcomes and languages exit 2 (usage)
// or 1 (failure) with a one-line reason and write nothing; stats count what was logged.
#include "DemoTestContext.h"
#include "ProcessRun.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

class TestInterpretersCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_site;

    ProcessRun cli(const QStringList &arguments, bool json = true) const
    {
        QStringList all{QStringLiteral("--store"), m_test->path()};
        if (json)
            all << QStringLiteral("--json");
        return runProcess(QStringLiteral(GUICHET_CLI_PATH),
                          all + QStringList{QStringLiteral("interpreters")} + arguments);
    }
    qint64 calls() const
    {
        return sql::scalar(m_test->store().connection(), QStringLiteral("SELECT count(*) FROM call_logs"))
            .toLongLong();
    }
    int outbox() const { return OutboxRepository(m_test->store()).count(); }

    // Exits with `code`, one line on stderr containing `message`, nothing written.
    void expectRefused(const QStringList &arguments, int code, const char *message)
    {
        const qint64 before = calls();
        const int queued = outbox();
        const ProcessRun run = cli(arguments);
        QVERIFY2(run.exitCode == code, qPrintable(QStringLiteral("%1: exit %2, %3")
                                                      .arg(arguments.join(QLatin1Char(' ')))
                                                      .arg(run.exitCode)
                                                      .arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.err.startsWith("guichet-cli: "));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(calls(), before);
        QCOMPARE(outbox(), queued);
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext demo = demoContextFor(*m_test);
        Transaction transaction(m_test->store().connection());
        generateSitesAgentsServices(demo);
        generateInterpreterProviders(demo);
        m_site = demo.siteIdByCode.value(QStringLiteral("HDV"), demo.siteIds.first());
        SyncStateRepository::setValue(demo.db, SyncStateRepository::CurrentSite, m_site);
        transaction.commit();
    }

    void answersHelp()
    {
        const ProcessRun group = cli({QStringLiteral("--help")}, false);
        QCOMPARE(group.exitCode, 0);
        for (const char *sub : {"languages", "call", "providers", "stats"})
            QVERIFY2(group.out.contains(sub), sub);
        const ProcessRun call = cli({QStringLiteral("call"), QStringLiteral("--help")}, false);
        QCOMPARE(call.exitCode, 0);
        for (const char *option : {"--mode", "--language", "--provider", "--site", "--duration", "--outcome"})
            QVERIFY2(call.out.contains(option), option);
        const ProcessRun top = runProcess(QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(top.out.contains("interpreters languages"));
        QVERIFY(top.out.contains("interpreters stats"));
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("dial")}).exitCode, 2);
    }

    void listsLanguagesWithTheirNamesAndServices()
    {
        const ProcessRun run = cli({QStringLiteral("languages")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("foreign"));
        QJsonObject arabic;
        for (const QJsonValue &value : json.value(QLatin1String("languages")).toArray())
            if (value.toObject().value(QLatin1String("code")).toString() == QLatin1String("ar"))
                arabic = value.toObject();
        QVERIFY(!arabic.isEmpty());
        QCOMPARE(arabic.value(QLatin1String("native")).toString(), QStringLiteral("العربية"));
        QCOMPARE(arabic.value(QLatin1String("french")).toString(), QStringLiteral("arabe"));
        QVERIFY(!arabic.value(QLatin1String("providers")).toArray().isEmpty());
        QVERIFY(json.value(QLatin1String("count")).toInt() > 20);

        const ProcessRun text = cli({QStringLiteral("languages")}, false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("ar  العربية — arabe"), text.out.constData());

        const ProcessRun lsf = cli({QStringLiteral("languages"), QStringLiteral("--mode"),
                                    QStringLiteral("lsf"), QStringLiteral("--site"), QStringLiteral("HDV")});
        QCOMPARE(lsf.exitCode, 0);
        QCOMPARE(lsf.json().value(QLatin1String("count")).toInt(), 0);
        QCOMPARE(lsf.json().value(QLatin1String("providers")).toArray().size(), 2);

        expectRefused({QStringLiteral("languages"), QStringLiteral("--mode"), QStringLiteral("klingon")}, 2,
                      "unknown mode 'klingon'");
        expectRefused({QStringLiteral("languages"), QStringLiteral("--site"), QStringLiteral("Z9")}, 1,
                      "unknown site 'Z9'");
    }

    void logsACallWithItsOutboxMutation()
    {
        const qint64 before = calls();
        const int queued = outbox();
        const ProcessRun run =
            cli({QStringLiteral("call"), QStringLiteral("--mode"), QStringLiteral("foreign"),
                 QStringLiteral("--language"), QStringLiteral("AR"), QStringLiteral("--duration"),
                 QStringLiteral("540")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        const QString id = json.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(calls(), before + 1);
        QCOMPARE(outbox(), queued + 1);
        const Mutation mutation = OutboxRepository(m_test->store()).pending(1000).last();
        QCOMPARE(mutation.entity, QStringLiteral("call_logs"));
        QCOMPARE(mutation.entityId, id);
        // The first service for Arabic at this counter's site.
        const QString expected = InterpreterRepository(m_test->store())
                                     .providers(InterpretingMode::Foreign, QStringLiteral("ar"), m_site)
                                     .first()
                                     .id;
        QSqlQuery row =
            sql::exec(m_test->store().connection(),
                      QStringLiteral("SELECT provider_id, site_id, language, duration_s, outcome, mode "
                                     "FROM call_logs WHERE id = ?"),
                      {id});
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), expected);
        QCOMPARE(row.value(1).toString(), m_site);
        QCOMPARE(row.value(2).toString(), QStringLiteral("ar"));
        QCOMPARE(row.value(3).toInt(), 540);
        QCOMPARE(row.value(4).toString(), QStringLiteral("done"));
        QCOMPARE(row.value(5).toString(), QStringLiteral("foreign"));
        row.finish(); // no read left open: the next CLI run's call must be seen

        // Without --json: the call's id, alone.
        const QString lsfProvider =
            InterpreterRepository(m_test->store()).providers(InterpretingMode::Lsf, {}, m_site).first().id;
        const ProcessRun text = cli({QStringLiteral("call"), QStringLiteral("--mode"), QStringLiteral("lsf"),
                                     QStringLiteral("--provider"), lsfProvider, QStringLiteral("--outcome"),
                                     QStringLiteral("no_answer")},
                                    false);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString printed = QString::fromUtf8(text.out).trimmed();
        QCOMPARE(sql::scalar(m_test->store().connection(),
                             QStringLiteral("SELECT outcome FROM call_logs WHERE id = ? AND provider_id = ?"),
                             {printed, lsfProvider})
                     .toString(),
                 QStringLiteral("no_answer"));
        QCOMPARE(outbox(), queued + 2);
    }

    void refusesBadCalls()
    {
        const QString mode = QStringLiteral("--mode");
        const QString language = QStringLiteral("--language");
        expectRefused({QStringLiteral("call")}, 2, "--mode is needed");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("telepathy")}, 2,
                      "unknown mode 'telepathy'");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("foreign"), language,
                       QStringLiteral("ar"), QStringLiteral("--outcome"), QStringLiteral("great")},
                      2, "unknown outcome 'great'");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("foreign")}, 2, "--language is needed");
        expectRefused(
            {QStringLiteral("call"), mode, QStringLiteral("foreign"), language, QStringLiteral("xx")}, 2,
            "'xx' is not an ISO 639-1 language code");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("lsf"), language, QStringLiteral("ar")},
                      2, "--language goes with");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("foreign"), language,
                       QStringLiteral("ar"), QStringLiteral("--duration"), QStringLiteral("-5")},
                      2, "--duration");
        // Known language, but nobody interprets it: a failure, not a usage error.
        expectRefused(
            {QStringLiteral("call"), mode, QStringLiteral("foreign"), language, QStringLiteral("ab")}, 1,
            "no interpreting service offers foreign in ab");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("foreign"), language,
                       QStringLiteral("ar"), QStringLiteral("--provider"),
                       QStringLiteral("no-such-provider")},
                      1, "no interpreting service has the id 'no-such-provider'");
        expectRefused({QStringLiteral("call"), mode, QStringLiteral("foreign"), language,
                       QStringLiteral("ar"), QStringLiteral("--site"), QStringLiteral("Z9")},
                      1, "unknown site 'Z9'");
    }

    void listsProviders()
    {
        const ProcessRun run = cli({QStringLiteral("providers")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray providers = run.json().value(QLatin1String("providers")).toArray();
        QCOMPARE(providers.size(), InterpreterRepository(m_test->store()).all().size());
        for (const QJsonValue &value : providers) {
            QVERIFY(value.toObject().value(QLatin1String("is_example")).toBool());
            QVERIFY(!value.toObject().value(QLatin1String("address")).toString().isEmpty());
        }
    }

    void statsCountWhatWasLogged()
    {
        for (const char *code : {"uk", "uk", "ps"})
            QCOMPARE(cli({QStringLiteral("call"), QStringLiteral("--mode"), QStringLiteral("foreign"),
                          QStringLiteral("--language"), QLatin1String(code), QStringLiteral("--duration"),
                          QStringLiteral("120"), QStringLiteral("--outcome"),
                          QLatin1String(code) == QLatin1String("ps") ? QStringLiteral("failed")
                                                                     : QStringLiteral("done")})
                         .exitCode,
                     0);
        const ProcessRun run =
            cli({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("language")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("calls")).toInt(), int(calls()));
        QCOMPARE(json.value(QLatin1String("by")).toString(), QStringLiteral("language"));
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue &value : json.value(QLatin1String("groups")).toArray())
            byKey.insert(value.toObject().value(QLatin1String("key")).toString(), value.toObject());
        QCOMPARE(byKey.value(QStringLiteral("uk")).value(QLatin1String("calls")).toInt(), 2);
        QCOMPARE(byKey.value(QStringLiteral("uk")).value(QLatin1String("total_minutes")).toDouble(), 4.0);
        QCOMPARE(byKey.value(QStringLiteral("uk")).value(QLatin1String("median_minutes")).toDouble(), 2.0);
        QCOMPARE(byKey.value(QStringLiteral("ps")).value(QLatin1String("reached_share")).toDouble(), 0.0);
        QCOMPARE(byKey.value(QStringLiteral("ar")).value(QLatin1String("calls")).toInt(), 1);
        QCOMPARE(byKey.value(QStringLiteral("ar")).value(QLatin1String("label")).toString(),
                 QStringLiteral("العربية — arabe"));

        const ProcessRun outcomes =
            cli({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("outcome"),
                 QStringLiteral("--site"), QStringLiteral("HDV")});
        QCOMPARE(outcomes.exitCode, 0);
        int failed = 0;
        for (const QJsonValue &value : outcomes.json().value(QLatin1String("groups")).toArray())
            if (value.toObject().value(QLatin1String("key")).toString() == QLatin1String("failed"))
                failed = value.toObject().value(QLatin1String("calls")).toInt();
        QCOMPARE(failed, 1);
        // A range before any call: nothing.
        const ProcessRun old =
            cli({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2001-01-31")});
        QCOMPARE(old.exitCode, 0);
        QCOMPARE(old.json().value(QLatin1String("calls")).toInt(), 0);

        expectRefused({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("weather")}, 2,
                      "unknown grouping 'weather'");
        expectRefused({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("yesterday")}, 2,
                      "is not a date");
        expectRefused({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-01-01")},
                      2, "--from comes after --to");
    }
};

QTEST_GUILESS_MAIN(TestInterpretersCli)
#include "tst_interpreterscli.moc"
