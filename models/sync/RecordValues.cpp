#include "sync/RecordValues.h"

namespace guichet::recordvalues {

QVariant toSql(const EntityColumn &column, const QJsonValue &value)
{
    switch (column.type) {
    case EntityColumn::Type::Integer:
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<qlonglong>());
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        return static_cast<qlonglong>(value.toDouble());
    case EntityColumn::Type::Real:
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<double>());
        return value.toDouble();
    case EntityColumn::Type::Text:
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<QString>());
        if (value.isString())
            return value.toString();
        return value.toVariant().toString();
    }
    return {};
}

QJsonValue fromSql(const EntityColumn &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case EntityColumn::Type::Integer:
        return value.toLongLong();
    case EntityColumn::Type::Real:
        return value.toDouble();
    case EntityColumn::Type::Text:
        return value.toString();
    }
    return {};
}

QJsonObject rowToJson(const EntityInfo &entity, const QSqlQuery &query)
{
    QJsonObject object;
    for (int i = 0; i < entity.columns.size(); ++i)
        object.insert(entity.columns.at(i).name, fromSql(entity.columns.at(i), query.value(i)));
    return object;
}

} // namespace guichet::recordvalues
