#include "repo/AgentRepository.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

QString AgentRepository::selectColumns()
{
    return QStringLiteral(
        "id, login, display_name, role, home_site_id, in_pool, languages, phone, email, version");
}

Agent AgentRepository::fromQuery(const QSqlQuery &query)
{
    Agent agent;
    agent.id = query.value(0).toString();
    agent.login = query.value(1).toString();
    agent.displayName = query.value(2).toString();
    agent.role = Agent::roleFromName(query.value(3).toString());
    agent.homeSiteId = query.value(4).toString();
    agent.inPool = query.value(5).toInt() != 0;
    const QJsonArray languages = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
    for (const QJsonValue &language : languages)
        agent.languages << language.toString();
    agent.phone = query.value(7).toString();
    agent.email = query.value(8).toString();
    agent.version = query.value(9).toLongLong();
    return agent;
}

QList<Agent> AgentRepository::list(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM agents WHERE deleted = 0 AND %2 "
                       "ORDER BY CASE role WHEN 'supervisor' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, "
                       "display_name, id")
            .arg(selectColumns(), where),
        values);
    QList<Agent> agents;
    while (query.next())
        agents << fromQuery(query);
    return agents;
}

Agent AgentRepository::byId(const QString &id) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(selectColumns()), {id});
    return query.next() ? fromQuery(query) : Agent();
}

Agent AgentRepository::byLogin(const QString &login) const
{
    QSqlQuery query =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM agents WHERE login = ?").arg(selectColumns()), {login});
    return query.next() ? fromQuery(query) : Agent();
}

QList<Agent> AgentRepository::bySite(const QString &siteId) const
{
    return list(QStringLiteral("home_site_id = ?"), {siteId});
}

QList<Agent> AgentRepository::substitutePool() const
{
    return list(QStringLiteral("in_pool = 1"), {});
}

} // namespace guichet
