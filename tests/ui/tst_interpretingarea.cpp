// The Interpreting area, offscreen: a mode button lists its providers, the language search
// narrows the list, and Call logs the call (outbox) and shows what to dial.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "interpreting/InterpretingArea.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

class TestInterpretingArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_hdv;
    QString m_m2;
    LocalStore &store() { return m_test->store(); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context, {QStringLiteral("HDV"), QStringLiteral("M2")});
        m_hdv = context.siteIdByCode.value(QStringLiteral("HDV"));
        m_m2 = context.siteIdByCode.value(QStringLiteral("M2"));
        sql::exec(store().connection(),
                  QStringLiteral(
                      "INSERT INTO agents (id, login, display_name, role, updated_at) VALUES ('ag', 'ag', "
                      "'Agent', 'agent', ?)"),
                  {context.stamp});
        generateInterpreterProviders(context);
        transaction.commit();
    }

    void everyControlHasAnAccessibleName()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        for (auto mode : InterpretingMode::providerModes())
            QVERIFY(!area.modeButton(mode)->accessibleName().isEmpty());
        for (QWidget *w :
             QList<QWidget *>{area.languageFilter(), area.languages(), area.providers(), area.callButton()})
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }

    void modeButtonListsProviders()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const InterpreterRepository repository(store());

        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QCOMPARE(area.mode(), InterpretingMode::Lsf);
        QVERIFY(!area.languages()->isVisible());
        QCOMPARE(area.providers()->model()->rowCount(),
                 int(repository.providers(InterpretingMode::Lsf, {}, m_hdv).size()));
        QCOMPARE(area.providers()->model()->rowCount(), 2); // video platform + SIP line at the Hôtel de Ville

        QTest::mouseClick(area.modeButton(InterpretingMode::Transcription), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 2);
        QTest::mouseClick(area.modeButton(InterpretingMode::Lpc), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 1);

        area.setSite(m_m2);
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QCOMPARE(area.providers()->model()->rowCount(), 1); // no SIP phone at M2
    }

    void searchPicksALanguage()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        // The global search looks for a language, back in foreign-language mode.
        area.search(QStringLiteral("ukr"));
        QCOMPARE(area.mode(), InterpretingMode::Foreign);
        QCOMPARE(area.languages()->model()->rowCount(), 1);
        QCOMPARE(area.language(), QStringLiteral("uk"));
        QCOMPARE(area.providers()->model()->rowCount(), 2); // phone service + SIP line
        area.search(QStringLiteral("pachto"));
        QCOMPARE(area.language(), QStringLiteral("ps"));
        QCOMPARE(area.providers()->model()->rowCount(), 1);
        area.focusPrimary();
        QVERIFY(area.languageFilter()->hasFocus() || !area.isActiveWindow());
    }

    void callLogsTheCall()
    {
        InterpretingArea area(UiContext{store(), m_test->clock(), m_hdv, QStringLiteral("ag")});
        area.setOpenLinks(false);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const int outbox = OutboxRepository(store()).count();
        const int calls = CallLogRepository(store()).callCount();

        area.languageFilter()->setFocus();
        QTest::keyClicks(area.languageFilter(), QStringLiteral("arabe"));
        QTest::keyClick(area.languageFilter(), Qt::Key_Return);
        QCOMPARE(area.language(), QStringLiteral("ar"));
        QVERIFY(area.callButton()->isEnabled());
        const QString address = area.providers()->currentIndex().siblingAtColumn(1).data().toString();
        QTest::mouseClick(area.callButton(), Qt::LeftButton);

        QCOMPARE(CallLogRepository(store()).callCount(), calls + 1);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        QVERIFY2(area.dialLabel()->text().contains(address), qPrintable(area.dialLabel()->text()));
        QVERIFY(area.dialLabel()->text().contains(QLatin1String("example")));
        const QString language =
            sql::scalar(
                store().connection(),
                QStringLiteral("SELECT language FROM call_logs ORDER BY started_at DESC, rowid DESC LIMIT 1"))
                .toString();
        QCOMPARE(language, QStringLiteral("ar"));

        // LSF: no language, the call is logged with the mode.
        QTest::mouseClick(area.modeButton(InterpretingMode::Lsf), Qt::LeftButton);
        QTest::mouseClick(area.callButton(), Qt::LeftButton);
        QCOMPARE(CallLogRepository(store()).callCount(), calls + 2);
        QCOMPARE(sql::scalar(store().connection(),
                             QStringLiteral("SELECT mode FROM call_logs ORDER BY rowid DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("lsf"));
    }
};

QTEST_MAIN(TestInterpretingArea)
#include "tst_interpretingarea.moc"
