#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace guichet {

class LocalStore;

// Checks the local store (PRAGMA quick_check) on a thread of its own, so that a counter with a
// large store shows its window at once. When the check finds damage it asks for a repair at the
// next start (LocalStore::open then runs a full check and rebuilds the store keeping the outbox)
// and says so through `finished`. Destroying it interrupts a check still running.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIntegrityCheck(LocalStore &store, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();
    bool isRunning() const;

signals:
    void finished(bool ok, const QString &problem);

private:
    void report(bool ok, const QString &problem);

    LocalStore &m_store;
    QThread *m_thread = nullptr;
    // The worker connection's sqlite3*, set and cleared under the mutex while the connection is
    // open, so that the destructor never interrupts a closed handle.
    QMutex m_handleMutex;
    void *m_handle = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace guichet
