// guichet-cli, black-box: the command-line contract of DESIGN §11 (exit codes, --json, --help,
// one-line reasons) for init, info and kb.
#include "ProcessRun.h"
#include "TestStore.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = guichet::testing::ProcessRun;

Run cli(const QStringList &arguments)
{
    return guichet::testing::runProcess(QStringLiteral(GUICHET_CLI_PATH), arguments);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString store(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void helpAndUsageErrors()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("init"));
        QVERIFY(help.out.contains("kb search"));

        const Run initHelp = cli({QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(initHelp.exitCode, 0);
        QVERIFY(initHelp.out.contains("--demo"));

        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));

        const Run badOption = cli({QStringLiteral("--store"), store(QStringLiteral("x.sqlite")),
                                   QStringLiteral("init"), QStringLiteral("--size"), QStringLiteral("huge")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(!QFile::exists(store(QStringLiteral("x.sqlite"))));

        const Run none = cli({});
        QCOMPARE(none.exitCode, 2);
    }

    void failuresSayWhyOnOneLine()
    {
        const Run missing = cli({QStringLiteral("--store"), store(QStringLiteral("absent.sqlite")),
                                 QStringLiteral("info")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("init"));
        QCOMPARE(missing.err.trimmed().count('\n'), 0);

        const Run unwritable = cli({QStringLiteral("--store"), QStringLiteral("/proc/self/nope/store.sqlite"),
                                    QStringLiteral("init")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("/proc/self/nope"), unwritable.err.constData());
        QCOMPARE(unwritable.err.trimmed().count('\n'), 0);
    }

    void initDemoThenInfo()
    {
        const QString path = store(QStringLiteral("demo.sqlite"));
        const Run init = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("init"),
                              QStringLiteral("--demo"), QStringLiteral("--no-kb"), QStringLiteral("--seed"),
                              QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-23")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QJsonObject demo = init.json().value(QStringLiteral("demo")).toObject();
        const QJsonObject rows = demo.value(QStringLiteral("rows")).toObject();
        QCOMPARE(rows.value(QStringLiteral("sites")).toInt(), 10);
        QVERIFY(rows.value(QStringLiteral("agents")).toInt() >= 35);
        QVERIFY(rows.value(QStringLiteral("services")).toInt() >= 10);
        QVERIFY(rows.value(QStringLiteral("appointments")).toInt() > 1000);
        QVERIFY(rows.value(QStringLiteral("articles")).toInt() >= 90);
        QVERIFY(rows.value(QStringLiteral("requests")).toInt() >= 1800);
        QVERIFY(rows.value(QStringLiteral("interpreter_providers")).toInt() >= 3);

        const Run info = cli({QStringLiteral("--store"), path, QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject json = info.json();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(),
                 guichet::Migrator(guichet::localStoreMigrations()).latestVersion());
        QCOMPARE(json.value(QStringLiteral("outbox")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("sites")).toInt(), 10);
        const QJsonObject digests = json.value(QStringLiteral("digests")).toObject();
        QCOMPARE(digests.value(QStringLiteral("requests")).toString().size(), 64);

        // A second demo into the same store is refused and changes nothing.
        const Run again = cli({QStringLiteral("--store"), path, QStringLiteral("init"), QStringLiteral("--demo"),
                               QStringLiteral("--no-kb")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already"));
        const Run after = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(after.json().value(QStringLiteral("digests")), json.value(QStringLiteral("digests")));
    }

    void demoIsDeterministicForASeedAndDay()
    {
        QJsonObject digests[3];
        const QStringList seeds{QStringLiteral("11"), QStringLiteral("11"), QStringLiteral("12")};
        for (int i = 0; i < 3; ++i) {
            const QString path = store(QStringLiteral("det-%1.sqlite").arg(i));
            const Run init = cli({QStringLiteral("--store"), path, QStringLiteral("init"), QStringLiteral("--demo"),
                                  QStringLiteral("--no-kb"), QStringLiteral("--seed"), seeds.at(i),
                                  QStringLiteral("--today"), QStringLiteral("2026-11-23")});
            QVERIFY2(init.exitCode == 0, init.err.constData());
            const Run info = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("info")});
            digests[i] = info.json().value(QStringLiteral("digests")).toObject();
            QVERIFY(!digests[i].isEmpty());
        }
        QCOMPARE(digests[0], digests[1]);
        QVERIFY(digests[0].value(QStringLiteral("requests")) != digests[2].value(QStringLiteral("requests")));
        QVERIFY(digests[0].value(QStringLiteral("appointments")) != digests[2].value(QStringLiteral("appointments")));
    }

    void demoImportsTheServicePublicFiches()
    {
        const QString kb = guichet::testing::kbDir();
        if (kb.isEmpty())
            QSKIP("../shared/data/kb is absent: the Service-Public import is not tested here");
        const QString path = store(QStringLiteral("with-kb.sqlite"));
        const Run init = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("init"),
                              QStringLiteral("--demo"), QStringLiteral("--kb-dir"), kb});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QCOMPARE(init.json().value(QStringLiteral("demo")).toObject().value(QStringLiteral("service_public_fiches")).toInt(),
                 2897);
        const Run search = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("kb"),
                                QStringLiteral("search"), QStringLiteral("carte identité mineur")});
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QVERIFY2(search.out.contains("F1342") || search.out.contains("F21090"), search.out.left(2000).constData());
    }

    void malformedImportNamesTheLineAndImportsNothing()
    {
        const QString path = store(QStringLiteral("import.sqlite"));
        QVERIFY(cli({QStringLiteral("--store"), path, QStringLiteral("init")}).exitCode == 0);
        const QString file = m_dir.filePath(QStringLiteral("bad.jsonl"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"id": "F1", "title": "Une fiche", "body": "Texte", "modified": "2020-01-01"})" "\n");
            f.write(R"({"id": "F2", "title": "Deux", "body": )" "\n");
        }
        const Run import = cli({QStringLiteral("--store"), path, QStringLiteral("kb"), QStringLiteral("import"), file});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("line 2"), import.err.constData());
        const Run info = cli({QStringLiteral("--store"), path, QStringLiteral("--json"), QStringLiteral("info"),
                              QStringLiteral("--no-digests")});
        QCOMPARE(info.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("articles")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
