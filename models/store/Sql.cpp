#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace guichet::sql {

namespace {

StoreError::Kind kindOf(const QSqlError &error)
{
    // SQLite primary result codes (the Qt driver reports them as nativeErrorCode).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString text = error.databaseText();
    if ((ok && code == 13) || text.contains(QLatin1String("database or disk is full")))
        return StoreError::Kind::DiskFull;
    if ((ok && code == 8) || text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return StoreError::Kind::ReadOnly;
    if ((ok && (code == 11 || code == 26)) || text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("not a database")))
        return StoreError::Kind::Damaged;
    if ((ok && code == 19) || text.contains(QLatin1String("constraint failed")))
        return StoreError::Kind::Constraint;
    return StoreError::Kind::Generic;
}

QString explain(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::DiskFull:
        return QCoreApplication::translate("guichet::sql", "the disk is full: free some space, nothing was saved");
    case StoreError::Kind::ReadOnly:
        return QCoreApplication::translate("guichet::sql", "the local store cannot be written (read-only file or folder)");
    case StoreError::Kind::Damaged:
        return QCoreApplication::translate("guichet::sql", "the local store is damaged");
    default:
        return {};
    }
}

} // namespace

[[noreturn]] void fail(const QSqlError &error, const QString &what)
{
    const auto kind = kindOf(error);
    QString message = what;
    const QString plain = explain(kind);
    if (!plain.isEmpty())
        message += QStringLiteral(": ") + plain;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    throw StoreError(kind, message);
}

void run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        fail(query.lastError(), QCoreApplication::translate("guichet::sql", "A database statement failed"));
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), QCoreApplication::translate("guichet::sql", "A database statement could not be prepared"));
    run(query, values);
    return query;
}

QStringList splitScript(const QString &script)
{
    // Statements end with ";" at the end of a line; a trigger body (BEGIN … END) keeps its
    // inner statements together.
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"));
    static const QRegularExpression end(QStringLiteral("\\bEND\\b"));
    QStringList statements;
    QString pending;
    const QStringList parts = script.split(QLatin1String(";\n"));
    for (const QString &part : parts) {
        pending += pending.isEmpty() ? part : QStringLiteral(";\n") + part;
        if (pending.count(begin) > pending.count(end))
            continue;
        if (!pending.trimmed().isEmpty())
            statements << pending.trimmed();
        pending.clear();
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

void execScript(const QSqlDatabase &db, const QString &script)
{
    for (const QString &statement : splitScript(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            fail(query.lastError(), QCoreApplication::translate("guichet::sql", "A schema statement failed"));
    }
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace guichet::sql
