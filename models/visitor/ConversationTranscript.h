#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace guichet {

class Clock;

// The written conversation at the counter (a deaf or hard-of-hearing visitor, or one who shares no
// language with the agent): the agent and the visitor write in turn. Its turns live in memory only —
// nothing is written to disk; clear() forgets them. toPlainText() is what the agent may attach, as a
// note, to a request of the visitor's.
class ConversationTranscript : public QObject
{
    Q_OBJECT

public:
    enum class Speaker
    {
        Agent,
        Visitor
    };
    struct Turn
    {
        Speaker speaker = Speaker::Agent;
        QString text;
        QDateTime atUtc;
    };

    // Times come from `clock` and are written in `zone` (the site's).
    explicit ConversationTranscript(const Clock &clock, QObject *parent = nullptr);
    ConversationTranscript(const Clock &clock, const QTimeZone &zone, QObject *parent = nullptr);

    // Adds a turn of `text` (trimmed); false, and nothing added, when it is blank.
    bool add(Speaker speaker, const QString &text);
    void clear();

    const QList<Turn> &turns() const { return m_turns; }
    bool isEmpty() const { return m_turns.isEmpty(); }
    qsizetype size() const { return m_turns.size(); }
    QTimeZone timeZone() const { return m_zone; }

    // "10:32 Agent: …\n10:33 Visitor: …", times in the site's zone (speaker labels translated).
    QString toPlainText() const;
    // The same text cut into notes of at most `maxLength` characters, between turns when it can
    // (a request's note has a maximum length); empty when there is nothing.
    QStringList toNotes(int maxLength) const;
    static QString speakerLabel(Speaker speaker);
    QString timeText(const Turn &turn) const; // "10:32"

signals:
    void turnAdded(qsizetype index);
    void cleared();

private:
    const Clock &m_clock;
    QTimeZone m_zone;
    QList<Turn> m_turns;
};

} // namespace guichet
