#pragma once

#include "domain/Agent.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// The synced entities and their columns, as the counter's local store has them. The columns are
// read from the local schema itself (applied to a private in-memory SQLite database), so the
// server, the counter and the tests can never disagree on them.
struct EntityColumn
{
    enum class Type
    {
        Text,
        Integer,
        Real
    };
    QString name;
    Type type = Type::Text;
    bool notNull = false;
    bool hasDefault = false;
};

struct EntityInfo
{
    enum class Scope
    {
        City, // every counter of the city receives it
        Site, // only the counters serving the record's site (siteColumn) receive it
    };
    QString name; // table name, also the entity name in the protocol
    Scope scope = Scope::City;
    QString siteColumn; // the column holding the record's site (Site scope; may be empty)
    QString naturalKey; // a column unique across the city (reference, code, login…), or empty
    Agent::Role writeRole = Agent::Role::Agent; // the least role that may create or change it
    bool appendOnly = false;                    // only created, never changed (histories, revisions)
    bool serverOnly = false;                    // written by the server alone (slot counts)
    bool anySiteWrite = false; // a counter may write it for any site (booking), not only its own
    bool auditOnly = false;    // pushed to the server's audit log only: never stored as a record nor pulled
    QList<EntityColumn> columns;                // every column, id first

    const EntityColumn *column(const QString &columnName) const;
    QStringList columnNames() const;
    // Columns the server manages itself: a client's payload never sets them.
    static bool isServerManaged(const QString &columnName);
};

class EntitySchema
{
public:
    static const EntitySchema &instance();

    const EntityInfo *find(const QString &entity) const;
    const QList<EntityInfo> &entities() const { return m_entities; }
    QStringList names() const;

    static int roleRank(Agent::Role role);

private:
    EntitySchema();
    QList<EntityInfo> m_entities;
    QHash<QString, int> m_index;
};

} // namespace guichet
