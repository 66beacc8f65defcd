#include "RecordValidator.h"

#include "core/Ids.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "sync/EntitySchema.h"
#include "sync/RecordValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guichet::server {

namespace {
constexpr int kMaxTextLength = 200000;
}

RecordValidator::RecordValidator()
    : m_connectionName(QStringLiteral("guichet-validator-") + newId())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!m_db.open())
        sql::fail(m_db.lastError(), QStringLiteral("open the validation database"));
    Migrator(localStoreMigrations()).migrate(m_db);
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys=OFF"));
}

RecordValidator::~RecordValidator()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<QString> RecordValidator::checkFields(const EntityInfo &entity, const QJsonObject &payload)
{
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const EntityColumn *column = entity.column(it.key());
        if (!column)
            return QStringLiteral("'%1' is not a field of %2").arg(it.key(), entity.name);
        const QJsonValue value = it.value();
        if (value.isNull()) {
            if (column->notNull)
                return QStringLiteral("'%1' cannot be empty").arg(it.key());
            continue;
        }
        switch (column->type) {
        case EntityColumn::Type::Text: {
            if (!value.isString())
                return QStringLiteral("'%1' must be text").arg(it.key());
            const QString text = value.toString();
            if (text.size() > kMaxTextLength)
                return QStringLiteral("'%1' is too long (%2 characters, at most %3)")
                    .arg(it.key())
                    .arg(text.size())
                    .arg(kMaxTextLength);
            if (text.contains(QChar(0)))
                return QStringLiteral("'%1' contains a NUL character").arg(it.key());
            break;
        }
        case EntityColumn::Type::Integer:
            if (value.isBool())
                break;
            if (!value.isDouble() ||
                value.toDouble() != static_cast<double>(static_cast<qint64>(value.toDouble())))
                return QStringLiteral("'%1' must be a whole number").arg(it.key());
            break;
        case EntityColumn::Type::Real:
            if (!value.isDouble())
                return QStringLiteral("'%1' must be a number").arg(it.key());
            break;
        }
    }
    return std::nullopt;
}

QSqlQuery *RecordValidator::prepared(const QString &statement, QString *error)
{
    if (const std::shared_ptr<QSqlQuery> known = m_prepared.value(statement))
        return known.get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    if (!query->prepare(statement)) {
        if (error != nullptr)
            *error = query->lastError().databaseText();
        return nullptr;
    }
    m_prepared.insert(statement, query);
    return query.get();
}

void RecordValidator::run(const QString &statement)
{
    QString error;
    QSqlQuery *query = prepared(statement, &error);
    if (query == nullptr || !query->exec())
        sql::fail(query ? query->lastError() : QSqlError(error), QStringLiteral("run %1").arg(statement));
}

std::optional<QString> RecordValidator::check(const EntityInfo &entity, const QJsonObject &record)
{
    if (auto problem = checkFields(entity, record))
        return problem;
    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (const EntityColumn &column : entity.columns) {
        if (!record.contains(column.name))
            continue;
        columns << column.name;
        marks << QStringLiteral("?");
        values << recordvalues::toSql(column, record.value(column.name));
    }
    const QString statement =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(entity.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    std::optional<QString> problem;
    run(QStringLiteral("SAVEPOINT check_record"));
    QString prepareError;
    if (QSqlQuery *insert = prepared(statement, &prepareError); insert == nullptr) {
        problem = prepareError;
    } else {
        for (int i = 0; i < values.size(); ++i)
            insert->bindValue(i, values.at(i));
        if (!insert->exec()) {
            QString text = insert->lastError().databaseText();
            text.replace(QLatin1String("constraint failed: "), QLatin1String("not accepted: "));
            problem = text;
        }
        insert->finish();
    }
    run(QStringLiteral("ROLLBACK TO check_record"));
    run(QStringLiteral("RELEASE check_record"));
    return problem;
}

} // namespace guichet::server
