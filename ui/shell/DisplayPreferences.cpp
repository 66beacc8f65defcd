#include "shell/DisplayPreferences.h"

#include <QApplication>
#include <QFontInfo>
#include <QSettings>
#include <QToolTip>
#include <algorithm>

namespace guichet {

namespace {

// The system's look, read once per process: "normal text size" and "high contrast off" go back
// to it, however many windows come and go.
struct SystemLook
{
    QFont font;
    int pointSize;
    QPalette palette;
    QPalette toolTipPalette;
    QString styleSheet;
};

const SystemLook &systemLook()
{
    static const SystemLook look = [] {
        const QFont font = QApplication::font();
        // A font sized in pixels (some platforms) has no point size of its own: its rendering has.
        const int points = font.pointSize() > 0 ? font.pointSize() : QFontInfo(font).pointSize();
        return SystemLook{font, points > 0 ? points : 10, QApplication::palette(), QToolTip::palette(),
                          qApp->styleSheet()};
    }();
    return look;
}

const QColor kBlack(0x00, 0x00, 0x00);
const QColor kWhite(0xff, 0xff, 0xff);
const QColor kYellow(0xff, 0xff, 0x00);
const QColor kCyan(0x00, 0xff, 0xff);
const QColor kDisabled(0xa6, 0xa6, 0xa6); // 8.6:1 on black: readable, and visibly not white

} // namespace

DisplayPreferences::DisplayPreferences(QObject *parent)
    : QObject(parent)
{
    systemLook(); // read before anything is changed
    const QSettings settings;
    applyTextSize(settings.value(textSizeKey(), 0).toInt());
    applyHighContrast(settings.value(highContrastKey(), false).toBool());
}

QString DisplayPreferences::textSizeKey()
{
    return QStringLiteral("display/textSizeSteps");
}

QString DisplayPreferences::highContrastKey()
{
    return QStringLiteral("display/highContrast");
}

int DisplayPreferences::systemPointSize() const
{
    return systemLook().pointSize;
}

int DisplayPreferences::textPointSize() const
{
    return systemPointSize() + m_steps;
}

void DisplayPreferences::changeTextSize(int delta, Persistence persistence)
{
    const int before = textPointSize();
    applyTextSize(delta == 0 ? 0 : m_steps + delta);
    if (persistence == Persistence::Remember)
        QSettings().setValue(textSizeKey(), m_steps);
    if (textPointSize() != before)
        emit textSizeChanged(textPointSize());
}

void DisplayPreferences::setHighContrast(bool on, Persistence persistence)
{
    const bool changed = on != m_highContrast;
    applyHighContrast(on);
    if (persistence == Persistence::Remember)
        QSettings().setValue(highContrastKey(), on);
    if (changed)
        emit highContrastChanged(on);
}

void DisplayPreferences::applyTextSize(int steps)
{
    const int base = systemPointSize();
    const int size = std::clamp(base + steps, MinimumPointSize, MaximumPointSize);
    m_steps = size - base;
    QFont font = systemLook().font;
    font.setPointSize(size);
    QApplication::setFont(font);
    // Under a style sheet (high contrast) the widgets already polished keep their font: the
    // sheet is set again, which polishes them anew with the application's new font.
    if (const QString sheet = qApp->styleSheet(); !sheet.isEmpty()) {
        qApp->setStyleSheet(QString());
        qApp->setStyleSheet(sheet);
    }
}

void DisplayPreferences::applyHighContrast(bool on)
{
    m_highContrast = on;
    const SystemLook &system = systemLook();
    if (on) {
        QApplication::setPalette(highContrastPalette());
        QToolTip::setPalette(highContrastPalette());
        qApp->setStyleSheet(system.styleSheet + highContrastStyleSheet());
    } else {
        qApp->setStyleSheet(system.styleSheet);
        QToolTip::setPalette(system.toolTipPalette);
        QApplication::setPalette(system.palette);
    }
}

QColor DisplayPreferences::alertTextColour()
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xa5, 0x00, 0x1e);
}

