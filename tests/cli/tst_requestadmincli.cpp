// guichet-cli requests purge | requests retention [--days N], black-box: the counts it prints,
// the setting shown and changed, --json and plain text, --help, and the exit codes of DESIGN §11
// (0 success, 1 failure with one line on stderr, 2 usage). The store is prepared here with dates
// relative to the real today (guichet-cli runs on the system clock).
#include "ProcessRun.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::ProcessRun;

namespace {

QString daysAgo(int days)
{
    return timefmt::toStore(QDateTime::currentDateTimeUtc().addDays(-days));
}

void insertRequest(const QSqlDatabase &db, const QString &id, const QString &status, int ageDays, int events)
{
    const QString created = daysAgo(ageDays);
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO requests (id, reference, channel, requester_name, subject, status, due_date, "
                  "created_at, version, updated_at) VALUES (?, ?, 'email', ?, 'Objet', ?, ?, ?, 1, ?)"),
              {id, QStringLiteral("CLI-") + id, QStringLiteral("Usager ") + id, status, created.left(10), created,
               created});
    for (int i = 0; i < events; ++i)
        sql::exec(db,
                  QStringLiteral("INSERT INTO request_events (id, request_id, kind, at, version, updated_at) "
                                 "VALUES (?, ?, 'note', ?, 1, ?)"),
                  {id + QStringLiteral("-e%1").arg(i), id, daysAgo(ageDays - i), daysAgo(ageDays - i)});
}

} // namespace

class TestRequestAdminCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    ProcessRun cli(const QStringList &arguments, bool json = true) const
    {
        QStringList all{QStringLiteral("--store"), m_store};
        if (json)
            all << QStringLiteral("--json");
        return guichet::testing::runProcess(QStringLiteral(GUICHET_CLI_PATH), all + arguments);
    }
    qint64 count(const QString &table) const
    {
        LocalStore store(m_store);
        store.open(LocalStore::IntegrityCheck::Skip);
        return sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("counter.sqlite"));
        LocalStore store(m_store);
        store.open();
        QSqlDatabase db = store.connection();
        Transaction transaction(db);
        insertRequest(db, QStringLiteral("old-closed"), QStringLiteral("closed"), 500, 2);
        insertRequest(db, QStringLiteral("old-open"), QStringLiteral("in_progress"), 500, 2);
        insertRequest(db, QStringLiteral("mid-answered"), QStringLiteral("answered"), 120, 3);
        insertRequest(db, QStringLiteral("recent-closed"), QStringLiteral("closed"), 10, 1);
        sql::exec(db,
                  QStringLiteral("INSERT INTO record_openings (id, request_id, opened_at, updated_at) VALUES "
                                 "('opening-old', 'old-closed', ?, ?), ('opening-new', 'old-open', ?, ?)"),
                  {daysAgo(499), daysAgo(499), daysAgo(1), daysAgo(1)});
        transaction.commit();
    }

    void showsTheDefaultWindow()
    {
        const ProcessRun run = cli({QStringLiteral("requests"), QStringLiteral("retention")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("retention_days")).toInt(), 365);
        QCOMPARE(json.value(QLatin1String("default")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("changed")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("min_days")).toInt(), 30);
        QCOMPARE(json.value(QLatin1String("max_days")).toInt(), 3650);
        const QDate cutoff = QDate::fromString(json.value(QLatin1String("cutoff")).toString(), Qt::ISODate);
        QCOMPARE(cutoff, SystemClock::instance().todayIn(defaultTimeZone()).addDays(-365));

        const ProcessRun text = cli({QStringLiteral("requests"), QStringLiteral("retention")}, false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("365 days (the default)"), text.out.constData());
    }

    void purgesWithinTheWindowAndCounts()
    {
        const ProcessRun run = cli({QStringLiteral("requests"), QStringLiteral("purge")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("requests")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("events")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("record_openings")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("retention_days")).toInt(), 365);
        QVERIFY(json.contains(QLatin1String("elapsed_ms")));
        QCOMPARE(count(QStringLiteral("requests")), 3);
        QCOMPARE(count(QStringLiteral("request_events")), 6);
        QCOMPARE(count(QStringLiteral("outbox")), 0); // nothing is sent: the server keeps everything

        const ProcessRun again = cli({QStringLiteral("requests"), QStringLiteral("purge")}, false);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("Purged 0 request(s) with 0 event(s) and 0 record opening(s)"),
                 again.out.constData());
    }

    void setsTheWindow()
    {
        for (const QString &bad : {QStringLiteral("10"), QStringLiteral("3651"), QStringLiteral("abc")}) {
            const ProcessRun refused =
                cli({QStringLiteral("requests"), QStringLiteral("retention"), QStringLiteral("--days"), bad});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("between 30 and 3650"), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
        }
        QCOMPARE(cli({QStringLiteral("requests"), QStringLiteral("retention")}).json().value(QLatin1String("retention_days")).toInt(),
                 365); // unchanged by the refusals

        const ProcessRun set = cli({QStringLiteral("requests"), QStringLiteral("retention"), QStringLiteral("--days"),
                                    QStringLiteral("90")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.json().value(QLatin1String("retention_days")).toInt(), 90);
        QCOMPARE(set.json().value(QLatin1String("changed")).toBool(), true);
        QCOMPARE(set.json().value(QLatin1String("default")).toBool(), false);

        const ProcessRun purge = cli({QStringLiteral("requests"), QStringLiteral("purge")});
        QCOMPARE(purge.exitCode, 0);
        QCOMPARE(purge.json().value(QLatin1String("requests")).toInt(), 1); // answered 120 days ago
        QCOMPARE(purge.json().value(QLatin1String("events")).toInt(), 3);
        QCOMPARE(purge.json().value(QLatin1String("retention_days")).toInt(), 90);
        QCOMPARE(count(QStringLiteral("requests")), 2); // the open one, the recent one

        const ProcessRun text = cli({QStringLiteral("requests"), QStringLiteral("retention")}, false);
        QVERIFY2(text.out.contains("kept 90 days:"), text.out.constData());
    }

    void helpAndUsage()
    {
        for (const QString &sub : {QStringLiteral("purge"), QStringLiteral("retention")}) {
            const ProcessRun help = cli({QStringLiteral("requests"), sub, QStringLiteral("--help")}, false);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith("Usage: guichet-cli [--store PATH] [--json] requests " + sub.toUtf8()),
                     help.out.constData());
        }
        const ProcessRun extra = cli({QStringLiteral("requests"), QStringLiteral("purge"), QStringLiteral("now")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(extra.err.contains("unexpected argument 'now'"));
        QCOMPARE(cli({QStringLiteral("requests"), QStringLiteral("purge"), QStringLiteral("--force")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("requests"), QStringLiteral("retention"), QStringLiteral("--days")}).exitCode, 2);
    }

    void failsWithOneLine()
    {
        // A store that cannot be opened: a failure (1), one line on stderr, nothing on stdout.
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a folder");
        plain.close();
        const ProcessRun run = guichet::testing::runProcess(
            QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--store"), file + QStringLiteral("/store.sqlite"),
                                               QStringLiteral("--json"), QStringLiteral("requests"),
                                               QStringLiteral("purge")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QVERIFY(run.err.startsWith("guichet-cli: "));
    }
};

QTEST_GUILESS_MAIN(TestRequestAdminCli)
#include "tst_requestadmincli.moc"
