// a11y_unnamed_probe: a window with deliberately unnamed controls, for `atspi_audit.py --selftest`.
// Each control carries a tool tip "probe:…" (Qt reports it as the AT-SPI description), so that the
// self-test knows which ones the audit must report (probe:unnamed-…, showing, without a name) and
// which ones it must not (probe:named-…, probe:buddy-… named by a label's buddy, probe:text-…
// named by their own text, probe:hidden-… not showing). Not a test by itself; no tr(): never shown
// to anyone.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("a11y_unnamed_probe"));

    QWidget window;
    window.setWindowTitle(QStringLiteral("Accessibility probe"));
    auto *layout = new QVBoxLayout(&window);
    const auto tagged = [](QWidget *widget, const char *tag) {
        widget->setToolTip(QString::fromLatin1(tag));
        return widget;
    };

    // Must be reported: showing, no name at all.
    layout->addWidget(tagged(new QLineEdit(&window), "probe:unnamed-edit"));
    layout->addWidget(tagged(new QCheckBox(&window), "probe:unnamed-check"));
    layout->addWidget(tagged(new QComboBox(&window), "probe:unnamed-combo"));
    auto *tool = new QToolButton(&window);
    tool->setIcon(window.style()->standardIcon(QStyle::SP_DialogOkButton));
    layout->addWidget(tagged(tool, "probe:unnamed-toolbutton"));
    // On Linux, Qt reports a combo box's current text as its name (the accessible name is not
    // reported at all): without a buddy label (AT-SPI "labelled by"), a screen reader only says
    // the value. Must be reported too.
    auto *valueOnly = new QComboBox(&window);
    valueOnly->addItems({QStringLiteral("First choice"), QStringLiteral("Second choice")});
    valueOnly->setAccessibleName(QStringLiteral("Lost name"));
    layout->addWidget(tagged(valueOnly, "probe:unnamed-value-only-combo"));

    // Must not be reported: named explicitly, by a buddy label, by their own text.
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named edit"));
    layout->addWidget(tagged(named, "probe:named-edit"));
    auto *form = new QFormLayout;
    auto *buddy = new QLineEdit(&window);
    auto *buddyLabel = new QLabel(QStringLiteral("&Buddy label:"), &window);
    buddyLabel->setBuddy(buddy);
    form->addRow(buddyLabel, tagged(buddy, "probe:buddy-edit"));
    auto *buddyCombo = new QComboBox(&window);
    buddyCombo->addItems({QStringLiteral("Choice")});
    auto *comboLabel = new QLabel(QStringLiteral("&Combo label:"), &window);
    comboLabel->setBuddy(buddyCombo);
    form->addRow(comboLabel, tagged(buddyCombo, "probe:buddy-combo"));
    layout->addLayout(form);
    layout->addWidget(tagged(new QPushButton(QStringLiteral("&Text button"), &window), "probe:text-button"));
    auto *list = new QListWidget(&window);
    list->setAccessibleName(QStringLiteral("Named list"));
    list->addItems({QStringLiteral("one"), QStringLiteral("two")});
    list->setAccessibleDescription(QStringLiteral("probe:named-list")); // item views: no tool tip fallback
    layout->addWidget(list);

    // Must not be reported: not showing (hidden, or on the tab page not shown).
    auto *hidden = new QLineEdit(&window);
    hidden->hide();
    layout->addWidget(tagged(hidden, "probe:hidden-edit"));
    auto *tabs = new QTabWidget(&window);
    auto *first = new QWidget;
    auto *firstLayout = new QVBoxLayout(first);
    firstLayout->addWidget(tagged(new QLineEdit(first), "probe:unnamed-tab-page-edit"));
    auto *second = new QWidget;
    auto *secondLayout = new QVBoxLayout(second);
    secondLayout->addWidget(tagged(new QLineEdit(second), "probe:hidden-tab-page-edit"));
    tabs->addTab(first, QStringLiteral("First"));
    tabs->addTab(second, QStringLiteral("Second"));
    layout->addWidget(tabs);

    window.resize(480, 560);
    window.show();
    return QApplication::exec();
}
