#pragma once

#include "sync/SyncSession.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace guichet {

// What the agent reads when signing in or out goes wrong: the server's refusal (wrong password,
// too many attempts, no access to the site), no answer, a locked keychain, a bad address — in
// words, with what to do. The server's own line stays available as detail for IT.
class SessionMessages
{
    Q_DECLARE_TR_FUNCTIONS(guichet::SessionMessages)

public:
    static QString loginRefusal(const SyncSession::Outcome &outcome, const QUrl &server);
    static QString logoutProblem(const SyncSession::Outcome &outcome);
    // A problem with the address itself, before anything is sent (empty when it may be used).
    static QString addressProblem(const QUrl &server);
    // "try again in 120 s" in the server's message: the seconds, or 0.
    static int retryAfterSeconds(const QString &message);
};

} // namespace guichet
