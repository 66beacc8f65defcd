// Accessibility from the inside (issue 7): the counter window on the demo city, each area as it
// opens and once in use (a search typed, a result opened), and the dialogs the agent opens from
// the keyboard (booking, request intake, sign-in, article editor and history, review list,
// overdue report, server search, the changes to handle). For each, the accessible tree (what a
// screen reader reads, QAccessible as the AT-SPI bridge sees it) is walked: every interactive
// control on show has a name (a combo box, whose name on Linux is its current value, a label:
// a buddy), can take the keyboard focus, and is reached by Tab from the first control. The same
// check from the outside, over AT-SPI, is tests/a11y/atspi_audit.py.
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "repo/SiteRepository.h"
#include "shell/Area.h"
#include "shell/MainWindow.h"
#include "store/Sql.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

using namespace guichet;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
        return true;
    default:
        return false;
    }
}

bool itemView(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

// "MainWindow > RequestsArea > QTableView#requestList": where a control is, for the message.
QString where(const QObject *object)
{
    QStringList chain;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString name = o->objectName();
        chain.prepend(QString::fromLatin1(o->metaObject()->className()).remove(QStringLiteral("guichet::")) +
                      (name.isEmpty() ? QString() : QLatin1Char('#') + name));
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(object);
        button && !button->text().isEmpty())
        chain.last() += QStringLiteral(" \"%1\"").arg(button->text());
    return chain.join(QStringLiteral(" > "));
}

QString describe(QAccessibleInterface *iface)
{
    QString text = where(iface->object());
    if (!iface->object() || !iface->object()->isWidgetType() || iface->object() == nullptr)
        text += QStringLiteral(" (role %1)").arg(int(iface->role()));
    const QString hint = iface->text(QAccessible::Description);
    if (!hint.isEmpty())
        text += QStringLiteral(" [description \"%1\"]").arg(hint.left(60));
    if (const auto *button = qobject_cast<const QAbstractButton *>(iface->object());
        button && !button->toolTip().isEmpty())
        text += QStringLiteral(" [tool tip \"%1\"]").arg(button->toolTip().left(60));
    return text;
}

struct Audit
{
    QStringList unnamed;
    QList<QWidget *> controls; // interactive widgets on show (for the keyboard checks)
};

// The accessible tree under `top`, as the AT-SPI walker goes through it: not into item views
// (rows and cells are named by their data), combo boxes (their popup and editor), or the menus of
// the menu bar (closed).
void walk(QAccessibleInterface *iface, QAccessible::Role parentRole, Audit &audit, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::Role role = iface->role();
    const bool menuItem = role == QAccessible::MenuItem;
    const bool showing = !iface->state().invisible;
    if (interactive(role) && showing && (!menuItem || parentRole == QAccessible::MenuBar)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            audit.unnamed << describe(iface) + QStringLiteral(": no accessible name");
        } else if (const auto *combo = qobject_cast<const QComboBox *>(iface->object())) {
            // On Linux a combo box's name is its current value: what it is for comes from a label.
            const QString value = combo->isEditable() ? combo->lineEdit()->text() : combo->currentText();
            if (iface->relations(QAccessible::Label).isEmpty() && name == value.trimmed())
                audit.unnamed
                    << describe(iface) +
                           QStringLiteral(": named only by its value \"%1\" (no buddy label)").arg(name);
        }
        if (auto *widget = qobject_cast<QWidget *>(iface->object()); widget && widget->isWindow() == false)
            audit.controls << widget;
    }
    if (itemView(role) || role == QAccessible::ComboBox || (menuItem && parentRole == QAccessible::MenuBar))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), role, audit, depth + 1);
}

Audit audit(QWidget *top)
{
    Audit result;
    walk(QAccessible::queryAccessibleInterface(top), QAccessible::NoRole, result);
    return result;
}

bool focusInside(const QWidget *control, const QWidget *focus)
{
    if (!focus)
        return false;
    for (const QWidget *proxy = control; proxy; proxy = proxy->focusProxy()) {
        if (proxy == focus || proxy->isAncestorOf(focus))
            return true;
    }
    return false;
}

// Qt's own helpers that are not meant to take the focus: the clear button of a line edit (Escape
// or Ctrl+A, Delete do the same), the scroll buttons of a tab bar (the arrow keys scroll).
bool focusExempt(const QWidget *control)
{
    return qobject_cast<const QToolButton *>(control) &&
           (qobject_cast<const QLineEdit *>(control->parentWidget()) ||
            control->objectName().startsWith(QLatin1String("Scroll")));
}

