// The supervisors' interpreter-call figures (issue 7, item 4): CallFigures over calls logged at
// several sites, in several languages and modes, on several days — each counted on its site's
// local day (the edges at local midnight, summer time, a site in another time zone), deleted
// rows left out — grouped by language, mode, site, provider and outcome, with the share reached,
// total and median minutes; and CallFiguresModel under QAbstractItemModelTester, with its CSV.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "interpreting/CallFigures.h"
#include "itemmodels/CallFiguresModel.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using guichet::testing::TestStore;

class TestCallFigures : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QHash<QString, QString> m_sites;
    LocalStore &store() { return m_test->store(); }

    void call(const char *id, const QString &site, const char *provider, const char *mode,
              const char *language, const char *startedUtc, int seconds, const char *outcome, int deleted = 0)
    {
        sql::exec(
            store().connection(),
            QStringLiteral("INSERT INTO call_logs (id, site_id, provider_id, mode, language, started_at, "
                           "duration_s, outcome, version, updated_at, deleted) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, '2026-11-23T08:00:00.000Z', ?)"),
            {QLatin1String(id), sql::nullIfEmpty(site), sql::nullIfEmpty(QLatin1String(provider)),
             QLatin1String(mode), QLatin1String(language), QLatin1String(startedUtc), seconds,
             QLatin1String(outcome), deleted});
    }

    static const CallFigures::Group *find(const CallFigures::Result &result, const QString &key)
    {
        for (const CallFigures::Group &group : result.groups)
            if (group.key == key)
                return &group;
        return nullptr;
    }

    CallFigures::Result figures(const QDate &from, const QDate &to, CallFigures::Grouping grouping,
                                const QString &site = {})
    {
        return CallFigures(store()).compute(CallFigures::Query{from, to, site, grouping});
    }

    static QDate nov(int day) { return QDate(2026, 11, day); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QTimeZone(QByteArrayLiteral("Indian/Reunion")).isValid(),
                 "the system has no time zone data");
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context,
                                 {QStringLiteral("HDV"), QStringLiteral("M1"), QStringLiteral("RUN")});
        m_sites = context.siteIdByCode;
        sql::exec(store().connection(),
                  QStringLiteral("UPDATE sites SET time_zone = 'Indian/Reunion' WHERE code = 'RUN'"));
        sql::exec(store().connection(),
                  QStringLiteral(
                      "INSERT INTO interpreter_providers (id, name, kind, modes, languages, address, "
                      "updated_at) VALUES ('p1', 'Téléphone', 'phone', '[\"foreign\"]', '[\"ar\",\"uk\"]', "
                      "'04 65 71 00 12', ?), ('p2', 'Visio LSF', 'video', '[\"lsf\"]', '[]', "
                      "'https://visio.example.org', ?)"),
                  {context.stamp, context.stamp});
        const QString hdv = m_sites.value(QStringLiteral("HDV"));
        const QString m1 = m_sites.value(QStringLiteral("M1"));
        const QString run = m_sites.value(QStringLiteral("RUN"));
        // Paris is UTC+1 in November, UTC+2 in July; La Réunion UTC+4.
        call("c1", hdv, "p1", "foreign", "ar", "2026-11-20T09:00:00Z", 600, "done");
        call("c2", hdv, "p1", "foreign", "ar", "2026-11-20T22:59:59Z", 300, "done");      // 20th, 23:59:59
        call("c3", hdv, "p1", "foreign", "ar", "2026-11-20T23:00:00Z", 120, "no_answer"); // 21st, 00:00
        call("c4", m1, "p1", "foreign", "uk", "2026-11-21T10:00:00Z", 900, "done");
        call("c5", m1, "p2", "lsf", "", "2026-11-21T14:00:00Z", 1200, "done");
        call("c6", m1, "p2", "lsf", "", "2026-11-22T08:00:00Z", 0, "failed");
        call("c7", run, "", "agent_network", "ar", "2026-11-20T20:30:00Z", 180, "done"); // 21st, 00:30 there
        call("c8", hdv, "p1", "foreign", "ar", "2026-11-23T00:30:00Z", 60, "cancelled"); // 23rd
        call("c9", hdv, "p1", "foreign", "ar", "2026-11-21T10:00:00Z", 999, "done", 1);  // deleted
        call("c10", hdv, "p1", "foreign", "ar", "2026-07-01T22:30:00Z", 240, "done");    // 2 July, 00:30
        transaction.commit();
    }

    void byLanguage()
    {
        const CallFigures::Result result = figures(nov(20), nov(22), CallFigures::Grouping::Language);
        QCOMPARE(result.groups.size(), 3);
        QCOMPARE(result.groups.at(0).key, QStringLiteral("ar")); // most calls first
        QCOMPARE(result.groups.at(1).key, QString());
        QCOMPARE(result.groups.at(2).key, QStringLiteral("uk"));
        const CallFigures::Group &ar = result.groups.at(0);
        QCOMPARE(ar.calls, 4);
        QCOMPARE(ar.reached, 3);
        QCOMPARE(ar.reachedShare(), 0.75);
        QCOMPARE(ar.totalSeconds, 1200);
        QCOMPARE(ar.totalMinutes(), 20.0);
        QCOMPARE(ar.medianMinutes(), 5.0); // 180, 300, 600 s reached
        const CallFigures::Group &none = result.groups.at(1);
        QCOMPARE(none.calls, 2);
        QCOMPARE(none.reachedShare(), 0.5);
        QCOMPARE(none.medianMinutes(), 20.0);
        QCOMPARE(result.total.calls, 7);
        QCOMPARE(result.total.reached, 5);
        QCOMPARE(result.total.totalMinutes(), 55.0);
        QCOMPARE(result.total.medianMinutes(), 10.0);
    }

    void daysAreTheSitesLocalDays()
    {
        // The 21st in Paris starts at 23:00 UTC on the 20th; at La Réunion at 20:00 UTC.
        const CallFigures::Result day21 = figures(nov(21), nov(21), CallFigures::Grouping::Language);
        QCOMPARE(day21.total.calls, 4); // c3, c4, c5, c7
        QCOMPARE(find(day21, QStringLiteral("ar"))->calls, 2);
        const CallFigures::Result day20 = figures(nov(20), nov(20), CallFigures::Grouping::Site);
        QCOMPARE(day20.total.calls, 2); // c1 and c2 (23:59:59 local)
        QCOMPARE(day20.groups.size(), 1);
        QCOMPARE(day20.groups.first().key, m_sites.value(QStringLiteral("HDV")));
        QCOMPARE(figures(nov(23), nov(23), CallFigures::Grouping::Outcome).total.calls, 1);
        // Summer time: 22:30 UTC on 1 July is 00:30 on 2 July in Paris.
        QCOMPARE(figures(QDate(2026, 7, 1), QDate(2026, 7, 1), CallFigures::Grouping::Language).total.calls,
                 0);
        QCOMPARE(figures(QDate(2026, 7, 2), QDate(2026, 7, 2), CallFigures::Grouping::Language).total.calls,
                 1);
        // No bounds: every call that is not deleted.
        QCOMPARE(figures({}, {}, CallFigures::Grouping::Mode).total.calls, 9);
        QCOMPARE(figures(nov(24), nov(30), CallFigures::Grouping::Mode).groups.size(), 0);
    }

    void byModeSiteProviderAndOutcome()
    {
        const CallFigures::Result modes = figures(nov(20), nov(22), CallFigures::Grouping::Mode);
        QCOMPARE(find(modes, QStringLiteral("foreign"))->calls, 4);
        QCOMPARE(find(modes, QStringLiteral("lsf"))->calls, 2);
        QCOMPARE(find(modes, QStringLiteral("agent_network"))->calls, 1);
        QCOMPARE(modes.groups.first().key, QStringLiteral("foreign"));

        const CallFigures::Result sites = figures(nov(20), nov(22), CallFigures::Grouping::Site);
        QCOMPARE(sites.groups.size(), 3);
        const CallFigures::Group *hdv = find(sites, m_sites.value(QStringLiteral("HDV")));
        QVERIFY(hdv);
        QCOMPARE(hdv->calls, 3);
        QCOMPARE(hdv->name, QStringLiteral("HDV"));
        QCOMPARE(find(sites, m_sites.value(QStringLiteral("M1")))->calls, 3);
        QCOMPARE(find(sites, m_sites.value(QStringLiteral("RUN")))->calls, 1);

        const CallFigures::Result providers = figures(nov(20), nov(22), CallFigures::Grouping::Provider);
        QCOMPARE(providers.groups.size(), 3);
        QCOMPARE(providers.groups.at(0).key, QStringLiteral("p1"));
        QCOMPARE(providers.groups.at(0).name, QStringLiteral("Téléphone"));
        QCOMPARE(providers.groups.at(0).calls, 4);
        QCOMPARE(providers.groups.at(1).name, QStringLiteral("Visio LSF"));
        QCOMPARE(providers.groups.at(2).key, QString()); // the city agent's call, no provider
        QCOMPARE(providers.groups.at(2).calls, 1);

        const CallFigures::Result outcomes = figures(nov(20), nov(22), CallFigures::Grouping::Outcome);
        QCOMPARE(find(outcomes, QStringLiteral("done"))->calls, 5);
        QCOMPARE(find(outcomes, QStringLiteral("done"))->reachedShare(), 1.0);
        QCOMPARE(find(outcomes, QStringLiteral("no_answer"))->calls, 1);
        QCOMPARE(find(outcomes, QStringLiteral("no_answer"))->reached, 0);
        QCOMPARE(find(outcomes, QStringLiteral("no_answer"))->medianSeconds, 0.0);
        QCOMPARE(find(outcomes, QStringLiteral("failed"))->calls, 1);
        QVERIFY(!find(outcomes, QStringLiteral("cancelled"))); // the 23rd

        // One site only; an even number of reached calls: the median is between the middle two.
        const CallFigures::Result m1 =
            figures(nov(20), nov(22), CallFigures::Grouping::Outcome, m_sites.value(QStringLiteral("M1")));
        QCOMPARE(m1.total.calls, 3);
        QCOMPARE(find(m1, QStringLiteral("done"))->calls, 2);
        QCOMPARE(find(m1, QStringLiteral("done"))->medianMinutes(), 17.5); // 900 and 1200 s
        QCOMPARE(find(m1, QStringLiteral("failed"))->calls, 1);
    }

    void groupingNames()
    {
        for (CallFigures::Grouping grouping : CallFigures::groupings()) {
            bool ok = false;
            QCOMPARE(CallFigures::groupingFromName(CallFigures::groupingName(grouping), &ok), grouping);
            QVERIFY(ok);
        }
        bool ok = true;
        CallFigures::groupingFromName(QStringLiteral("weather"), &ok);
        QVERIFY(!ok);
    }

    void modelShowsTheFiguresAndExportsThem()
    {
        CallFiguresModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(CallFigures::Query{nov(20), nov(22), {}, CallFigures::Grouping::Language});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CallFiguresModel::ColumnCount));
        const QModelIndex ar = model.index(0, CallFiguresModel::GroupColumn);
        QCOMPARE(ar.data(CallFiguresModel::KeyRole).toString(), QStringLiteral("ar"));
        QCOMPARE(ar.data().toString(), QStringLiteral("العربية — arabe"));
        QCOMPARE(ar.data(CallFiguresModel::CallsRole).toInt(), 4);
        QCOMPARE(ar.data(CallFiguresModel::ReachedShareRole).toDouble(), 0.75);
        QCOMPARE(model.index(0, CallFiguresModel::CallsColumn).data().toInt(), 4);
        QVERIFY(model.index(0, CallFiguresModel::ReachedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("75")));
        QCOMPARE(model.index(1, CallFiguresModel::GroupColumn).data().toString(),
                 QStringLiteral("No language (sign language, transcription)"));
        QCOMPARE(model.headerData(CallFiguresModel::GroupColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Language"));
        QCOMPARE(model.totals().calls, 7);

        const QList<QByteArray> lines = model.csv().split('\n');
        QCOMPARE(lines.size(), 6); // header, three groups, total, and the empty rest after the last CRLF
        QCOMPARE(
            lines.at(0).trimmed(),
            QByteArray(
                "language,label,calls,reached,reached_share,total_minutes,median_minutes,from,to,site_id"));
        QCOMPARE(QString::fromUtf8(lines.at(1).trimmed()),
                 QStringLiteral("ar,العربية — arabe,4,3,0.750,20.0,5.0,2026-11-20,2026-11-22,"));
        QCOMPARE(lines.at(4).trimmed(), QByteArray("total,Total,7,5,0.714,55.0,10.0,2026-11-20,2026-11-22,"));

        model.setQuery(CallFigures::Query{nov(20), nov(22), {}, CallFigures::Grouping::Provider});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Téléphone"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("No service (a city agent or none)"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Interpreting service"));
        model.setQuery(CallFigures::Query{nov(20), nov(22), {}, CallFigures::Grouping::Mode});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Foreign language"));
        model.setQuery(CallFigures::Query{nov(20), nov(22), {}, CallFigures::Grouping::Outcome});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Done"));

        // A call logged (or synced) later: the model follows the store.
        {
            Transaction transaction(store().connection());
            call("c11", m_sites.value(QStringLiteral("M1")), "p1", "foreign", "uk", "2026-11-22T09:00:00Z",
                 60, "closed");
            transaction.commit();
        }
        store().notifyChanged(QStringLiteral("call_logs"));
        QCOMPARE(model.totals().calls, 8);
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCallFigures)
#include "tst_callfigures.moc"
