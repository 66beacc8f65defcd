#pragma once

#include <QSqlDatabase>
#include <QString>

namespace guichet {

class LocalStore;

// Key/value state of this counter: device identity, sync cursor, server epoch, last success,
// current site, and the server this counter syncs with (empty ServerUrl = a standalone counter).
// Keys are the constants below.
class SyncStateRepository
{
public:
    static inline const QString DeviceId = QStringLiteral("device_id");
    static inline const QString Cursor = QStringLiteral("cursor");
    static inline const QString Epoch = QStringLiteral("epoch");
    static inline const QString LastSuccess = QStringLiteral("last_success");
    static inline const QString CurrentSite = QStringLiteral("current_site");
    static inline const QString CurrentAgent = QStringLiteral("current_agent");
    static inline const QString DemoSeed = QStringLiteral("demo_seed");
    static inline const QString ServerUrl = QStringLiteral("server_url");
    static inline const QString AgentLogin = QStringLiteral("agent_login");
    static inline const QString AgentRole = QStringLiteral("agent_role");
    static inline const QString SiteIds = QStringLiteral("site_ids"); // JSON array of site ids

    explicit SyncStateRepository(LocalStore &store) : m_store(store) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    // The same, on a given connection (inside a caller's transaction).
    static QString value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value) const;
    static void setValue(const QSqlDatabase &db, const QString &key, const QString &value);

private:
    LocalStore &m_store;
};

} // namespace guichet
