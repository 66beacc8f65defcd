#include "store/BackgroundIntegrityCheck.h"

#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

namespace guichet {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(LocalStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    {
        // Qt's SQLite driver on Debian is linked to this same system SQLite (see
        // models/CMakeLists.txt); the handle is only touched while its connection is open.
        QMutexLocker lock(&m_handleMutex);
        if (m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
    }
    m_thread->wait();
    delete m_thread;
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QString problem;
        bool ok = true;
        try {
            const QSqlDatabase db = m_store.connection();
            const QVariant handle = db.driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                QMutexLocker lock(&m_handleMutex);
                m_handle = *static_cast<void *const *>(handle.constData());
            }
            if (!m_cancelled)
                ok = m_store.checkIntegrity(LocalStore::IntegrityCheck::Quick, &problem);
        } catch (const StoreError &error) {
            ok = error.kind() != StoreError::Kind::Damaged;
            problem = error.message();
        }
        {
            QMutexLocker lock(&m_handleMutex);
            m_handle = nullptr;
        }
        if (m_cancelled)
            return;
        QMetaObject::invokeMethod(this, [this, ok, problem] { report(ok, problem); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("guichet-integrity-check"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundIntegrityCheck::report(bool ok, const QString &problem)
{
    if (!ok)
        LocalStore::requestRepair(m_store.path(), problem);
    emit finished(ok, problem);
}

} // namespace guichet
