#include "visitor/ConversationView.h"

#include "visitor/ConversationTranscript.h"

#include <QApplication>
#include <QEvent>
#include <QTextCursor>

namespace guichet {

ConversationView::ConversationView(QWidget *parent) : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLabels(ConversationTranscript::speakerLabel(ConversationTranscript::Speaker::Agent),
              ConversationTranscript::speakerLabel(ConversationTranscript::Speaker::Visitor));
}

void ConversationView::setTranscript(const ConversationTranscript *transcript)
{
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    if (m_transcript) {
        connect(m_transcript, &ConversationTranscript::turnAdded, this, &ConversationView::append);
        connect(m_transcript, &ConversationTranscript::cleared, this, &ConversationView::rebuild);
    }
    rebuild();
}

void ConversationView::setLabels(const QString &agent, const QString &visitor)
{
    if (agent == m_agentLabel && visitor == m_visitorLabel)
        return;
    m_agentLabel = agent;
    m_visitorLabel = visitor;
    rebuild();
}

void ConversationView::setOwnSpeaker(ConversationTranscript::Speaker speaker)
{
    m_ownSpeaker = speaker;
    rebuild();
}

void ConversationView::setShowTimes(bool show)
{
    m_showTimes = show;
    rebuild();
}

void ConversationView::setMaximumTurns(int turns)
{
    m_maximumTurns = qMax(0, turns);
    rebuild();
}

void ConversationView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The turns' colours come from the palette, their size from the font, their side from the direction.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LayoutDirectionChange)
        rebuild();
}

void ConversationView::rebuild()
{
    clear();
    m_shown = 0;
    const ConversationTranscript *transcript = m_transcript.data();
    if (!transcript)
        return;
    const qsizetype count = transcript->size();
    const qsizetype first = m_maximumTurns > 0 ? qMax<qsizetype>(0, count - m_maximumTurns) : 0;
    for (qsizetype i = first; i < count; ++i)
        append(i);
}

void ConversationView::append(qsizetype index)
{
    const ConversationTranscript *transcript = m_transcript.data();
    if (!transcript || index < 0 || index >= transcript->size())
        return;
    const ConversationTranscript::Turn turn = transcript->turns().at(index);
    const bool own = turn.speaker == m_ownSpeaker;

    // Own turns on the trailing side in the highlight colours, the other side's on the leading side.
    QTextBlockFormat block;
    block.setBackground(palette().brush(own ? QPalette::Highlight : QPalette::AlternateBase));
    const qreal indent = fontMetrics().height() * 1.5;
    const bool leftToRight = layoutDirection() == Qt::LeftToRight;
    block.setLeftMargin(own == leftToRight ? indent : 0);
    block.setRightMargin(own == leftToRight ? 0 : indent);
    block.setLayoutDirection(turn.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    QTextCharFormat text;
    text.setForeground(palette().brush(own ? QPalette::HighlightedText : QPalette::Text));
    QTextCharFormat label = text;
    label.setFontWeight(QFont::Bold);
    label.setFontPointSize(qMax(font().pointSizeF() * 0.75, QApplication::font().pointSizeF()));

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat labelBlock = block; // in the text's direction, so that both line up
    labelBlock.setTopMargin(m_shown == 0 ? 0 : fontMetrics().height() * 0.4);
    if (m_shown == 0) // the empty document's one block
        cursor.setBlockFormat(labelBlock);
    else
        cursor.insertBlock(labelBlock);
    const QString who = turn.speaker == ConversationTranscript::Speaker::Agent ? m_agentLabel : m_visitorLabel;
    cursor.insertText(m_showTimes ? QStringLiteral("%1 · %2").arg(transcript->timeText(turn), who) : who, label);

    cursor.insertBlock(block);
    cursor.insertText(turn.text, text);
    ++m_shown;

    if (m_maximumTurns > 0 && m_shown > m_maximumTurns) {
        rebuild(); // the last turns again, the oldest one gone
        return;
    }
    moveCursor(QTextCursor::End);
    ensureCursorVisible();
}

} // namespace guichet