// Each interactive, enabled control on show takes the focus and is reached by Tab from the
// window's first control: the keyboard path goes everywhere and out of every control.
QStringList keyboardProblems(QWidget *top, const QList<QWidget *> &controls)
{
    QStringList problems;
    QList<QWidget *> wanted;
    for (QWidget *control : controls) {
        if (!control->isEnabled() || focusExempt(control))
            continue;
        const QWidget *taker = control;
        while (taker->focusProxy())
            taker = taker->focusProxy();
        if (!(taker->focusPolicy() & Qt::TabFocus)) {
            problems << where(control) + QStringLiteral(": cannot take the keyboard focus (focus policy %1)")
                                             .arg(int(taker->focusPolicy()));
            continue;
        }
        wanted << control;
    }
    if (wanted.isEmpty())
        return problems;
    top->activateWindow();
    if (!QTest::qWaitForWindowActive(top))
        return problems << QStringLiteral("%1: the window does not become active").arg(where(top));
    wanted.first()->setFocus(Qt::TabFocusReason);
    // Tab may stay a few presses in one control and still leave it: a date's day, month and year,
    // the links of an article. Staying longer is a trap (a table moving from cell to cell).
    constexpr int kPressesInOneControl = 40;
    QList<QWidget *> visited;
    QWidget *stuck = nullptr;
    QWidget *previous = nullptr;
    int inThisOne = 0;
    const int presses = int(wanted.size()) * 4 + 60;
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != top) {
            problems << QStringLiteral("%1: Tab left the window (focus now in %2)")
                            .arg(where(top), focus ? where(focus) : QStringLiteral("nothing"));
            break;
        }
        inThisOne = focus == previous ? inThisOne + 1 : 0;
        if (inThisOne >= kPressesInOneControl) {
            stuck = focus;
            break;
        }
        previous = focus;
        if (!visited.contains(focus))
            visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget *control : std::as_const(wanted)) {
        const bool reached = std::any_of(visited.cbegin(), visited.cend(),
                                         [control](const QWidget *f) { return focusInside(control, f); });
        if (!reached) {
            QStringList path;
            for (const QWidget *f : std::as_const(visited))
                path << where(f).section(QStringLiteral(" > "), -1);
            problems
                << where(control) + QStringLiteral(": not reached by Tab") +
                       (stuck
                            ? QStringLiteral(" (Tab stays in %1)").arg(where(stuck))
                            : QStringLiteral(" (Tab goes through %1)").arg(path.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

QWidget *waitForDialog(const QByteArray &className)
{
    QWidget *found = nullptr;
    const auto look = [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && qobject_cast<QDialog *>(widget) &&
                widget->inherits(className.constData()))
                found = widget;
        }
        return found != nullptr;
    };
    return QTest::qWaitFor(look, 3000) ? found : nullptr;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<testing::TestStore> m_test;
    std::unique_ptr<MainWindow> m_window;

    void press(QKeyCombination keys)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
    }
    void typeSearch(const QString &text)
    {
        press(QKeyCombination(Qt::ControlModifier, Qt::Key_K));
        QTest::keyClicks(m_window->searchField(), text);
        QTest::qWait(400); // searches run debounced
    }
    void reportIfAny(const QString &what, const QStringList &found)
    {
        const QStringList &problems = found;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s)\n  - %3")
                                                    .arg(what)
                                                    .arg(problems.size())
                                                    .arg(problems.join(QStringLiteral("\n  - ")))));
    }
    // The window (or the dialog) as it is now: names, then the keyboard path.
    void check(QWidget *top, const QString &what)
    {
        QApplication::processEvents();
        const Audit found = audit(top);
        QVERIFY2(!found.controls.isEmpty(), qPrintable(what + QStringLiteral(": no controls found")));
        reportIfAny(what + QStringLiteral(", accessible names"), found.unnamed);
        reportIfAny(what + QStringLiteral(", keyboard"), keyboardProblems(top, found.controls));
    }

