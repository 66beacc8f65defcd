// The supervisors' interpreter-call figures, offscreen: the table for the last 30 days at the
// counter's site or every site, grouped as chosen, the totals, a call logged meanwhile appearing
// at once, the CSV export, every control named, and an agent refused.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "interpreting/CallFiguresDialog.h"
#include "itemmodels/CallFiguresModel.h"
#include "repo/CallLogRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

class TestCallFiguresDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QHash<QString, QString> m_sites;
    LocalStore &store() { return m_test->store(); }

    void log(const QString &site, InterpretingMode::Value mode, const char *language, int daysAgo,
             int seconds, CallLog::Outcome outcome)
    {
        CallLog call;
        call.siteId = site;
        call.mode = mode;
        call.language = QLatin1String(language);
        call.startedAt = m_test->clock().nowUtc().addDays(-daysAgo);
        call.durationS = seconds;
        call.outcome = outcome;
        CallLogRepository(store()).logCall(call);
    }
    void signIn(const QString &agentId)
    {
        SyncStateRepository(store()).setValue(SyncStateRepository::CurrentAgent, agentId);
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        {
            Transaction transaction(store().connection());
            testing::insertBareSites(context, {QStringLiteral("HDV"), QStringLiteral("M1")});
            m_sites = context.siteIdByCode;
            sql::exec(
                store().connection(),
                QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES "
                               "('sup', 'sup', 'Sup', 'supervisor', ?), ('ag', 'ag', 'Agent', 'agent', ?)"),
                {context.stamp, context.stamp});
            transaction.commit();
        }
        const QString hdv = m_sites.value(QStringLiteral("HDV"));
        const QString m1 = m_sites.value(QStringLiteral("M1"));
        log(hdv, InterpretingMode::Foreign, "ar", 1, 600, CallLog::Outcome::Done);
        log(hdv, InterpretingMode::Foreign, "ar", 2, 0, CallLog::Outcome::NoAnswer);
        log(hdv, InterpretingMode::Lsf, "", 3, 1200, CallLog::Outcome::Done);
        log(m1, InterpretingMode::Foreign, "uk", 4, 300, CallLog::Outcome::Done);
        log(hdv, InterpretingMode::Foreign, "ar", 45, 300, CallLog::Outcome::Done); // before the 30 days
    }

    void agentIsRefused()
    {
        signIn(QStringLiteral("ag"));
        CallFiguresDialog dialog(store(), m_test->clock(), m_sites.value(QStringLiteral("HDV")), nullptr);
        QVERIFY(!dialog.isAllowed());
        QCOMPARE(dialog.refusal()->text(), CallFiguresDialog::refusalText());
        QVERIFY(!dialog.model());
        signIn(QString(QLatin1String(""))); // signed out
        CallFiguresDialog nobody(store(), m_test->clock(), {}, nullptr);
        QVERIFY(!nobody.isAllowed());
    }

    void showsTheFiguresOfTheSiteAndOfEverySite()
    {
        signIn(QStringLiteral("sup"));
        CallFiguresDialog dialog(store(), m_test->clock(), m_sites.value(QStringLiteral("HDV")), nullptr);
        QVERIFY(dialog.isAllowed());
        QVERIFY(!dialog.isModal());
        for (QWidget *w : QList<QWidget *>{dialog.groupingBox(), dialog.siteBox(), dialog.fromEdit(),
                                           dialog.toEdit(), dialog.table(), dialog.exportButton()})
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        const CallFigures::Query query = dialog.query();
        QCOMPARE(query.to, QDate(2026, 11, 23));
        QCOMPARE(query.from, QDate(2026, 10, 25));
        QCOMPARE(query.siteId, m_sites.value(QStringLiteral("HDV")));
        QCOMPARE(query.grouping, CallFigures::Grouping::Language);

        CallFiguresModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2); // ar (2), no language (1)
        QCOMPARE(model->index(0, 0).data(CallFiguresModel::KeyRole).toString(), QStringLiteral("ar"));
        QCOMPARE(model->index(0, CallFiguresModel::CallsColumn).data().toInt(), 2);
        QVERIFY(dialog.totalsLabel()->text().contains(QLatin1String("3 call")));

        dialog.setSite({});
        QCOMPARE(model->totals().calls, 4);
        dialog.setGrouping(CallFigures::Grouping::Site);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("HDV"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Site"));
        dialog.setRange(QDate(2026, 10, 1), QDate(2026, 11, 23));
        QCOMPARE(model->totals().calls, 5);

        // A call logged while the figures are open.
        log(m_sites.value(QStringLiteral("M1")), InterpretingMode::Transcription, "", 0, 60,
            CallLog::Outcome::Failed);
        QCOMPARE(model->totals().calls, 6);

        // A range the wrong way round is said so, and changes nothing.
        dialog.fromEdit()->setDate(QDate(2026, 12, 1));
        QCOMPARE(model->totals().calls, 6);
    }

    void exportsCsv()
    {
        signIn(QStringLiteral("sup"));
        CallFiguresDialog dialog(store(), m_test->clock(), {}, nullptr);
        dialog.setGrouping(CallFigures::Grouping::Outcome);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figures.csv"));
        QVERIFY(dialog.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("outcome,label,calls,reached,reached_share,total_minutes,median_minutes"));
        QVERIFY2(csv.contains("\r\ndone,Done,3,3,1.000,"), csv.constData());
        QVERIFY(csv.contains("\r\ntotal,Total,"));
        QVERIFY(!dialog.exportCsv(dir.filePath(QStringLiteral("no/such/folder/figures.csv"))));
    }
};

QTEST_MAIN(TestCallFiguresDialog)
#include "tst_callfiguresdialog.moc"
