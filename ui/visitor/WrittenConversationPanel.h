#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace guichet {

class Clock;
class ConversationTranscript;
class ConversationView;
class VisitorScreen;

// The agent's side of the written conversation: the turns so far, the agent's input (Enter sends
// the message to the transcript and the visitor screen), "Visitor's turn" (the keyboard goes to the
// visitor screen's input; when the visitor presses Enter it comes back to the agent's input — with
// one keyboard the agent hands it over, with two both inputs simply work), Clear (nothing is kept,
// nothing asked) and "Attach to a request…" (attachRequested with the conversation as text).
// Works offline, needs no store: nothing of the conversation is written anywhere.
class WrittenConversationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WrittenConversationPanel(const Clock &clock, QWidget *parent = nullptr);

    // The visitor screen the conversation is shown on: the panel's own unless one is given here
    // (not owned; nullptr goes back to the panel's own).
    void setVisitorScreen(VisitorScreen *screen);
    VisitorScreen *visitorScreen() const;
    ConversationTranscript *transcript() const { return m_transcript; }

    // The visitor's language ("ar"); French when there are no phrases for it.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }

    void showVisitorScreen(); // conversation mode, on the visitor's display
    void closeVisitorScreen();
    void handOverToVisitor(); // "Visitor's turn"
    void sendAgentMessage();
    void clearConversation();

    QComboBox *languageBox() const { return m_languageBox; }
    QPushButton *screenButton() const { return m_screenButton; }
    ConversationView *transcriptView() const { return m_view; }
    QLineEdit *agentInput() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *visitorTurnButton() const { return m_visitorTurn; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *attachButton() const { return m_attach; }

signals:
    void attachRequested(const QString &transcriptText);

private:
    void onVisitorTyped(const QString &text);
    void onLanguageChosen(int index);
    void updateButtons();

    ConversationTranscript *m_transcript;
    VisitorScreen *m_ownScreen;
    QPointer<VisitorScreen> m_screen;
    QString m_language;
    QComboBox *m_languageBox;
    QPushButton *m_screenButton;
    ConversationView *m_view;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_visitorTurn;
    QPushButton *m_clear;
    QPushButton *m_attach;
};

} // namespace guichet
