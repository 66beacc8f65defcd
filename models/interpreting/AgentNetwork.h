#pragma once

#include "domain/Agent.h"

#include <QList>
#include <QString>

namespace guichet {

class LocalStore;

// The city's own network of interpreters: agents whose profile says they speak the visitor's
// language. Those of this site come first, then the other sites' agents (the Hôtel de Ville
// before the mairies, by code), then the substitute pool. An agent counts as on duty when their
// site is open now (opening hours, closures and public holidays, in the site's time zone).
class AgentNetwork
{
public:
    struct Member
    {
        Agent agent;
        QString siteName; // empty for the substitute pool
        bool atThisSite = false;
        bool onDuty = false;
    };

    explicit AgentNetwork(LocalStore &store)
        : m_store(store)
    {}

    // `excludeAgentId`: the agent at this counter, who already knows what they speak.
    QList<Member> speakers(const QString &language, const QString &siteId,
                           const QString &excludeAgentId = {}) const;

private:
    LocalStore &m_store;
};

} // namespace guichet
