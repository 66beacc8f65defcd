#pragma once

#include <QComboBox>
#include <QElapsedTimer>

namespace guichet {

// A list to choose from that finds an item by what the agent types, anywhere in its text and
// without accents or case: "pass" finds "Carte d'identité / passeport", "etat" finds "Acte d'état
// civil", "arabe" finds "العربية — arabe". Letters typed less than kResetMs apart add up (a pause
// starts over), Backspace takes the last one back; an item starting with the text comes before one
// merely containing it. What was typed is told (typedTextChanged) so that the window can show it.
class TypeAheadComboBox : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int kResetMs = 1500;

    using QComboBox::QComboBox;

    QString typedText() const { return m_typed; }
    // The first item matching `text` as described above, or -1.
    int findTyped(const QString &text) const;

signals:
    // What the agent has typed so far, and whether an item matches it.
    void typedTextChanged(const QString &text, bool found);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setTyped(const QString &text);

    QString m_typed;
    QElapsedTimer m_sinceLastKey;
};

} // namespace guichet
