#pragma once

#include <QObject>
#include <QPalette>

namespace guichet {

// The counter's display preferences, for the whole application: the text size (Ctrl++ / Ctrl+- /
// Ctrl+0, in steps of one point from the system's size, between MinimumPointSize and
// MaximumPointSize) and the high-contrast mode (black background, white text, yellow selection
// and a thick yellow focus frame). Both are remembered between runs in QSettings (`display/…`)
// and applied when the object is created. The system's own font, palette and style sheet are
// read once per process, so that "normal" always means the system's.
class DisplayPreferences : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumPointSize = 8;
    static constexpr int MaximumPointSize = 28;

    // Remember: save the choices in QSettings (the agent's); Transient: apply them for this run
    // only (a screenshot with --high-contrast must not change the counter's settings).
    enum class Persistence
    {
        Remember,
        Transient
    };

    // Reads the remembered preferences and applies them to the application.
    explicit DisplayPreferences(QObject *parent = nullptr);

    int textPointSize() const;   // the point size in use
    int systemPointSize() const; // the system's ("normal")
    bool highContrast() const { return m_highContrast; }

    // +1 / -1: one point larger / smaller (clamped); 0: back to the system's size.
    void changeTextSize(int delta, Persistence persistence = Persistence::Remember);
    void setHighContrast(bool on, Persistence persistence = Persistence::Remember);

    // What high contrast applies: the palette and the style sheet (borders, focus frame).
    static QPalette highContrastPalette();
    static QString highContrastStyleSheet();

    // The colour of an alert in text (a request overdue): dark red on the usual light palette,
    // light red under a dark one (high contrast); 7:1 or more either way. Read it when painting.
    static QColor alertTextColour();

    // The QSettings keys.
    static QString textSizeKey();
    static QString highContrastKey();

signals:
    void textSizeChanged(int pointSize);
    void highContrastChanged(bool on);

private:
    void applyTextSize(int steps);
    void applyHighContrast(bool on);

    int m_steps = 0; // points above (or below) the system's size
    bool m_highContrast = false;
};

} // namespace guichet
