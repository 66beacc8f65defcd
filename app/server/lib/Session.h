#pragma once

#include "domain/Agent.h"

#include <QString>
#include <QStringList>

namespace guichet::server {

// Who is calling, established from the bearer token on every request.
struct Session
{
    QString agentId;
    QString login;
    Agent::Role role = Agent::Role::Agent;
    QString deviceId;
    QStringList siteIds; // the sites the device serves
    QString tokenHash;

    bool servesSite(const QString &siteId) const
    {
        return role == Agent::Role::Admin || siteIds.contains(siteId);
    }
};

} // namespace guichet::server