private slots:
    void initTestCase()
    {
        // The window reads the display preferences: from a settings file of this test only.
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTest"));
        m_test = std::make_unique<testing::TestStore>();
        DemoCity(m_test->store()).generate(DemoOptions{}); // no Service-Public folder: the city's articles
        const QString hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        // A supervisor: the editing and review dialogs are hers.
        const QString supervisor =
            sql::scalar(m_test->store().connection(),
                        QStringLiteral("SELECT id FROM agents WHERE role = 'supervisor' AND home_site_id = ? "
                                       "ORDER BY id LIMIT 1"),
                        {hdv})
                .toString();
        QVERIFY(!supervisor.isEmpty());
        m_window = std::make_unique<MainWindow>(UiContext{m_test->store(), m_test->clock(), hdv, supervisor});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The checks themselves fail when they should: on a window with a control of each kind of
    // mistake, and on the same controls once fixed.
    void theChecksCatchEachMistake()
    {
        QDialog probe;
        auto *layout = new QVBoxLayout(&probe);
        auto *unnamed = new QLineEdit(&probe);
        unnamed->setObjectName(QStringLiteral("unnamedEdit"));
        auto *valueOnly = new QComboBox(&probe);
        valueOnly->setObjectName(QStringLiteral("valueOnlyCombo"));
        valueOnly->addItems({QStringLiteral("Mairie du 3e"), QStringLiteral("Hôtel de Ville")});
        valueOnly->setAccessibleName(QStringLiteral("Site")); // not what Linux reports
        auto *mouseOnly = new QPushButton(QStringLiteral("Mouse only"), &probe);
        mouseOnly->setObjectName(QStringLiteral("mouseOnlyButton"));
        mouseOnly->setFocusPolicy(Qt::ClickFocus);
        auto *trap = new QTableWidget(3, 3, &probe); // Tab goes from cell to cell, never out
        trap->setObjectName(QStringLiteral("trapTable"));
        trap->setAccessibleName(QStringLiteral("Trap"));
        auto *after = new QPushButton(QStringLiteral("After the table"), &probe);
        after->setObjectName(QStringLiteral("afterButton"));
        for (QWidget *widget :
             {static_cast<QWidget *>(unnamed), static_cast<QWidget *>(valueOnly),
              static_cast<QWidget *>(mouseOnly), static_cast<QWidget *>(trap), static_cast<QWidget *>(after)})
            layout->addWidget(widget);
        probe.show();
        QVERIFY(QTest::qWaitForWindowActive(&probe));

        Audit found = audit(&probe);
        QCOMPARE(found.unnamed.size(), 2);
        QVERIFY(found.unnamed.at(0).contains(QStringLiteral("QLineEdit#unnamedEdit: no accessible name")));
        QVERIFY(found.unnamed.at(1).contains(
            QStringLiteral("QComboBox#valueOnlyCombo: named only by its value")));
        trap->setFocus();
        QStringList keyboard = keyboardProblems(&probe, found.controls);
        QVERIFY2(
            keyboard.filter(QStringLiteral("mouseOnlyButton \"Mouse only\": cannot take the keyboard focus"))
                    .size() == 1,
            qPrintable(keyboard.join(QLatin1Char('\n'))));
        QVERIFY2(keyboard.filter(QStringLiteral(
                                     "afterButton \"After the table\": not reached by Tab (Tab stays in "))
                         .size() == 1,
                 qPrintable(keyboard.join(QLatin1Char('\n'))));

        // Fixed: a name, a buddy label, the focus, a table that lets Tab go.
        unnamed->setAccessibleName(QStringLiteral("Name"));
        auto *label = new QLabel(QStringLiteral("&Site:"), &probe);
        label->setBuddy(valueOnly);
        layout->insertWidget(1, label);
        mouseOnly->setFocusPolicy(Qt::StrongFocus);
        trap->setTabKeyNavigation(false);
        found = audit(&probe);
        QVERIFY2(found.unnamed.isEmpty(), qPrintable(found.unnamed.join(QLatin1Char('\n'))));
        keyboard = keyboardProblems(&probe, found.controls);
        QVERIFY2(keyboard.isEmpty(), qPrintable(keyboard.join(QLatin1Char('\n'))));
    }

    void init()
    {
        // Every case starts from the window alone, its search box empty.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void areasAreNamedAndReachable_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("search"); // typed in the global search, then Down (the results)
        QTest::newRow("appointments") << QStringLiteral("appointments") << QStringLiteral("a");
        QTest::newRow("knowledge") << QStringLiteral("knowledge") << QStringLiteral("carte");
        QTest::newRow("requests") << QStringLiteral("requests") << QStringLiteral("martin");
        QTest::newRow("interpreting") << QStringLiteral("interpreting") << QStringLiteral("arabe");
    }

    void areasAreNamedAndReachable()
    {
        QFETCH(QString, area);
        QFETCH(QString, search);
        QVERIFY(m_window->showArea(area));
        m_window->searchField()->clear();
        check(m_window.get(), area + QStringLiteral(" as it opens"));

        // In use: a search typed (the clear button of the box shows), then into the results.
        typeSearch(search);
        check(m_window.get(), area + QStringLiteral(" with a search typed"));
        press(QKeyCombination(Qt::ControlModifier, Qt::Key_K));
        press(QKeyCombination(Qt::NoModifier, Qt::Key_Down));
        press(QKeyCombination(Qt::NoModifier, Qt::Key_Down));
        press(QKeyCombination(Qt::NoModifier, Qt::Key_Return));
        QTest::qWait(200);
        check(m_window.get(), area + QStringLiteral(" with a result open"));
        m_window->searchField()->clear();
    }

    void weekViewIsNamedAndReachable()
    {
        QVERIFY(m_window->showArea(QStringLiteral("appointments")));
        m_window->searchField()->clear();
        press(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_W));
        QTest::qWait(100);
        check(m_window.get(), QStringLiteral("the week view"));
        press(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_W));
    }

    void dialogsAreNamedAndReachable_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("search"); // typed first, then Enter (opens the first result)
        QTest::addColumn<QKeyCombination>("keys");
        QTest::addColumn<QByteArray>("dialog");
        const auto ctrl = [](Qt::Key key) {
            return QKeyCombination(Qt::ControlModifier, key);
        };
        const auto ctrlShift = [](Qt::Key key) {
            return QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, key);
        };
        QTest::newRow("booking") << QStringLiteral("appointments") << QString() << ctrl(Qt::Key_N)
                                 << QByteArray("guichet::BookingDialog");
        QTest::newRow("request intake") << QStringLiteral("requests") << QString() << ctrl(Qt::Key_N)
                                        << QByteArray("guichet::RequestIntakeDialog");
        QTest::newRow("overdue report") << QStringLiteral("requests") << QString() << ctrlShift(Qt::Key_R)
                                        << QByteArray("guichet::OverdueReportDialog");
        QTest::newRow("server search") << QStringLiteral("requests") << QStringLiteral("dupont")
                                       << ctrlShift(Qt::Key_F) << QByteArray("guichet::OnlineSearchDialog");
        QTest::newRow("sign in") << QStringLiteral("appointments") << QString() << ctrl(Qt::Key_L)
                                 << QByteArray("guichet::LoginDialog");
        QTest::newRow("to handle") << QStringLiteral("appointments") << QString() << ctrlShift(Qt::Key_T)
                                   << QByteArray("guichet::ToHandleDialog");
        QTest::newRow("article editor") << QStringLiteral("knowledge") << QStringLiteral("carte")
                                        << ctrl(Qt::Key_E) << QByteArray("guichet::ArticleEditorDialog");
        QTest::newRow("article history") << QStringLiteral("knowledge") << QStringLiteral("carte")
                                         << ctrl(Qt::Key_H) << QByteArray("guichet::ArticleHistoryDialog");
        QTest::newRow("review list") << QStringLiteral("knowledge") << QString() << ctrlShift(Qt::Key_R)
                                     << QByteArray("guichet::ReviewListDialog");
    }

    void dialogsAreNamedAndReachable()
    {
        QFETCH(QString, area);
        QFETCH(QString, search);
        QFETCH(QKeyCombination, keys);
        QFETCH(QByteArray, dialog);
        QVERIFY(m_window->showArea(area));
        m_window->searchField()->clear();
        if (!search.isEmpty()) {
            typeSearch(search);
            if (area == QLatin1String("knowledge"))
                press(QKeyCombination(Qt::NoModifier, Qt::Key_Return)); // the first result's article
            QTest::qWait(100);
        }
        press(keys);
        QWidget *opened = waitForDialog(dialog);
        QVERIFY2(opened, dialog.constData());
        QTest::qWait(300); // free slots, lists: filled in after the dialog shows
        check(opened, QString::fromLatin1(dialog));
        if (auto *d = qobject_cast<QDialog *>(opened))
            d->reject();
        m_window->searchField()->clear();
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
