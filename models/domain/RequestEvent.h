#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guichet {

// One entry of a request's append-only history (table request_events). Events are never edited:
// a correction is a new note.
struct RequestEvent
{
    // Exactly the CHECK values of request_events.kind.
    enum class Kind
    {
        Created,
        Acknowledged,
        Assigned,
        Note,
        ReminderSent,
        Answered,
        Closed
    };

    QString id;
    QString requestId;
    Kind kind = Kind::Note;
    QDateTime at;      // UTC
    QString agentId;   // empty: the citizen online, or the system (automatic reminder)
    QString agentName; // read from agents, not stored with the event
    QString channel;   // how it happened: counter, phone, mail, email, web, social, sms, internal
    QString text;
    qint64 version = 0;
    QDateTime updatedAt;
    bool deleted = false;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name, bool *ok = nullptr);

    // The whole record, as sent in a 'create' mutation.
    QJsonObject toJson() const;
};

} // namespace guichet
