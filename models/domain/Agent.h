#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// A reception agent, supervisor or administrator; a substitute has no home site and is in the pool.
struct Agent
{
    enum class Role
    {
        Agent,
        Supervisor,
        Admin
    };

    QString id;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString homeSiteId; // empty for the substitute pool
    bool inPool = false;
    QStringList languages; // ISO 639-1 codes, "fr" first
    QString phone;
    QString email;
    qint64 version = 0;

    bool isValid() const { return !id.isEmpty(); }

    // Names as in the CHECK constraint of agents.role.
    static QString roleName(Role role)
    {
        switch (role) {
        case Role::Agent:
            return QStringLiteral("agent");
        case Role::Supervisor:
            return QStringLiteral("supervisor");
        case Role::Admin:
            return QStringLiteral("admin");
        }
        return QStringLiteral("agent");
    }
    static Role roleFromName(const QString &name)
    {
        if (name == QLatin1String("supervisor"))
            return Role::Supervisor;
        if (name == QLatin1String("admin"))
            return Role::Admin;
        return Role::Agent;
    }
};

} // namespace guichet
