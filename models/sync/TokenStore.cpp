#include "sync/TokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <memory>
#include <qt6keychain/keychain.h>

namespace guichet {

namespace {

using namespace std::chrono_literals;

// Long enough for an agent to type the keychain's password at an unlock prompt; short enough that
// a keychain that never answers does not hold a worker (or the CLI) forever.
constexpr auto kJobTimeout = 120s;

enum class Operation
{
    Write,
    Read,
    Remove
};

struct JobResult
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Shared by the caller and the keychain thread; `loop` is the caller's while it waits.
struct Pending
{
    QMutex mutex;
    QEventLoop *loop = nullptr;
    JobResult result;
};

// The one thread that runs every keychain job (see TokenStore.h), started at first use.
class KeychainThread
{
public:
    static QObject *context()
    {
        const QMutexLocker lock(&s_mutex);
        if (!s_thread) {
            s_thread = new QThread;
            s_thread->setObjectName(QStringLiteral("guichet-keychain"));
            s_context = new QObject;
            s_context->moveToThread(s_thread);
            QObject::connect(s_thread, &QThread::finished, s_context, &QObject::deleteLater);
            s_thread->start();
            qAddPostRoutine(&KeychainThread::stop);
        }
        return s_context;
    }

private:
    // Runs when the QCoreApplication goes. A job still waiting at an unlock prompt would hold the
    // thread: the thread is then left behind rather than delaying the exit (deleting a running
    // QThread would abort the process).
    static void stop()
    {
        const QMutexLocker lock(&s_mutex);
        s_thread->quit();
        if (s_thread->wait(QDeadlineTimer(2s)))
            delete s_thread;
        s_thread = nullptr;
        s_context = nullptr;
    }

    static inline QMutex s_mutex;
    static inline QThread *s_thread = nullptr;
    static inline QObject *s_context = nullptr;
};

// On the keychain thread.
void startJob(Operation operation, const QString &service, const QString &key, const QString &secret,
              const std::shared_ptr<Pending> &pending)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(false);       // deleted below, once its result is copied
    job->setInsecureFallback(false); // DESIGN §7: never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, job, [pending](QKeychain::Job *done) {
        const QMutexLocker lock(&pending->mutex);
        pending->result.finished = true;
        pending->result.error = done->error();
        pending->result.errorString = done->errorString().simplified();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            pending->result.text = read->textData();
        if (pending->loop)
            QMetaObject::invokeMethod(pending->loop, &QEventLoop::quit, Qt::QueuedConnection);
        done->deleteLater();
    });
    job->start();
}

// Runs one job on the keychain thread and waits for it in a local event loop of the calling thread.
JobResult run(Operation operation, const QString &service, const QString &key, const QString &secret = {})
{
    if (!QCoreApplication::instance()) {
        JobResult result;
        result.errorString = QStringLiteral("the keychain needs a QCoreApplication");
        return result;
    }
    auto pending = std::make_shared<Pending>();
    QEventLoop loop;
    pending->loop = &loop;
    QMetaObject::invokeMethod(
        KeychainThread::context(),
        [operation, service, key, secret, pending] { startJob(operation, service, key, secret, pending); },
        Qt::QueuedConnection);
    QTimer::singleShot(kJobTimeout, &loop, &QEventLoop::quit);
    bool finished = false;
    {
        const QMutexLocker lock(&pending->mutex);
        finished = pending->result.finished;
    }
    // User input waits: an agent's click must not start another action in the middle of this one.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QMutexLocker lock(&pending->mutex);
    pending->loop = nullptr; // the job may still finish after a timeout: it must not touch `loop`
    return pending->result;
}

QString describe(const JobResult &result)
{
    if (!result.finished && result.errorString.isEmpty())
        return QCoreApplication::translate("guichet::TokenStore",
                                           "The system keychain did not answer within %1 seconds")
            .arg(std::chrono::seconds(kJobTimeout).count());
    const QString detail = result.errorString.isEmpty()
                               ? QStringLiteral("error %1").arg(static_cast<int>(result.error))
                               : result.errorString;
    if (result.error == QKeychain::AccessDeniedByUser)
        return QCoreApplication::translate("guichet::TokenStore",
                                           "Access to the system keychain was refused: %1")
            .arg(detail);
    return QCoreApplication::translate("guichet::TokenStore",
                                       "The system keychain is locked or unavailable: %1")
        .arg(detail);
}

bool succeeded(const JobResult &result, QString *error)
{
    if (result.finished && result.error == QKeychain::NoError) {
        if (error)
            error->clear();
        return true;
    }
    if (error)
        *error = describe(result);
    return false;
}

} // namespace

TokenStore::TokenStore(QString service)
    : m_service(std::move(service))
{}

bool TokenStore::write(const QString &key, const QString &secret, QString *error)
{
    return succeeded(run(Operation::Write, m_service, key, secret), error);
}

std::optional<QString> TokenStore::read(const QString &key, QString *error)
{
    JobResult result = run(Operation::Read, m_service, key);
    if (result.finished && result.error == QKeychain::EntryNotFound) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    if (!succeeded(result, error))
        return std::nullopt;
    return std::move(result.text);
}

bool TokenStore::remove(const QString &key, QString *error)
{
    JobResult result = run(Operation::Remove, m_service, key);
    if (result.finished && result.error == QKeychain::EntryNotFound)
        result.error = QKeychain::NoError;
    return succeeded(result, error);
}

QString TokenStore::keyFor(const QString &deviceId)
{
    return QStringLiteral("device/%1/token").arg(deviceId);
}

} // namespace guichet
