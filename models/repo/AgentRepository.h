#pragma once

#include "domain/Agent.h"

#include <QList>

class QSqlQuery;

namespace guichet {

class LocalStore;

// Reads agents: one by id or login, the agents of a site, the substitute pool.
class AgentRepository
{
public:
    explicit AgentRepository(LocalStore &store)
        : m_store(store)
    {}

    Agent byId(const QString &id) const; // invalid when unknown
    Agent byLogin(const QString &login) const;
    // Agents whose home site it is: supervisor first, then by name.
    QList<Agent> bySite(const QString &siteId) const;
    // The substitute pool (no home site), by name.
    QList<Agent> substitutePool() const;

    static Agent fromQuery(const QSqlQuery &query);
    static QString selectColumns();

private:
    QList<Agent> list(const QString &where, const QVariantList &values) const;

    LocalStore &m_store;
};

} // namespace guichet
