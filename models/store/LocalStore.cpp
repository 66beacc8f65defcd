#include "store/LocalStore.h"

#include "store/OutboxSalvage.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace guichet {

LocalStore::LocalStore(QString path, Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_clock(clock)
{
}

LocalStore::~LocalStore()
{
    closeAllConnections();
}

QString LocalStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("guichet.sqlite"));
}

void LocalStore::ensureWritableLocation() const
{
    const QFileInfo file(m_path);
    QDir dir = file.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("Cannot create the folder %1 for the local store: check its permissions.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    const QFileInfo dirInfo(dir.absolutePath());
    if (!dirInfo.isWritable())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The folder %1 is read-only: the local store needs to write there.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (file.exists() && !file.isWritable())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The local store %1 is read-only: Guichet cannot save anything in it.")
                             .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
}

QSqlDatabase LocalStore::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (!db.open())
        sql::fail(db.lastError(), tr("Cannot open the local store %1").arg(m_path));
    // A connection waits for another thread's write instead of failing at once.
    sql::execScript(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    sql::execScript(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::execScript(db, QStringLiteral("PRAGMA synchronous = FULL"));
    sql::execScript(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    return db;
}

QSqlDatabase LocalStore::connection() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(thread);
        if (name.isEmpty()) {
            name = QStringLiteral("guichet-store-%1-%2")
                       .arg(reinterpret_cast<quintptr>(this), 0, 16)
                       .arg(reinterpret_cast<quintptr>(thread), 0, 16);
            m_connections.insert(thread, name);
            if (QThread *current = QThread::currentThread();
                current != nullptr && QCoreApplication::instance() != nullptr
                && current != QCoreApplication::instance()->thread()) {
                // Tied to the store: a thread that outlives the store does not call back into it.
                QObject::connect(current, &QThread::finished, this, [this, thread, name] {
                    QSqlDatabase::removeDatabase(name);
                    QMutexLocker innerLock(&m_mutex);
                    m_connections.remove(thread);
                }, Qt::DirectConnection);
            }
        }
    }
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    try {
        return openConnection(name);
    } catch (const StoreError &) {
        // Not registered half-open: the next call tries again.
        QSqlDatabase::removeDatabase(name);
        QMutexLocker lock(&m_mutex);
        m_connections.remove(thread);
        throw;
    }
}

void LocalStore::closeAllConnections()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

int LocalStore::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

bool LocalStore::checkIntegrity(IntegrityCheck check, QString *problem) const
{
    if (check == IntegrityCheck::Skip)
        return true;
    QSqlQuery query(connection());
    const QString pragma = check == IntegrityCheck::Full ? QStringLiteral("PRAGMA integrity_check")
                                                         : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(pragma)) {
        // Damage says so (SQLITE_CORRUPT / SQLITE_NOTADB); a busy, full or unreachable store is
        // not damaged and must never be moved aside for it.
        sql::fail(query.lastError(), tr("The integrity check could not run"));
    }
    QStringList messages;
    while (query.next())
        messages << query.value(0).toString();
    if (query.lastError().isValid())
        sql::fail(query.lastError(), tr("The integrity check could not run"));
    const bool ok = messages == QStringList{QStringLiteral("ok")};
    if (!ok && problem)
        *problem = messages.mid(0, 3).join(QStringLiteral("; "));
    return ok;
}

LocalStore::OpenReport LocalStore::open(IntegrityCheck check)
{
    return open(check, localStoreMigrations());
}

QString LocalStore::repairMarkerPath(const QString &path)
{
    return path + QStringLiteral(".repair-requested");
}

void LocalStore::requestRepair(const QString &path, const QString &problem)
{
    QFile marker(repairMarkerPath(path));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(problem.toUtf8());
}

bool LocalStore::repairRequested(const QString &path)
{
    return QFileInfo::exists(repairMarkerPath(path));
}

LocalStore::OpenReport LocalStore::open(IntegrityCheck check, const std::vector<Migration> &migrations)
{
    ensureWritableLocation();
    const bool repair = repairRequested(m_path);
    if (repair)
        check = IntegrityCheck::Full;
    OpenReport report = openChecked(check, migrations);
    if (repair)
        QFile::remove(repairMarkerPath(m_path));
    return report;
}

LocalStore::OpenReport LocalStore::openChecked(IntegrityCheck check, const std::vector<Migration> &migrations)
{
    OpenReport report;
    report.created = !QFileInfo::exists(m_path) || QFileInfo(m_path).size() == 0;

    const Migrator migrator(migrations);
    QString problem;
    bool damaged = false;
    try {
        QSqlDatabase db = connection();
        // The header is read by the first statement: "file is not a database" shows up here.
        migrator.refuseNewer(db);
        damaged = !checkIntegrity(check, &problem);
        if (!damaged) {
            const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                throw StoreError(StoreError::Kind::Generic, tr("The local store could not switch to WAL mode."));
            report.migrationsApplied = migrator.migrate(db);
        }
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Damaged)
            throw;
        damaged = true;
        problem = error.message();
    }
    if (damaged)
        return recover(problem, migrations);
    report.schemaVersion = migrator.latestVersion();
    return report;
}

LocalStore::OpenReport LocalStore::recover(const QString &problem, const std::vector<Migration> &migrations)
{
    qWarning("guichet: the local store %s is damaged (%s); moving it aside and rebuilding it",
             qPrintable(m_path), qPrintable(problem.left(300)));
    closeAllConnections();
    const SalvagedState salvaged = salvageFromDamagedStore(m_path);

    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, aside))
        throw StoreError(StoreError::Kind::Damaged,
                         tr("The local store %1 is damaged and could not be moved aside; nothing was changed.")
                             .arg(m_path));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }

    OpenReport report = openChecked(IntegrityCheck::Skip, migrations);
    report.recovered = true;
    report.created = true;
    report.movedAsidePath = aside;
    report.outboxSalvaged = restoreSalvagedState(connection(), salvaged);
    report.salvageFailed = !salvaged.readable;
    return report;
}

void LocalStore::notifyChanged(const QString &entity)
{
    // Queued when called from a worker thread, direct on the store's own thread.
    QMetaObject::invokeMethod(this, [this, entity] { emit changed(entity); },
                              QThread::currentThread() == thread() ? Qt::DirectConnection : Qt::QueuedConnection);
}

} // namespace guichet
