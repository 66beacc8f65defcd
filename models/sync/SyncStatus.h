#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace guichet {

// What the status bar says about sync; the worker publishes a new one at every step, so the
// counter always tells the truth: signed out, online, syncing, offline, error, N waiting, last sync.
struct SyncStatus
{
    enum class State
    {
        Standalone, // never signed in to a server: local store only
        SignedOut,  // a server is configured but nobody is signed in (or the token was refused)
        Online,     // the last pass reached the server and finished
        Syncing,    // a pass is running
        Offline,    // the server could not be reached; retrying with backoff
        Error,      // the server answered with an error (or blocked the queue); retrying
    };
    State state = State::Standalone;
    int waiting = 0;       // outbox mutations not yet acknowledged
    int toHandle = 0;      // refused changes waiting in "À traiter"
    QDateTime lastSuccess; // UTC
    QDateTime nextAttempt; // UTC, when offline or in error
    QString message;       // the last problem, one line
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::SyncStatus)