QPalette DisplayPreferences::highContrastPalette()
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = group == QPalette::Disabled ? kDisabled : kWhite;
        palette.setColor(group, QPalette::Window, kBlack);
        palette.setColor(group, QPalette::Base, kBlack);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x1f, 0x1f, 0x1f));
        palette.setColor(group, QPalette::Button, kBlack);
        palette.setColor(group, QPalette::ToolTipBase, kBlack);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::ToolTipText, kWhite);
        palette.setColor(group, QPalette::BrightText, kYellow);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
        palette.setColor(group, QPalette::Highlight, group == QPalette::Disabled ? kDisabled : kYellow);
        palette.setColor(group, QPalette::HighlightedText, kBlack);
        palette.setColor(group, QPalette::Link, kCyan);
        palette.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x99, 0xff));
        // Frames and bevels drawn by the style: light on black.
        palette.setColor(group, QPalette::Light, kWhite);
        palette.setColor(group, QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(group, QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
        palette.setColor(group, QPalette::Dark, QColor(0xd0, 0xd0, 0xd0));
        palette.setColor(group, QPalette::Shadow, kWhite);
    }
    return palette;
}

QString DisplayPreferences::highContrastStyleSheet()
{
    // Every frame is drawn (white), the focus is a thick yellow frame (the padding shrinks as the
    // border grows: nothing moves when the focus does), the selection is black on yellow.
    return QStringLiteral(R"(
QWidget { background-color: #000000; color: #ffffff; }
QWidget:disabled { color: #a6a6a6; }
QToolTip { background-color: #000000; color: #ffffff; border: 2px solid #ffff00; padding: 4px; }
QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView {
    border: 1px solid #ffffff; padding: 2px; background-color: #000000; color: #ffffff;
    selection-background-color: #ffff00; selection-color: #000000; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractItemView:focus { border: 3px solid #ffff00; padding: 0px; }
QAbstractItemView { alternate-background-color: #1f1f1f; }
QComboBox QAbstractItemView { border: 2px solid #ffffff; }
QHeaderView::section { background-color: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 3px 6px;
    font-weight: bold; }
QPushButton, QToolButton { background-color: #000000; color: #ffffff; border: 2px solid #ffffff;
    border-radius: 3px; padding: 4px 10px; }
QPushButton:default { border-width: 3px; padding: 3px 9px; }
QPushButton:focus, QToolButton:focus { border: 4px solid #ffff00; padding: 2px 8px; }
QPushButton:hover, QToolButton:hover { border-color: #ffff00; }
QPushButton:checked, QToolButton:checked, QPushButton:pressed, QToolButton:pressed {
    background-color: #ffff00; color: #000000; }
QPushButton:disabled, QToolButton:disabled { color: #a6a6a6; border: 2px dashed #a6a6a6; }
QCheckBox:focus, QRadioButton:focus, QGroupBox:focus { border: 3px solid #ffff00; }
QCheckBox, QRadioButton { border: 3px solid #000000; padding: 2px; }
QCheckBox::indicator, QRadioButton::indicator { width: 16px; height: 16px; border: 2px solid #ffffff;
    background-color: #000000; }
QRadioButton::indicator { border-radius: 10px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background-color: #ffff00;
    border-color: #ffff00; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border: 2px dashed #a6a6a6; }
QCheckBox::indicator:checked:disabled, QRadioButton::indicator:checked:disabled { background-color: #a6a6a6; }
QGroupBox { border: 1px solid #ffffff; margin-top: 1.5em; padding-top: 0.5em; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0px 4px; }
QTabBar::tab { background-color: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 4px 12px; }
QTabBar::tab:selected { background-color: #ffff00; color: #000000; }
QTabBar::tab:focus { border: 3px solid #ffff00; }
QMenuBar, QMenu { background-color: #000000; color: #ffffff; }
QMenu { border: 2px solid #ffffff; }
QMenuBar::item:selected, QMenu::item:selected { background-color: #ffff00; color: #000000; }
QMenu::item:disabled { color: #a6a6a6; }
QMenu::separator { height: 1px; background-color: #ffffff; margin: 4px 8px; }
QToolBar { border: none; border-bottom: 2px solid #ffffff; }
QStatusBar { border-top: 2px solid #ffffff; }
QSplitter::handle { background-color: #ffffff; }
QSplitter::handle:horizontal { width: 2px; }
QSplitter::handle:vertical { height: 2px; }
QScrollBar { background-color: #000000; border: 1px solid #ffffff; }
QScrollBar:vertical { width: 16px; }
QScrollBar:horizontal { height: 16px; }
QScrollBar::handle { background-color: #ffffff; border: 2px solid #000000; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
QProgressBar { border: 1px solid #ffffff; text-align: center; }
QProgressBar::chunk { background-color: #ffff00; }
)");
}

} // namespace guichet
