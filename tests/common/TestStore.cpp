#include "TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace guichet::testing {

QDateTime TestStore::defaultNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

TestStore::TestStore(const QDateTime &nowUtc)
    : m_path(QDir(m_dir.path()).filePath(QStringLiteral("store.sqlite")))
    , m_clock(nowUtc)
    , m_store(std::make_unique<LocalStore>(m_path, m_clock))
{
    m_store->open(LocalStore::IntegrityCheck::Quick);
}

bool damageTable(const QString &path, const QString &table, char garbage)
{
    int rootPage = 0;
    int pageSize = 0;
    const QString name = QStringLiteral("guichet-test-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table))
                && query.next())
                rootPage = query.value(0).toInt();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (rootPage <= 1 || pageSize <= 0)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(qint64(rootPage - 1) * pageSize)
           && file.write(QByteArray(pageSize, garbage)) == pageSize;
}

QString kbDir()
{
    const QString env = qEnvironmentVariable("GUICHET_KB_DIR");
    const QString dir = env.isEmpty() ? QStringLiteral(GUICHET_KB_DIR) : env;
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("service-public-fiches.jsonl"))) ? dir : QString();
}

QString kbFichesFile()
{
    const QString dir = kbDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("service-public-fiches.jsonl"));
}

} // namespace guichet::testing
