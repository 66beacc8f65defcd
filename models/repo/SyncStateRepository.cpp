#include "repo/SyncStateRepository.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

namespace guichet {

QString SyncStateRepository::value(const QString &key, const QString &fallback) const
{
    return value(m_store.connection(), key, fallback);
}

QString SyncStateRepository::value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void SyncStateRepository::setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

void SyncStateRepository::setValue(const QString &key, const QString &value) const
{
    setValue(m_store.connection(), key, value);
    m_store.notifyChanged(QStringLiteral("sync_state"));
}

} // namespace guichet
