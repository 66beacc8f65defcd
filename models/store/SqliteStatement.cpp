#include "store/SqliteStatement.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace guichet {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    // Qt's SQLite driver on Debian uses this same system SQLite (see models/CMakeLists.txt).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(QCoreApplication::translate(
            "guichet::sql", "The local store's connection is not an open SQLite database"));
    sqlite3 *result = *static_cast<sqlite3 *const *>(handle.constData());
    if (result == nullptr)
        throw StoreError(
            QCoreApplication::translate("guichet::sql", "The local store's connection is closed"));
    return result;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &statement)
    : m_db(handleOf(db))
{
    const QByteArray text = statement.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code, QCoreApplication::translate("guichet::sql", "A database statement could not be prepared"));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(int code, const QString &what)
{
    m_lastError = sqlite3_extended_errcode(m_db);
    if (m_lastError == 0)
        m_lastError = code;
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                          QString::number(m_lastError));
    sql::fail(error, what);
}

void SqliteStatement::reset()
{
    // The previous run's error, if any, was reported then: reset only rewinds.
    sqlite3_reset(m_statement);
    m_lastError = 0;
}

void SqliteStatement::bindText(int index, const QString &text)
{
    // UTF-8 as the store keeps it: Qt's conversion is much faster than SQLite's own from UTF-16.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInt(index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        return;
    default:
        bindText(index, value.toString());
        return;
    }
}

bool SqliteStatement::step(const QString &what)
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code, what);
}

qint64 SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace guichet
