// The display preferences (issue 7): high contrast turns the whole application black on white
// text with a yellow selection and focus frame, and back; the text size goes up and down one point
// at a time within its bounds and back to the system's; both are remembered between runs (and not
// when asked for one run only); the counter window's View menu does it all from the keyboard
// (Ctrl+Shift+H, Ctrl++, Ctrl+-, Ctrl+0); the article on show loses its light boxes (white text
// on them would be unreadable) and gets them back.
#include "AppointmentDemoFixture.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "knowledge/KnowledgeArea.h"
#include "repo/ArticleRepository.h"
#include "repo/SiteRepository.h"
#include "shell/DisplayPreferences.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <cmath>

using namespace guichet;

namespace {

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestDisplayPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QPalette m_systemPalette;
    QFont m_systemFont;

    void forget()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_displaypreferences"));
        m_systemPalette = QApplication::palette();
        m_systemFont = QApplication::font();
        QVERIFY(m_systemFont.pointSize() > 0);
    }

    void init()
    {
        forget();
        // Back to the system's look (the previous case may have left high contrast on).
        DisplayPreferences reset;
        reset.setHighContrast(false, DisplayPreferences::Persistence::Transient);
        reset.changeTextSize(0, DisplayPreferences::Persistence::Transient);
    }

    void highContrastTurnsTheWholeApplicationAndBack()
    {
        DisplayPreferences preferences;
        QVERIFY(!preferences.highContrast());
        QSignalSpy changed(&preferences, &DisplayPreferences::highContrastChanged);
        QLineEdit shownBefore; // a widget already on show follows too
        shownBefore.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shownBefore));

        preferences.setHighContrast(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(preferences.highContrast());
        const QPalette palette = QApplication::palette();
        QCOMPARE(palette.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(palette.color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(palette.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(palette.color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(palette.color(QPalette::ButtonText), QColor(Qt::white));
        QCOMPARE(palette.color(QPalette::Highlight), QColor(Qt::yellow));
        QCOMPARE(palette.color(QPalette::HighlightedText), QColor(Qt::black));
        QTRY_COMPARE(shownBefore.palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(shownBefore.palette().color(QPalette::Text), QColor(Qt::white));
        // The focus frame: thick and yellow, from the application's style sheet.
        QVERIFY(qApp->styleSheet().contains(QStringLiteral(":focus { border: 3px solid #ffff00")));
        // Every pair a reader meets is at least 7:1 (WCAG AAA), the disabled text included.
        for (const auto &[fore, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                                         {QPalette::Text, QPalette::Base},
                                         {QPalette::Text, QPalette::AlternateBase},
                                         {QPalette::ButtonText, QPalette::Button},
                                         {QPalette::HighlightedText, QPalette::Highlight},
                                         {QPalette::PlaceholderText, QPalette::Base},
                                         {QPalette::Link, QPalette::Base},
                                         {QPalette::ToolTipText, QPalette::ToolTipBase}}) {
            QVERIFY2(contrast(palette.color(fore), palette.color(back)) >= 7.0,
                     qPrintable(QString::number(fore)));
            QVERIFY(contrast(palette.color(QPalette::Disabled, fore),
                             palette.color(QPalette::Disabled, back)) >= 4.5);
        }

        // An alert in text (a request overdue) stays readable: light red on black.
        QVERIFY(contrast(DisplayPreferences::alertTextColour(), palette.color(QPalette::Base)) >= 7.0);

        preferences.setHighContrast(true); // no change, no signal
        QCOMPARE(changed.count(), 1);
        preferences.setHighContrast(false);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_systemPalette.color(QPalette::Text));
        QCOMPARE(qApp->styleSheet(), QString());
        QVERIFY(contrast(DisplayPreferences::alertTextColour(),
                         QApplication::palette().color(QPalette::Base)) >= 7.0);
    }

    void textSizeStepsClampsAndGoesBack()
    {
        DisplayPreferences preferences;
        const int normal = preferences.systemPointSize();
        QCOMPARE(normal, m_systemFont.pointSize());
        QCOMPARE(preferences.textPointSize(), normal);
        QSignalSpy changed(&preferences, &DisplayPreferences::textSizeChanged);

        preferences.changeTextSize(+1);
        QCOMPARE(QApplication::font().pointSize(), normal + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toInt(), normal + 1);
        preferences.changeTextSize(+1);
        QCOMPARE(QApplication::font().pointSize(), normal + 2);
        QCOMPARE(QApplication::font().family(), m_systemFont.family());

        for (int i = 0; i < 40; ++i)
            preferences.changeTextSize(+1);
        QCOMPARE(preferences.textPointSize(), DisplayPreferences::MaximumPointSize);
        QCOMPARE(QApplication::font().pointSize(), DisplayPreferences::MaximumPointSize);
        const int atTop = int(changed.count());
        preferences.changeTextSize(+1); // already at the top: nothing changes, nothing said
        QCOMPARE(changed.count(), atTop);

        for (int i = 0; i < 60; ++i)
            preferences.changeTextSize(-1);
        QCOMPARE(QApplication::font().pointSize(), DisplayPreferences::MinimumPointSize);
        preferences.changeTextSize(+1); // one step up from the bottom, not from below it
        QCOMPARE(QApplication::font().pointSize(), DisplayPreferences::MinimumPointSize + 1);

        preferences.changeTextSize(0);
        QCOMPARE(QApplication::font().pointSize(), normal);
        QCOMPARE(preferences.textPointSize(), normal);
    }

    void rememberedBetweenRunsUnlessTransient()
    {
        const int normal = m_systemFont.pointSize();
        {
            DisplayPreferences firstRun;
            firstRun.setHighContrast(true);
            firstRun.changeTextSize(+1);
            firstRun.changeTextSize(+1);
            firstRun.changeTextSize(+1);
        }
        {
            QSettings settings;
            QCOMPARE(settings.value(DisplayPreferences::highContrastKey()).toBool(), true);
            QCOMPARE(settings.value(DisplayPreferences::textSizeKey()).toInt(), 3);
        }
        // Between runs the application starts with the system's look again...
        QApplication::setPalette(m_systemPalette);
        qApp->setStyleSheet(QString());
        QApplication::setFont(m_systemFont);
        // ...and the next run applies what was remembered as it starts.
        DisplayPreferences nextRun;
        QVERIFY(nextRun.highContrast());
        QCOMPARE(nextRun.textPointSize(), normal + 3);
        QCOMPARE(QApplication::font().pointSize(), normal + 3);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));

        // A screenshot run's --high-contrast (transient) leaves the remembered choice alone.
        nextRun.setHighContrast(false);
        nextRun.setHighContrast(true, DisplayPreferences::Persistence::Transient);
        nextRun.changeTextSize(0, DisplayPreferences::Persistence::Transient);
        QSettings settings;
        QCOMPARE(settings.value(DisplayPreferences::highContrastKey()).toBool(), false);
        QCOMPARE(settings.value(DisplayPreferences::textSizeKey()).toInt(), 3);
    }

    void theArticleOnShowFollowsTheContrast()
    {
        testing::TestStore test;
        testing::fillSitesAndAppointments(test.store());
        const QString hdv = SiteRepository(test.store()).byCode(QStringLiteral("HDV")).id;
        const Article article =
            testing::makeArticle(QStringLiteral("V-HC000001"), QStringLiteral("Permis de louer"),
                                 QStringLiteral("Le permis de louer se demande en mairie."));
        testing::insertArticles(test.store(), {article});
        const QString id = ArticleRepository(test.store()).getByExternalId(article.externalId)->id;
        KnowledgeArea area(UiContext{test.store(), test.clock(), hdv, QString()});
        area.show();
        QVERIFY(area.openArticle(id));
        const auto *reader = area.findChild<QTextBrowser *>();
        QVERIFY(reader);
        const QString lightBox = QStringLiteral("#e8f1fb"); // "Competence", "where to go"
        QVERIFY(reader->toHtml().contains(lightBox));

        DisplayPreferences preferences;
        preferences.setHighContrast(true, DisplayPreferences::Persistence::Transient);
        QTRY_VERIFY(!reader->toHtml().contains(lightBox));
        QVERIFY(reader->toHtml().contains(QStringLiteral("Permis de louer")));
        QCOMPARE(area.shownArticleId(), id);
        preferences.setHighContrast(false, DisplayPreferences::Persistence::Transient);
        QTRY_VERIFY(reader->toHtml().contains(lightBox));
    }

    void theWindowsViewMenuFromTheKeyboard()
    {
        testing::TestStore test;
        testing::fillSitesAndAppointments(test.store());
        const QString hdv = SiteRepository(test.store()).byCode(QStringLiteral("HDV")).id;
        MainWindow window(UiContext{test.store(), test.clock(), hdv, QString()});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int normal = m_systemFont.pointSize();
        auto *action = window.findChild<QAction *>(QStringLiteral("highContrast"));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        // No other action of the window has the same keys.
        int sameKeys = 0;
        for (const QAction *other : window.findChildren<QAction *>())
            sameKeys += other->shortcuts().contains(action->shortcut()) ? 1 : 0;
        QCOMPARE(sameKeys, 1);

        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(action->isChecked());
        QVERIFY(window.displayPreferences()->highContrast());
        QCOMPARE(window.palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(window.searchField()->palette().color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(QSettings().value(DisplayPreferences::highContrastKey()).toBool(), true);

        // Larger text in high contrast: the widgets on show grow too (under the style sheet).
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSize(), normal + 1);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSize(), normal + 2);
        QTRY_COMPARE(window.searchField()->font().pointSize(), normal + 2);
        QCOMPARE(window.searchField()->palette().color(QPalette::Base), QColor(Qt::black));
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSize(), normal + 1);
        QTRY_COMPARE(window.searchField()->font().pointSize(), normal + 1);

        // High contrast off keeps the larger text; Ctrl+0 goes back to the system's size.
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!action->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
        QTRY_COMPARE(window.searchField()->palette().color(QPalette::Base),
                     m_systemPalette.color(QPalette::Base));
        QTRY_COMPARE(window.searchField()->font().pointSize(), normal + 1);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSize(), normal);
        QTRY_COMPARE(window.searchField()->font().pointSize(), normal);
        QCOMPARE(QSettings().value(DisplayPreferences::textSizeKey()).toInt(), 0);

        // A window opened on a remembered high contrast shows its action checked.
        window.displayPreferences()->setHighContrast(true);
        MainWindow second(UiContext{test.store(), test.clock(), hdv, QString()});
        QVERIFY(second.findChild<QAction *>(QStringLiteral("highContrast"))->isChecked());
        second.displayPreferences()->setHighContrast(false);
    }
};

QTEST_MAIN(TestDisplayPreferences)
#include "tst_displaypreferences.moc"
