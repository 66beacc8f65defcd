#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace guichet {
struct EntityInfo;
}

namespace guichet::server {

// Checks that a record would be accepted by every counter's local store: it is inserted, inside a
// savepoint that is always rolled back, into a private in-memory SQLite database that has the
// counters' own schema (NOT NULL, CHECK constraints, types). A record the server stores must never
// be one that a counter then fails to apply — that would stop every counter's sync.
class RecordValidator
{
public:
    RecordValidator();
    ~RecordValidator();
    RecordValidator(const RecordValidator &) = delete;
    RecordValidator &operator=(const RecordValidator &) = delete;

    // The reason the record is refused, or nothing when it is valid.
    std::optional<QString> check(const EntityInfo &entity, const QJsonObject &record);

    // Checks a payload's fields against the entity's columns and JSON types.
    static std::optional<QString> checkFields(const EntityInfo &entity, const QJsonObject &payload);

private:
    QSqlQuery *prepared(const QString &statement, QString *error); // nullptr when it does not prepare
    void run(const QString &statement);                            // throws StoreError

    QString m_connectionName;
    QSqlDatabase m_db;
    // Statements prepared once (an insert per entity and set of columns): a check is a hot path,
    // run for every mutation a counter pushes.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace guichet::server
