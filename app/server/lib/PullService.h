#pragma once

#include "ChangeCache.h"
#include "Session.h"

#include <QByteArray>
#include <QJsonArray>

namespace guichet::server {

class ServerDatabase;

// Answers pulls and request-number leases.
class PullService
{
public:
    explicit PullService(ServerDatabase &database)
        : m_db(database)
    {}

    struct Answer
    {
        int status = 200;
        QByteArray body; // JSON
    };

    // Every change visible to the device above `since`, in change-number order, read in ONE
    // snapshot together with the last change number: since writers are serialized on the change
    // counter, every change up to that number is committed and visible, so the cursor handed back
    // never passes a change that commits later.
    Answer pull(const Session &session, qint64 since, int limit, qint64 pendingFrom);

    // Reserves `count` request numbers of `prefix` for the device (DESIGN §5).
    Answer lease(const Session &session, const QString &prefix, int count);

private:
    // The records outside the device's scope that its own applied mutations (from `pendingFrom`)
    // wrote: a booking at another site, as the server now has it.
    QJsonArray confirmedElsewhere(const Session &session, qint64 pendingFrom);

    ServerDatabase &m_db;
    ChangeCache m_recent; // the recent changes, serialised once for every counter
};

QByteArray errorBody(const QString &code, const QString &message);

} // namespace guichet::server
