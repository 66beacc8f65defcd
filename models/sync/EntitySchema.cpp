#include "sync/EntitySchema.h"

#include "core/Ids.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {

struct EntityRule
{
    const char *name;
    EntityInfo::Scope scope;
    const char *siteColumn;
    const char *naturalKey;
    Agent::Role writeRole;
    bool appendOnly;
    bool serverOnly = false;
    bool anySiteWrite = false;
    bool auditOnly = false;
};

// Order matters for a first snapshot: parents before children.
constexpr EntityRule kRules[] = {
    {"sites", EntityInfo::Scope::City, "", "code", Agent::Role::Admin, false},
    {"site_closures", EntityInfo::Scope::City, "site_id", "", Agent::Role::Supervisor, false},
    {"agents", EntityInfo::Scope::City, "home_site_id", "login", Agent::Role::Admin, false},
    {"services", EntityInfo::Scope::City, "", "code", Agent::Role::Supervisor, false},
    {"schedules", EntityInfo::Scope::City, "site_id", "", Agent::Role::Supervisor, false},
    {"articles", EntityInfo::Scope::City, "site_id", "external_id", Agent::Role::Supervisor, false},
    // revision_key ("ARTICLE_ID:REVISION"): two counters cannot both store revision n+1.
    {"article_versions", EntityInfo::Scope::City, "", "revision_key", Agent::Role::Supervisor, true},
    // Any agent keeps favourites and gives feedback (the server checks that it is their own, and
    // that only a supervisor resolves feedback: ArticleMutationRules).
    {"article_favourites", EntityInfo::Scope::City, "", "pair_key", Agent::Role::Agent, false},
    {"article_feedback", EntityInfo::Scope::City, "", "", Agent::Role::Agent, false},
    {"interpreter_providers", EntityInfo::Scope::City, "", "", Agent::Role::Supervisor, false},
    // Any counter books at any site of the city; only the site's counters receive the bookings.
    {"appointments", EntityInfo::Scope::Site, "site_id", "", Agent::Role::Agent, false, false, true},
    {"requests", EntityInfo::Scope::City, "site_id", "reference", Agent::Role::Agent, false},
    {"request_events", EntityInfo::Scope::City, "", "", Agent::Role::Agent, true},
    // A call is logged when it starts; its counter then sets the duration and outcome, nothing else
    // (the server's CallLogMutationRules).
    {"call_logs", EntityInfo::Scope::Site, "site_id", "", Agent::Role::Agent, false},
    {"slot_counts", EntityInfo::Scope::City, "", "", Agent::Role::Admin, false, true},
    // Openings of a requester's record (requests are the whole city's: any site). The server
    // writes them to its audit log and keeps no record: they are never pulled back.
    {"record_openings", EntityInfo::Scope::Site, "site_id", "", Agent::Role::Agent, true, false, true, true},
};

EntityColumn::Type typeOf(const QString &declared)
{
    const QString upper = declared.toUpper();
    if (upper.contains(QLatin1String("INT")))
        return EntityColumn::Type::Integer;
    if (upper.contains(QLatin1String("REAL")) || upper.contains(QLatin1String("FLOA")) ||
        upper.contains(QLatin1String("DOUB")))
        return EntityColumn::Type::Real;
    return EntityColumn::Type::Text;
}

} // namespace

const EntityColumn *EntityInfo::column(const QString &columnName) const
{
    for (const EntityColumn &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

QStringList EntityInfo::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const EntityColumn &c : columns)
        names << c.name;
    return names;
}

bool EntityInfo::isServerManaged(const QString &columnName)
{
    return columnName == QLatin1String("version") || columnName == QLatin1String("updated_at");
}

int EntitySchema::roleRank(Agent::Role role)
{
    switch (role) {
    case Agent::Role::Agent:
        return 0;
    case Agent::Role::Supervisor:
        return 1;
    case Agent::Role::Admin:
        return 2;
    }
    return 0;
}

const EntitySchema &EntitySchema::instance()
{
    static const EntitySchema schema;
    return schema;
}

EntitySchema::EntitySchema()
{
    // A private in-memory database with the local schema, read once and closed.
    const QString connectionName = QStringLiteral("guichet-entity-schema-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            sql::fail(db.lastError(), QStringLiteral("open the schema reference database"));
        Migrator(localStoreMigrations()).migrate(db);
        for (const EntityRule &rule : kRules) {
            EntityInfo info;
            info.name = QString::fromLatin1(rule.name);
            info.scope = rule.scope;
            info.siteColumn = QString::fromLatin1(rule.siteColumn);
            info.naturalKey = QString::fromLatin1(rule.naturalKey);
            info.writeRole = rule.writeRole;
            info.appendOnly = rule.appendOnly;
            info.serverOnly = rule.serverOnly;
            info.anySiteWrite = rule.anySiteWrite;
            info.auditOnly = rule.auditOnly;
            QSqlQuery query = sql::exec(db,
                                        QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM "
                                                       "pragma_table_info(?) ORDER BY cid"),
                                        {info.name});
            while (query.next()) {
                EntityColumn column;
                column.name = query.value(0).toString();
                column.type = typeOf(query.value(1).toString());
                column.notNull = query.value(2).toInt() != 0;
                column.hasDefault = !query.value(3).isNull();
                info.columns << column;
            }
            m_index.insert(info.name, static_cast<int>(m_entities.size()));
            m_entities << info;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

const EntityInfo *EntitySchema::find(const QString &entity) const
{
    const auto it = m_index.constFind(entity);
    return it == m_index.constEnd() ? nullptr : &m_entities.at(*it);
}

QStringList EntitySchema::names() const
{
    QStringList result;
    for (const EntityInfo &info : m_entities)
        result << info.name;
    return result;
}

} // namespace guichet
