#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace guichet {

class ConversationTranscript;
class ConversationView;
class VisitorPhrases;

// The window that faces the visitor: on a second display when the counter has one (full screen),
// otherwise a large window the agent turns towards the visitor. It shows a phrase in the visitor's
// language (layout direction and font from the language), or a message such as an appointment,
// and, in conversation mode, the written conversation in very large text with an input where the
// visitor types (Enter sends: visitorTyped). Nothing is kept: the turns are the transcript's.
// Neither Escape nor the window manager's close (nor close()) closes it: the agent closes it from
// the agent side (closeFromAgent). Give it a parent (the agent's window or panel: it is still a
// window of its own) so that it goes with it and does not keep the application running.
class VisitorScreen : public QWidget
{
    Q_OBJECT

public:
    explicit VisitorScreen(QWidget *parent = nullptr); // the compiled-in phrases
    explicit VisitorScreen(const VisitorPhrases &phrases, QWidget *parent = nullptr);

    const VisitorPhrases &phrases() const { return m_phrases; }

    // The visitor's language ("ar", "pt-BR"); French when there is no file for it.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    // A phrase of the visitor's language (kept on a language change), or a text of the caller's.
    void showPhrase(const QString &key, const QHash<QString, QString> &args = {});
    void showMessage(const QString &text);
    QString message() const;

    void setTranscript(const ConversationTranscript *transcript);
    void setConversationMode(bool on);
    bool isConversationMode() const { return m_conversationMode; }
    // "The agent is writing…" instead of "Your turn…".
    void setAgentTyping(bool typing);
    // The keyboard goes to the visitor's input (conversation mode on).
    void focusVisitorInput();

    // Full screen on a display other than `agentWindow`'s when there is one; otherwise a large
    // normal window on the agent's display, in front.
    void placeOnVisitorDisplay(QWidget *agentWindow);
    void closeFromAgent(); // the only way it closes

    // `base` in a family that has the glyphs of `code`'s script.
    static QFont fontForLanguage(const QString &code, const QFont &base);
    static constexpr qreal kBasePointSize = 36;

    QLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    ConversationView *conversationView() const { return m_conversation; }
    QLineEdit *visitorInput() const { return m_input; }

signals:
    void visitorTyped(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyLanguage();
    void updateStatus();
    void sendInput();

    const VisitorPhrases &m_phrases;
    QString m_language;
    QString m_phraseKey;
    QHash<QString, QString> m_phraseArgs;
    bool m_conversationMode = false;
    bool m_agentTyping = false;
    bool m_agentCloses = false;
    QLabel *m_message;
    ConversationView *m_conversation;
    QLabel *m_status;
    QLineEdit *m_input;
};

} // namespace guichet
