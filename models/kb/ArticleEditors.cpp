#include "kb/ArticleEditors.h"

#include "repo/AgentRepository.h"
#include "store/StoreError.h"

namespace guichet {

bool ArticleEditors::mayEdit(const Agent &agent)
{
    return agent.isValid() && (agent.role == Agent::Role::Supervisor || agent.role == Agent::Role::Admin);
}

Agent ArticleEditors::requireAgent(LocalStore &store, const QString &agentId)
{
    const Agent agent = agentId.isEmpty() ? Agent() : AgentRepository(store).byId(agentId);
    if (!agent.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("The agent signed in at this counter is unknown to the local store: sign in "
                            "again."));
    return agent;
}

Agent ArticleEditors::requireEditor(LocalStore &store, const QString &agentId)
{
    const Agent agent = requireAgent(store, agentId);
    if (!mayEdit(agent))
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("Only a supervisor can edit articles, verify them or close their review "
                            "tasks. Give your feedback on the article instead: its owner will review "
                            "it."));
    return agent;
}

} // namespace guichet
