#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace guichet {

// One prepared statement on a Qt SQLite connection's own handle, for the few hot paths where Qt
// Sql's per-call work (bound-value lists, result metadata) costs more than SQLite itself: applying
// a pull page writes 100,000 records. Same thread and same transaction as the QSqlDatabase it comes
// from; must end before that connection closes. Failures throw StoreError like sql::fail.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Rewinds the statement for a new run; bindings are then set again, 0-based.
    void reset();
    // NULL for a null or invalid variant; integers, bools, doubles and text as themselves.
    void bind(int index, const QVariant &value);
    void bindText(int index, const QString &text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs one step: true when a row is available, false when done. Throws StoreError on failure,
    // with `what` at the start of the message.
    bool step(const QString &what);
    qint64 columnInt(int index) const;
    // Rows changed by the last run on this connection.
    int changes() const;
    // The last failure's SQLite extended result code (0 when none).
    int lastErrorCode() const { return m_lastError; }

    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    [[noreturn]] void fail(int code, const QString &what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastError = 0;
};

} // namespace guichet
