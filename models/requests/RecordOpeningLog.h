#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

class LocalStore;

// The audit trail of a requester's record (DESIGN §7): every time an agent opens a request at
// this counter — shown on screen, a receipt printed, a record read from the server — one row
// (who, when, which request, what for) is written to record_openings and queued for the server's
// audit log in the same transaction. The server keeps the trail; the counter keeps its rows only
// until they are sent and within the retention window.
class RecordOpeningLog
{
public:
    enum class Action
    {
        View,      // shown at the counter
        Receipt,   // a receipt printed or saved
        OnlineView // read from the server (beyond the local retention window)
    };

    struct Entry
    {
        QString id;
        QString requestId;
        QString reference;
        QString agentId;
        QString siteId;
        QDateTime openedAt; // UTC
        Action action = Action::View;
    };

    explicit RecordOpeningLog(LocalStore &store)
        : m_store(store)
    {}

    // Writes the opening and its outbox mutation (one transaction). The agent and site are the
    // counter's current ones when empty.
    Entry record(const QString &requestId, const QString &reference, Action action,
                 const QString &agentId = {}, const QString &siteId = {});

    // The openings of one request kept here, newest first.
    QList<Entry> forRequest(const QString &requestId) const;

    static QString actionName(Action action);

private:
    LocalStore &m_store;
};

} // namespace guichet
