#pragma once

#include "sync/SyncSession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

namespace guichet {

class LocalStore;

// Signs the counter in and out (SyncSession) on a thread of its own, so that the window keeps
// answering while the server (up to its timeout) and the keychain (an unlock prompt) take their
// time. One call at a time; the result comes back as a signal on the window's thread. Each call
// has its own network manager and keychain access, created and deleted on the worker thread.
class SessionRunner : public QObject
{
    Q_OBJECT

public:
    // `keychainService`: the keychain entry's service (tests use one of their own).
    explicit SessionRunner(LocalStore &store, QString keychainService = QStringLiteral("Guichet"),
                           QObject *parent = nullptr);
    // Waits for a sign-in or sign-out still running: it uses the store, which outlives this.
    ~SessionRunner() override;

    bool busy() const { return m_task != Task::None; }

    // Both return false (and do nothing) while another call is running.
    bool login(const QUrl &server, const QString &login, const QString &password, const QString &siteId);
    bool logout();

signals:
    void loginFinished(const guichet::SyncSession::Outcome &outcome);
    void logoutFinished(const guichet::SyncSession::Outcome &outcome);

private:
    enum class Task { None, Login, Logout };
    void onFinished();

    LocalStore &m_store;
    QString m_service;
    QThreadPool m_pool;
    QFutureWatcher<SyncSession::Outcome> m_watcher;
    Task m_task = Task::None;
};

} // namespace guichet
