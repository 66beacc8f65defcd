#include "TestStore.h"

#include <QDir>
#include <QFileInfo>

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
