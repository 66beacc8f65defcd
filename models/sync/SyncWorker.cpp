#include "sync/SyncWorker.h"

#include "core/TimeFormat.h"
#include "repo/ConflictRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "requests/RequestRetention.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncSession.h"
#include "sync/TokenStore.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace guichet {

// Everything that runs on the worker thread.
class SyncWorker::Runner : public QObject
{
    Q_OBJECT
public:
    Runner(LocalStore &store, int intervalMs)
        : m_store(store)
        , m_intervalMs(intervalMs)
    {}

    void begin()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Runner::runPass);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(300);
        connect(m_debounce, &QTimer::timeout, this, &Runner::runPass);
        publish(SyncStatus::State::Online, QString(), /*initial=*/true);
        runPass();
        // At start-up, also offline: the local cache goes back to its retention window.
        purgeOldRequests(/*startUp=*/true);
    }

    // On this thread (never holding up the window), a few seconds at most: a large first purge
    // goes on after each sync (SyncEngine), or at each interval on a standalone counter.
    void purgeOldRequests(bool startUp)
    {
        try {
            const RequestRetention retention(m_store);
            if (startUp)
                retention.purge(RequestRetention::kBackgroundBudgetMs);
            else
                retention.purgeAfterSync();
        } catch (const StoreError &error) {
            qWarning("guichet: old requests could not be purged: %s", qPrintable(error.message()));
        }
    }

    void soon()
    {
        if (!m_debounce->isActive())
            m_debounce->start();
    }

    void runPass()
    {
        m_timer->stop();
        m_debounce->stop();
        SyncEngine::Report report;
        try {
            const SyncStateRepository state(m_store);
            const QUrl server(state.value(SyncStateRepository::ServerUrl));
            if (server.isEmpty()) {
                publish(SyncStatus::State::Standalone, QString());
                purgeOldRequests(/*startUp=*/false);
                schedule(m_intervalMs);
                return;
            }
            TokenStore tokens;
            SyncSession session(m_store, tokens, *m_nam);
            QString keychainError;
            const QString token = session.token(&keychainError);
            if (token.isEmpty()) {
                publish(SyncStatus::State::SignedOut, keychainError);
                schedule(m_intervalMs);
                return;
            }
            publish(SyncStatus::State::Syncing, QString());
            SyncHttpClient client(*m_nam, server);
            client.setToken(token);
            report = SyncEngine(m_store, client).run();
        } catch (const StoreError &error) {
            report.result = SyncEngine::Report::Result::Failed;
            report.message = error.message();
        }
        switch (report.result) {
        case SyncEngine::Report::Result::Done:
            m_failures = 0;
            publish(SyncStatus::State::Online, QString());
            schedule(m_intervalMs);
            break;
        case SyncEngine::Report::Result::SignedOut:
            publish(SyncStatus::State::SignedOut, report.message);
            schedule(m_intervalMs);
            break;
        case SyncEngine::Report::Result::Offline:
        case SyncEngine::Report::Result::Blocked:
        case SyncEngine::Report::Result::Failed: {
            ++m_failures;
            const int base = std::min(60000, 2000 << std::min(m_failures - 1, 5));
            const int delay = base / 2 + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
            m_next = QDateTime::currentDateTimeUtc().addMSecs(delay);
            publish(report.result == SyncEngine::Report::Result::Offline ? SyncStatus::State::Offline
                                                                         : SyncStatus::State::Error,
                    report.message);
            schedule(delay);
            break;
        }
        }
        emit passFinished(report.ok());
    }

    SyncStatus current() const
    {
        QMutexLocker lock(&m_mutex);
        return m_status;
    }

signals:
    void statusChanged(const guichet::SyncStatus &status);
    void passFinished(bool ok);

private:
    void schedule(int ms) { m_timer->start(ms); }

    void publish(SyncStatus::State state, const QString &message, bool initial = false)
    {
        SyncStatus status;
        status.state = state;
        status.message = message;
        try {
            status.waiting = OutboxRepository(m_store).count();
            status.toHandle = ConflictRepository(m_store).openCount();
            status.lastSuccess =
                timefmt::fromStore(SyncStateRepository(m_store).value(SyncStateRepository::LastSuccess));
        } catch (const StoreError &) {
            // The counts stay at zero; the message says what failed.
        }
        if (state == SyncStatus::State::Offline || state == SyncStatus::State::Error)
            status.nextAttempt = m_next;
        if (initial && SyncStateRepository(m_store).value(SyncStateRepository::ServerUrl).isEmpty())
            status.state = SyncStatus::State::Standalone;
        {
            QMutexLocker lock(&m_mutex);
            m_status = status;
        }
        emit statusChanged(status);
    }

    LocalStore &m_store;
    int m_intervalMs;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTimer *m_timer = nullptr;
    QTimer *m_debounce = nullptr;
    int m_failures = 0;
    QDateTime m_next;
    mutable QMutex m_mutex;
    SyncStatus m_status;
};

SyncWorker::SyncWorker(LocalStore &store, int intervalMs)
    : m_store(store)
    , m_intervalMs(intervalMs)
{
    qRegisterMetaType<guichet::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("guichet-sync"));
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_runner)
        return;
    auto *runner = new Runner(m_store, m_intervalMs);
    runner->moveToThread(&m_thread);
    m_runner = runner;
    connect(&m_thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, runner, &Runner::begin);
    connect(runner, &Runner::statusChanged, this, &SyncWorker::statusChanged);
    connect(runner, &Runner::passFinished, this, &SyncWorker::passFinished);
    // A local change (an outbox row written by the window) asks for a pass soon.
    connect(&m_store, &LocalStore::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("outbox") || entity == QLatin1String("sync_state"))
            syncSoon();
    });
    m_thread.start();
}

void SyncWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

SyncStatus SyncWorker::status() const
{
    return m_runner ? m_runner->current() : SyncStatus{};
}

void SyncWorker::syncSoon()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &Runner::soon, Qt::QueuedConnection);
}

void SyncWorker::syncNow()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &Runner::runPass, Qt::QueuedConnection);
}

} // namespace guichet

#include "SyncWorker.moc"
