#pragma once

#include "visitor/ConversationTranscript.h"

#include <QPointer>
#include <QTextBrowser>

namespace guichet {

// The turns of a written conversation, read-only, the most recent at the bottom and scrolled to:
// each turn is its label (who wrote) over its text; the turns of the side the view faces ("own":
// the agent's on the agent's panel, the visitor's on the visitor screen) on the trailing side in
// the highlight colours, the other side's on the leading side (colours from the palette, so that
// the OS's contrast settings apply). Each text is laid out
// in its own direction (Arabic right to left on a French screen, French left to right on an
// Arabic one). The agent's panel and the visitor screen each show one, on the same transcript.
class ConversationView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setTranscript(const ConversationTranscript *transcript);
    // The labels over the turns ("Agent", "Visitor"; on the visitor screen, in their language).
    void setLabels(const QString &agent, const QString &visitor);
    void setOwnSpeaker(ConversationTranscript::Speaker speaker);
    void setShowTimes(bool show);
    // Only the last `turns` turns are kept on show (0: all).
    void setMaximumTurns(int turns);
    int turnCount() const { return m_shown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void append(qsizetype index);

    QPointer<const ConversationTranscript> m_transcript;
    QString m_agentLabel;
    QString m_visitorLabel;
    ConversationTranscript::Speaker m_ownSpeaker = ConversationTranscript::Speaker::Agent;
    bool m_showTimes = false;
    int m_maximumTurns = 0;
    int m_shown = 0;
};

} // namespace guichet
