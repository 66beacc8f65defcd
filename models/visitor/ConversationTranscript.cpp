#include "visitor/ConversationTranscript.h"

#include "core/Clock.h"

namespace guichet {

ConversationTranscript::ConversationTranscript(const Clock &clock, QObject *parent)
    : ConversationTranscript(clock, defaultTimeZone(), parent)
{
}

ConversationTranscript::ConversationTranscript(const Clock &clock, const QTimeZone &zone, QObject *parent)
    : QObject(parent), m_clock(clock), m_zone(zone.isValid() ? zone : defaultTimeZone())
{
}

bool ConversationTranscript::add(Speaker speaker, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    m_turns.append(Turn{speaker, trimmed, m_clock.nowUtc()});
    emit turnAdded(m_turns.size() - 1);
    return true;
}

void ConversationTranscript::clear()
{
    m_turns.clear();
    m_turns.squeeze();
    emit cleared();
}

QString ConversationTranscript::speakerLabel(Speaker speaker)
{
    return speaker == Speaker::Agent ? tr("Agent") : tr("Visitor");
}

QString ConversationTranscript::timeText(const Turn &turn) const
{
    return turn.atUtc.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
}

QString ConversationTranscript::toPlainText() const
{
    QStringList lines;
    lines.reserve(m_turns.size());
    for (const Turn &turn : m_turns)
        //: One line of the written conversation attached to a request: time, speaker, text.
        //: French puts a space before the colon: "%1 %2 : %3".
        lines.append(tr("%1 %2: %3").arg(timeText(turn), speakerLabel(turn.speaker), turn.text));
    return lines.join(QLatin1Char('\n'));
}

QStringList ConversationTranscript::toNotes(int maxLength) const
{
    QStringList notes;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            notes << current;
        current.clear();
    };
    for (QString line : toPlainText().split(QLatin1Char('\n'))) {
        if (!current.isEmpty() && current.size() + 1 + line.size() > maxLength)
            flush();
        while (line.size() > maxLength) { // one very long turn: cut it where it must be
            flush();
            notes << line.left(maxLength);
            line = line.mid(maxLength);
        }
        current += (current.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    flush();
    return notes;
}

} // namespace guichet
