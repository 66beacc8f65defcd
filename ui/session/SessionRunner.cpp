#include "session/SessionRunner.h"

#include "store/StoreError.h"
#include "sync/TokenStore.h"

#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet {

namespace {

// Runs on the worker thread: everything the session needs is made and dropped there.
template<typename Call>
SyncSession::Outcome runSession(LocalStore &store, const QString &service, Call call)
{
    try {
        QNetworkAccessManager nam;
        TokenStore tokens(service);
        SyncSession session(store, tokens, nam);
        return call(session);
    } catch (const StoreError &error) {
        SyncSession::Outcome outcome;
        outcome.error = QStringLiteral("store");
        outcome.message = error.message();
        return outcome;
    }
}

} // namespace

SessionRunner::SessionRunner(LocalStore &store, QString keychainService, QObject *parent)
    : QObject(parent), m_store(store), m_service(std::move(keychainService))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<SyncSession::Outcome>::finished, this, &SessionRunner::onFinished);
}

SessionRunner::~SessionRunner()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

bool SessionRunner::login(const QUrl &server, const QString &login, const QString &password, const QString &siteId)
{
    if (busy())
        return false;
    m_task = Task::Login;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&store = m_store, service = m_service, server, login,
                                                     password, siteId] {
        return runSession(store, service, [&](SyncSession &session) {
            return session.login(server, login, password, siteId);
        });
    }));
    return true;
}

bool SessionRunner::logout()
{
    if (busy())
        return false;
    m_task = Task::Logout;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&store = m_store, service = m_service] {
        return runSession(store, service, [](SyncSession &session) { return session.logout(); });
    }));
    return true;
}

void SessionRunner::onFinished()
{
    const Task task = std::exchange(m_task, Task::None);
    const SyncSession::Outcome outcome = m_watcher.result();
    if (task == Task::Login)
        emit loginFinished(outcome);
    else if (task == Task::Logout)
        emit logoutFinished(outcome);
}

} // namespace guichet
