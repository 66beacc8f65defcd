#pragma once

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
    std::atomic<void *> m_handle{nullptr};   // the worker connection's sqlite3*, to interrupt it
    std::atomic_bool m_cancelled{false};
};

} // namespace guichet
