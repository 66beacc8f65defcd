// AppointmentDayModel and SiteListModel: consistent under QAbstractItemModelTester, the rows of
// the day, the accent-insensitive name filter, the reload on a status change and the late
// arrivals (expected, start passed by more than 10 minutes by the store's clock).
#include "AppointmentDemoFixture.h"
#include "TestStore.h"
#include "itemmodels/AppointmentDayModel.h"
#include "itemmodels/SiteListModel.h"
#include "repo/AppointmentRepository.h"
#include "repo/SiteRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

class TestAppointmentModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_hdv;
    const QDate m_today{2026, 11, 23};

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(m_test->store());
        m_hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
    }

    void dayModelShowsTheDay()
    {
        AppointmentDayModel model(m_test->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSite(m_hdv);
        model.setDate(m_today);
        const QList<Appointment> day = AppointmentRepository(m_test->store()).dayOfSite(m_hdv, m_today);
        QCOMPARE(model.rowCount(), day.size());
        QCOMPARE(model.columnCount(), int(AppointmentDayModel::ColumnCount));
        const QModelIndex first = model.index(0, AppointmentDayModel::TimeColumn);
        QCOMPARE(first.data(AppointmentDayModel::IdRole).toString(), day.first().id);
        // Times are shown in Paris time: 09:00 Paris is 08:00 UTC in November.
        const QString time = first.data().toString();
        QCOMPARE(time.left(5),
                 day.first().startsAt.toTimeZone(defaultTimeZone()).toString(QStringLiteral("HH:mm")));
        QCOMPARE(model.index(0, AppointmentDayModel::VisitorColumn).data().toString(),
                 day.first().visitorName);
        QCOMPARE(model.index(0, AppointmentDayModel::ServiceColumn).data().toString(),
                 day.first().serviceName);
        QCOMPARE(model.index(0, AppointmentDayModel::StatusColumn)
                     .data(AppointmentDayModel::StatusRole)
                     .toString(),
                 Appointment::statusName(day.first().status));
        QCOMPARE(model.headerData(AppointmentDayModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));

        model.setDate(QDate(2026, 11, 22)); // a Sunday: closed
        QCOMPARE(model.rowCount(), 0);
    }

    void dayModelFiltersByName()
    {
        QCOMPARE(AppointmentDayModel::foldForSearch(QStringLiteral("Éloïse LEFÈVRE")),
                 QStringLiteral("eloise lefevre"));
        QCOMPARE(AppointmentDayModel::foldForSearch(QStringLiteral("Yılmaz Çelik")),
                 QStringLiteral("yilmaz celik"));
        AppointmentDayModel model(m_test->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(m_hdv);
        model.setDate(m_today);
        const int all = model.rowCount();
        QVERIFY(all > 1);
        const QString name = model.appointmentAt(all - 1).visitorName;
        const QString last = name.section(QLatin1Char(' '), -1);
        // Upper case and without accents still finds the visitor.
        model.setNameFilter(AppointmentDayModel::foldForSearch(last).toUpper());
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() <= all);
        QVERIFY(model.rowOfId(model.appointmentAt(0).id) == 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(AppointmentDayModel::foldForSearch(model.appointmentAt(row).visitorName)
                        .contains(AppointmentDayModel::foldForSearch(last)));
        QCOMPARE(model.totalCount(), all);
        model.setNameFilter(QStringLiteral("zzzz nobody"));
        QCOMPARE(model.rowCount(), 0);
        model.setNameFilter(QString());
        QCOMPARE(model.rowCount(), all);
    }

    void dayModelReloadsOnChange()
    {
        AppointmentDayModel model(m_test->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(m_hdv);
        model.setDate(m_today);
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r)
            if (model.appointmentAt(r).status == Appointment::Status::Booked)
                row = r;
        QVERIFY(row >= 0);
        const QString id = model.appointmentAt(row).id;
        QSignalSpy reloaded(&model, &AppointmentDayModel::reloaded);
        AppointmentRepository(m_test->store()).setStatus(id, Appointment::Status::NoShow, {});
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.index(model.rowOfId(id), 0).data(AppointmentDayModel::StatusRole).toString(),
                 QStringLiteral("no_show"));
        QCOMPARE(model.index(model.rowOfId(id), AppointmentDayModel::StatusColumn).data().toString(),
                 QStringLiteral("No-show"));
        // Other entities do not reload the day.
        m_test->store().notifyChanged(QStringLiteral("articles"));
        QCOMPARE(reloaded.count(), 1);
        m_test->store().notifyChanged(QStringLiteral("*"));
        QCOMPARE(reloaded.count(), 2);
    }

    void dayModelShowsLateArrivals()
    {
        AppointmentDayModel model(m_test->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(m_hdv);
        model.setDate(m_today);
        int expected = -1;
        int arrived = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const Appointment::Status status = model.appointmentAt(r).status;
            if (expected < 0 && status == Appointment::Status::Booked)
                expected = r;
            if (arrived < 0 && status == Appointment::Status::CheckedIn)
                arrived = r;
        }
        QVERIFY(expected >= 0);
        const Appointment a = model.appointmentAt(expected);
        const QModelIndex status = model.index(expected, AppointmentDayModel::StatusColumn);
        FixedClock &clock = m_test->clock();
        const QDateTime before = clock.nowUtc();

        clock.set(a.startsAt.addSecs(AppointmentDayModel::kLateAfterMinutes * 60)); // 10 minutes: not yet
        QVERIFY(!status.data(AppointmentDayModel::LateRole).toBool());
        QCOMPARE(status.data().toString(), QStringLiteral("Booked"));
        QCOMPARE(AppointmentDayModel::minutesLate(a, clock.nowUtc()), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.set(a.startsAt.addSecs(25 * 60));
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QVERIFY(status.data(AppointmentDayModel::LateRole).toBool());
        QCOMPARE(status.data().toString(), QStringLiteral("Booked, late 25 min"));
        QCOMPARE(status.data(AppointmentDayModel::StatusRole).toString(), QStringLiteral("booked"));
        if (arrived >= 0) // arrived: never late
            QVERIFY(!model.index(arrived, 0).data(AppointmentDayModel::LateRole).toBool());
        Appointment pending = a;
        pending.status = Appointment::Status::Pending;
        QCOMPARE(AppointmentDayModel::minutesLate(pending, clock.nowUtc()), 25);
        pending.status = Appointment::Status::NoShow;
        QCOMPARE(AppointmentDayModel::minutesLate(pending, clock.nowUtc()), 0);
        clock.set(before);
    }

    void needsText()
    {
        Appointment appointment;
        QVERIFY(AppointmentDayModel::needsText(appointment).isEmpty());
        appointment.visitorLanguage = QStringLiteral("ar");
        appointment.needs.interpreter = true;
        appointment.needs.wheelchair = true;
        const QString text = AppointmentDayModel::needsText(appointment);
        QVERIFY2(text.contains(QStringLiteral("(ar)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Wheelchair")));
        QCOMPARE(AppointmentDayModel::languageText(QStringLiteral("xx")), QStringLiteral("xx"));
    }

    void siteListModel()
    {
        SiteListModel model(m_test->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Hôtel de Ville"));
        QCOMPARE(model.index(0).data(SiteListModel::IdRole).toString(), m_hdv);
        QCOMPARE(model.index(0).data(SiteListModel::CodeRole).toString(), QStringLiteral("HDV"));
        QCOMPARE(model.index(9).data(SiteListModel::CodeRole).toString(), QStringLiteral("M9"));
        QCOMPARE(model.rowOfId(m_hdv), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);
        QVERIFY(model.index(6).data(Qt::ToolTipRole).toString().contains(QStringLiteral("69006")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_test->store().notifyChanged(QStringLiteral("sites"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentModels)
#include "tst_appointmentmodels.moc"
