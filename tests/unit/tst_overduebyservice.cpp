// The supervisors' overdue requests by service (OverdueByServiceModel) under
// QAbstractItemModelTester: counts by service, working-day delays across a public holiday and a
// weekend, the order of services and of their requests, "today" in the city's time zone from the
// injected clock, and the reload when requests change.
#include "TestStore.h"
#include "itemmodels/OverdueByServiceModel.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace guichet;
using guichet::testing::TestStore;
using Model = OverdueByServiceModel;

namespace {

// TestStore's today: Monday 23 November 2026 (Paris). Wednesday 11 November is a public holiday.
void insertRequest(LocalStore &store, const QString &id, const QString &service, const QString &competence,
                   const QString &status, const QString &due, bool deleted = false)
{
    sql::exec(store.connection(),
              QStringLiteral(
                  "INSERT INTO requests (id, reference, channel, requester_name, subject, competence, "
                  "competent_service, status, due_date, created_at, version, updated_at, deleted) "
                  "VALUES (?, ?, 'phone', ?, ?, ?, ?, ?, ?, '2026-10-01T08:00:00Z', 1, "
                  "'2026-10-01T08:00:00.000Z', ?)"),
              {id, QStringLiteral("REF-") + id.toUpper(), QStringLiteral("Usager ") + id,
               QStringLiteral("Objet ") + id, competence, service.isNull() ? QStringLiteral("") : service, status,
               due, deleted ? 1 : 0});
}

void seed(LocalStore &store)
{
    Transaction transaction(store.connection());
    // Voirie: three overdue (one of each open status), one due today, one closed, one in the future.
    insertRequest(store, QStringLiteral("v1"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("new"), QStringLiteral("2026-11-10"));
    insertRequest(store, QStringLiteral("v2"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("in_progress"), QStringLiteral("2026-11-20"));
    insertRequest(store, QStringLiteral("v3"), QStringLiteral("Voirie"), QStringLiteral("ville"),
                  QStringLiteral("acknowledged"), QStringLiteral("2026-11-13"));
    insertRequest(store, QStringLiteral("v4"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("new"), QStringLiteral("2026-11-23"));
    insertRequest(store, QStringLiteral("v5"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("closed"), QStringLiteral("2026-11-02"));
    insertRequest(store, QStringLiteral("v6"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("answered"), QStringLiteral("2026-10-02"));
    insertRequest(store, QStringLiteral("v7"), QStringLiteral("Voirie"), QStringLiteral("metropole"),
                  QStringLiteral("new"), QStringLiteral("2026-12-04"));
    // État civil: two, one long overdue. CCAS: two, less late. Propreté: one (and one deleted).
    insertRequest(store, QStringLiteral("e1"), QStringLiteral("État civil"), QStringLiteral("etat"),
                  QStringLiteral("new"), QStringLiteral("2026-10-01"));
    insertRequest(store, QStringLiteral("e2"), QStringLiteral("État civil"), QStringLiteral("etat"),
                  QStringLiteral("in_progress"), QStringLiteral("2026-11-18"));
    insertRequest(store, QStringLiteral("c1"), QStringLiteral("CCAS"), QStringLiteral("ccas"),
                  QStringLiteral("new"), QStringLiteral("2026-11-17"));
    insertRequest(store, QStringLiteral("c2"), QStringLiteral("CCAS"), QStringLiteral("ccas"),
                  QStringLiteral("new"), QStringLiteral("2026-11-19"));
    insertRequest(store, QStringLiteral("p1"), QStringLiteral("Propreté"), QStringLiteral("ville"),
                  QStringLiteral("acknowledged"), QStringLiteral("2026-11-19"));
    insertRequest(store, QStringLiteral("p2"), QStringLiteral("Propreté"), QStringLiteral("ville"),
                  QStringLiteral("new"), QStringLiteral("2026-11-02"), /*deleted=*/true);
    // No service given, as late as Propreté: after it.
    insertRequest(store, QStringLiteral("n1"), QString(), QStringLiteral("autre"), QStringLiteral("new"),
                  QStringLiteral("2026-11-19"));
    transaction.commit();
}

QStringList serviceOrder(const Model &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data(Model::ServiceRole).toString();
    return names;
}

QStringList childIds(const Model &model, int serviceRow)
{
    QStringList ids;
    const QModelIndex parent = model.index(serviceRow, 0);
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(Model::IdRole).toString();
    return ids;
}

} // namespace

class TestOverdueByService : public QObject
{
    Q_OBJECT

private slots:
    void workingDaysSkipWeekendsAndHolidays()
    {
        // Due Tuesday 10 November: Wednesday 11 (Armistice) and the weekend do not count.
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 10), QDate(2026, 11, 23)), 8);
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 10), QDate(2026, 11, 11)), 0);
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 10), QDate(2026, 11, 12)), 1);
        // Due Friday: late by nothing on Saturday and Sunday, by one working day on Monday.
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 20), QDate(2026, 11, 22)), 0);
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 20), QDate(2026, 11, 23)), 1);
        // Christmas on a Friday, then the weekend.
        QCOMPARE(Model::workingDaysLate(QDate(2026, 12, 24), QDate(2026, 12, 28)), 1);
        // Easter Monday 2027 (29 March).
        QCOMPARE(Model::workingDaysLate(QDate(2027, 3, 26), QDate(2027, 3, 30)), 1);
        QCOMPARE(Model::workingDaysLate(QDate(2026, 11, 23), QDate(2026, 11, 23)), 0);
    }

    void servicesAndTheirOverdueRequests()
    {
        TestStore t;
        seed(t.store());
        Model model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.today(), QDate(2026, 11, 23));

        // The most overdue first; two each: the longest delay first; the same: named before unnamed.
        QCOMPARE(serviceOrder(model), (QStringList{QStringLiteral("Voirie"), QStringLiteral("État civil"),
                                                   QStringLiteral("CCAS"), QStringLiteral("Propreté"), QString()}));
        QCOMPARE(model.totalOverdue(), 9);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3); // not v4 (due today), v5/v6 (finished), v7
        QCOMPARE(model.rowCount(model.index(3, 0)), 1); // not the deleted one

        // Voirie: its requests most late first, with their delays in working days.
        QCOMPARE(childIds(model, 0), (QStringList{QStringLiteral("v1"), QStringLiteral("v3"), QStringLiteral("v2")}));
        const QModelIndex voirie = model.index(0, 0);
        QCOMPARE(voirie.data(Model::CountRole).toInt(), 3);
        QCOMPARE(voirie.data(Model::DueDateRole).toDate(), QDate(2026, 11, 10));
        QCOMPARE(voirie.data(Model::WorkingDaysLateRole).toInt(), 8);
        QCOMPARE(voirie.data(Model::IsServiceRole).toBool(), true);
        QCOMPARE(voirie.siblingAtColumn(Model::OverdueColumn).data().toInt(), 3);
        QCOMPARE(voirie.siblingAtColumn(Model::DetailColumn).data().toString(),
                 QStringLiteral("Metropolis")); // the competence of most of its requests
        QCOMPARE(voirie.data().toString(), QStringLiteral("Voirie"));
        const QList<int> delays{8, 6, 1}; // v1 (Tue 10), v3 (Fri 13), v2 (Fri 20)
        for (int row = 0; row < 3; ++row) {
            const QModelIndex request = model.index(row, 0, voirie);
            QCOMPARE(request.data(Model::WorkingDaysLateRole).toInt(), delays.at(row));
            QCOMPARE(request.data(Model::WorkingDaysLateRole).toInt(),
                     Model::workingDaysLate(request.data(Model::DueDateRole).toDate(), model.today()));
            QCOMPARE(request.data(Model::IsServiceRole).toBool(), false);
            QCOMPARE(request.parent(), voirie);
            QCOMPARE(model.requestIdAt(request), request.data(Model::IdRole).toString());
        }
        const QModelIndex v2 = model.index(2, 0, voirie);
        QCOMPARE(v2.data().toString(), QStringLiteral("REF-V2"));
        QCOMPARE(v2.siblingAtColumn(Model::DetailColumn).data().toString(), QStringLiteral("Usager v2"));
        QCOMPARE(v2.siblingAtColumn(Model::OverdueColumn).data().toString(), QStringLiteral("Objet v2"));
        QCOMPARE(v2.siblingAtColumn(Model::StatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(v2.data(Model::StatusRole).toString(), QStringLiteral("in_progress"));
        QCOMPARE(v2.siblingAtColumn(Model::LateColumn).data().toString(), QStringLiteral("1 working day(s)"));

        // État civil: due 1 October, 36 working days late (1 and 11 November are holidays).
        const QModelIndex etat = model.index(1, 0);
        QCOMPARE(etat.data(Model::WorkingDaysLateRole).toInt(), 36);
        QCOMPARE(etat.data(Model::WorkingDaysLateRole).toInt(),
                 Model::workingDaysLate(QDate(2026, 10, 1), QDate(2026, 11, 23)));
        QCOMPARE(model.longestDelay(), 36);
        QCOMPARE(model.index(2, 0).data(Model::WorkingDaysLateRole).toInt(), 4); // CCAS, due Tue 17
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("No service given"));
        QCOMPARE(model.serviceIndex(QStringLiteral("CCAS")), model.index(2, 0));
        QCOMPARE(model.requestIndex(QStringLiteral("e2")), model.index(1, 0, etat));
        QVERIFY(!model.requestIndex(QStringLiteral("v4")).isValid());
        QCOMPARE(model.headerData(Model::LateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Working days late (longest)"));
    }

    void todayIsTheCitysAndComesFromTheClock()
    {
        TestStore t;
        seed(t.store());
        // 23:30 UTC on Monday is already Tuesday 00:30 in Paris: what was due on Monday is late.
        t.clock().set(QDateTime(QDate(2026, 11, 23), QTime(23, 30), QTimeZone::utc()));
        Model model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.today(), QDate(2026, 11, 24));
        QCOMPARE(model.totalOverdue(), 10);
        QCOMPARE(childIds(model, 0).last(), QStringLiteral("v4"));
        QCOMPARE(model.index(0, 0).data(Model::WorkingDaysLateRole).toInt(), 9);

        // Another clock for the same store (the supervisor's dialog gets the window's).
        FixedClock later(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        Model inDecember(t.store(), later);
        QCOMPARE(inDecember.today(), QDate(2026, 12, 7));
        QCOMPARE(inDecember.totalOverdue(), 11); // v7 (due 4 December) too
    }

    void reloadsWhenRequestsChange()
    {
        TestStore t;
        seed(t.store());
        Model model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Two more for Propreté: now three, as many as Voirie but less late.
        insertRequest(t.store(), QStringLiteral("p3"), QStringLiteral("Propreté"), QStringLiteral("ville"),
                      QStringLiteral("new"), QStringLiteral("2026-11-16"));
        insertRequest(t.store(), QStringLiteral("p4"), QStringLiteral("Propreté"), QStringLiteral("ville"),
                      QStringLiteral("new"), QStringLiteral("2026-11-18"));
        t.store().notifyChanged(QStringLiteral("appointments")); // not about requests: nothing to do
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.totalOverdue(), 9);
        t.store().notifyChanged(QStringLiteral("requests"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.totalOverdue(), 11);
        QCOMPARE(serviceOrder(model).mid(0, 2), (QStringList{QStringLiteral("Voirie"), QStringLiteral("Propreté")}));

        // Answered: it leaves the list at the next change notice.
        sql::exec(t.store().connection(),
                  QStringLiteral("UPDATE requests SET status = 'answered' WHERE id IN ('v1', 'v2', 'v3')"));
        t.store().notifyChanged(QStringLiteral("requests"));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(serviceOrder(model).first(), QStringLiteral("Propreté"));
        QVERIFY(!model.serviceIndex(QStringLiteral("Voirie")).isValid());
        QCOMPARE(model.totalOverdue(), 8);
    }

    // Opt-in: GUICHET_LARGE_REQUEST_STORE=PATH (e.g. `guichet-cli --store PATH init --demo --size
    // large`, 1,000,000 requests) times the model's load there; printed, never asserted.
    void largeStoreTiming()
    {
        const QString path = qEnvironmentVariable("GUICHET_LARGE_REQUEST_STORE");
        if (path.isEmpty())
            QSKIP("set GUICHET_LARGE_REQUEST_STORE to a large demo store to time the model there");
        FixedClock clock(QDateTime::currentDateTimeUtc());
        if (const QString today = qEnvironmentVariable("GUICHET_LARGE_REQUEST_TODAY"); !today.isEmpty())
            clock.set(QDateTime(QDate::fromString(today, Qt::ISODate), QTime(10, 0), defaultTimeZone()));
        LocalStore store(path, clock);
        store.open(LocalStore::IntegrityCheck::Skip);
        const qint64 requests =
            sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong();
        Model model(store);
        const qint64 first = model.lastLoadMs();
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            model.reload();
            times << model.lastLoadMs();
        }
        std::sort(times.begin(), times.end());
        // For comparison: the index range and the rows it reads, without building anything.
        QElapsedTimer timer;
        timer.start();
        sql::scalar(store.connection(),
                    QStringLiteral("SELECT count(subject) FROM requests INDEXED BY requests_status_due WHERE status "
                                   "IN ('new', 'acknowledged', 'in_progress') AND due_date < ? AND deleted = 0"),
                    {model.today().toString(Qt::ISODate)});
        qInfo("the same rows read by SQLite alone: %lld ms", timer.elapsed());
        qInfo("%lld requests, today %s: %d overdue in %lld services; first load %lld ms, then median %lld ms, "
              "max %lld ms (5 reloads)",
              requests, qPrintable(model.today().toString(Qt::ISODate)), model.totalOverdue(),
              qint64(model.services().size()), first, times.at(2), times.last());
        QVERIFY(model.totalOverdue() >= 0);
    }

    void emptyStore()
    {
        TestStore t;
        Model model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalOverdue(), 0);
        QCOMPARE(model.longestDelay(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOverdueByService)
#include "tst_overduebyservice.moc"
