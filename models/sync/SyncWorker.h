#pragma once

#include "sync/SyncStatus.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace guichet {

class LocalStore;
class TokenStore;

// The counter's background sync: lives on its own thread with its own store connection and its
// own network manager, so the window never waits on the network. Runs a pass (push then pull)
// every `intervalMs`, soon after a local change, and after a failure with a growing backoff
// (2 s, 4 s … at most a minute). Publishes a SyncStatus after every step.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(LocalStore &store, int intervalMs = 10000);
    ~SyncWorker() override;

    // Starts the thread and the first pass. `stop()` (or the destructor) waits for the thread.
    void start();
    void stop();

    SyncStatus status() const;

public slots:
    void syncSoon(); // a local change: sync within a moment (debounced)
    void syncNow();

signals:
    void statusChanged(const guichet::SyncStatus &status);
    void passFinished(bool ok);

private:
    class Runner;
    LocalStore &m_store;
    int m_intervalMs;
    QThread m_thread;
    QPointer<Runner> m_runner;
};

} // namespace guichet
