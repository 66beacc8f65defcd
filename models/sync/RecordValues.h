#pragma once

#include "sync/EntitySchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

// Converting a synced record's fields between JSON (the protocol) and SQL values (the counters'
// tables), the same way on the server and on the counter.
namespace guichet::recordvalues {

// JSON bool → 0/1, JSON null → NULL of the column's type, numbers → integers for INTEGER columns.
QVariant toSql(const EntityColumn &column, const QJsonValue &value);
QJsonValue fromSql(const EntityColumn &column, const QVariant &value);
// Every column of the current row of `query` (which selected entity.columnNames() in order).
QJsonObject rowToJson(const EntityInfo &entity, const QSqlQuery &query);

} // namespace guichet::recordvalues
