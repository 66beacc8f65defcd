// The counter window: every area opens, Ctrl+1…4 switch areas, Ctrl+K reaches the search box,
// the status bar tells how many changes wait to be sent, the site chooser reaches every area,
// and the interface is French by default.
#include "TestStore.h"

#include "demo/DemoCity.h"
#include "repo/AppointmentRepository.h"
#include "repo/SiteRepository.h"
#include "shell/Area.h"
#include "shell/CounterStatusBar.h"
#include "shell/MainWindow.h"
#include "appointments/BookingDialog.h"
#include "appointments/VisitorForm.h"
#include "interpreting/InterpretingArea.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestStore> m_test;
    QString m_hdv;

    QStringList statusTexts(const MainWindow &window) const
    {
        QStringList texts;
        for (const QLabel *label : window.counterStatusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        m_test = std::make_unique<testing::TestStore>();
        DemoCity(m_test->store()).generate(DemoOptions{}); // no Service-Public folder: city only
        m_hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        QVERIFY(!m_hdv.isEmpty());
    }

    void frenchByDefault()
    {
        QCOMPARE(interfaceLanguageFor({QStringLiteral("fr-FR")}), QStringLiteral("fr"));
        QCOMPARE(interfaceLanguageFor({QStringLiteral("de-DE"), QStringLiteral("en-GB")}), QStringLiteral("fr"));
        QCOMPARE(interfaceLanguageFor({QStringLiteral("ar-MA")}), QStringLiteral("fr"));
        QCOMPARE(interfaceLanguageFor({}), QStringLiteral("fr"));
        QCOMPARE(interfaceLanguageFor({QStringLiteral("en-US")}), QStringLiteral("en"));
        QCOMPARE(interfaceLanguageFor({QStringLiteral("en-US")}, QStringLiteral("fr")), QStringLiteral("fr"));

        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("AreaNavigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 4);
        QVERIFY(navigation->item(0)->text().startsWith(QStringLiteral("Rendez-vous")));
        QVERIFY(navigation->item(1)->text().startsWith(QStringLiteral("Base de connaissances")));
        QVERIFY(navigation->item(2)->text().startsWith(QStringLiteral("Demandes")));
        QVERIFY(navigation->item(3)->text().startsWith(QStringLiteral("Interprétariat")));
        QVERIFY(statusTexts(window).contains(QStringLiteral("0 en attente d'envoi")));
    }

    void shortcutsSwitchAreas()
    {
        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentAreaKey(), QStringLiteral("appointments"));
        const QList<QPair<Qt::Key, QString>> expected = {{Qt::Key_2, QStringLiteral("knowledge")},
                                                         {Qt::Key_3, QStringLiteral("requests")},
                                                         {Qt::Key_4, QStringLiteral("interpreting")},
                                                         {Qt::Key_1, QStringLiteral("appointments")}};
        for (const auto &[key, area] : expected) {
            QTest::keyClick(&window, key, Qt::ControlModifier);
            QCOMPARE(window.currentAreaKey(), area);
            QVERIFY2(window.focusWidget() != nullptr, qPrintable(area));
        }
        // Every area opens and shows itself.
        for (Area *area : window.areas()) {
            QVERIFY(window.showArea(area->areaKey()));
            QVERIFY(area->isVisible());
            QVERIFY(!area->areaTitle().isEmpty());
            QVERIFY(!area->searchPlaceholder().isEmpty());
        }
        QVERIFY(!window.showArea(QStringLiteral("nowhere")));
    }

    void ctrlKFocusesTheSearchAndEachAreaKeepsItsText()
    {
        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(QStringLiteral("appointments"));
        QVERIFY(!window.searchField()->hasFocus());
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.searchField()->hasFocus());
        QTest::keyClicks(window.searchField(), QStringLiteral("cni"));

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        // The requests area is searched first: the box has the focus, empty for this area.
        QVERIFY(window.searchField()->hasFocus());
        QCOMPARE(window.searchField()->text(), QString());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.searchField()->text(), QStringLiteral("cni"));
        QVERIFY(window.searchField()->placeholderText().contains(QStringLiteral("Ctrl+K")));
    }

    void statusBarCountsTheOutbox()
    {
        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        QCOMPARE(window.counterStatusBar()->outboxCount(), 0);
        const AppointmentRepository appointments(m_test->store());
        const QDate today = m_test->clock().todayIn(defaultTimeZone());
        QString booked;
        for (const Appointment &a : appointments.dayOfSite(m_hdv, today)) {
            if (a.status == Appointment::Status::Booked) {
                booked = a.id;
                break;
            }
        }
        QVERIFY2(!booked.isEmpty(), "the demo has no booked appointment today at the Hôtel de Ville");
        appointments.setStatus(booked, Appointment::Status::CheckedIn, QString());
        QCOMPARE(window.counterStatusBar()->outboxCount(), 1);
        QVERIFY(statusTexts(window).contains(QStringLiteral("1 en attente d'envoi")));
    }

    void siteChooserReachesEveryArea()
    {
        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        const QString m3 = SiteRepository(m_test->store()).byCode(QStringLiteral("M3")).id;
        QSignalSpy changed(&window, &MainWindow::siteChanged);
        window.setSite(m3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.siteId(), m3);
        const auto *chooser = window.findChild<QComboBox *>(QStringLiteral("SiteChooser"));
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 10);
        QVERIFY(chooser->currentText().contains(QStringLiteral("3")));
        QVERIFY(statusTexts(window).join(QLatin1Char('|')).contains(chooser->currentText()));
        QVERIFY(!chooser->accessibleName().isEmpty());
    }

    // The sync worker's word reaches the areas: offline, the interpreting area offers what still
    // works; and its "book an interpreter" opens a booking with the visitor's language and need.
    void syncStatusAndInterpreterBooking()
    {
        MainWindow window(UiContext{m_test->store(), m_test->clock(), m_hdv, QString()});
        window.show();
        auto *interpreting = window.findChild<InterpretingArea *>();
        QVERIFY(interpreting);
        SyncStatus status;
        status.state = SyncStatus::State::Offline;
        window.setSyncStatus(status);
        QVERIFY(!interpreting->isOnline());
        status.state = SyncStatus::State::Online;
        window.setSyncStatus(status);
        QVERIFY(interpreting->isOnline());

        QVERIFY(window.showArea(QStringLiteral("interpreting")));
        emit interpreting->bookingRequested(QStringLiteral("ar"), InterpretingMode::Foreign);
        QCOMPARE(window.currentAreaKey(), QStringLiteral("appointments"));
        auto *booking = window.findChild<BookingDialog *>();
        QVERIFY(booking);
        QCOMPARE(booking->visitorForm()->languageCode(), QStringLiteral("ar"));
        auto *interpreter = booking->findChild<QCheckBox *>(QStringLiteral("VisitorInterpreter"));
        QVERIFY(interpreter);
        QVERIFY(interpreter->isChecked());
        booking->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
