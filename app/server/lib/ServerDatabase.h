#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace guichet::server {

// Where the server keeps its data: `sqlite:PATH` (the single-machine default) or
// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (a city). Parsed once, opened per thread.
struct StoreUrl
{
    enum class Kind
    {
        Sqlite,
        Postgresql
    };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // Throws StoreError(InvalidInput) with a one-line reason when the URL cannot be used.
    static StoreUrl parse(const QString &text);
    QString describe() const; // without the password, for logs
};

// One connection to the server's store, with the dialect's settings applied (SQLite: WAL,
// synchronous=FULL, a busy timeout so that two server processes can share a file). The owner of
// the connection; the rest of the server borrows `db()`.
class ServerDatabase
{
public:
    explicit ServerDatabase(StoreUrl url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    void open(); // throws StoreError

    // Runs `statement` with bound `values` through a statement prepared once per connection
    // (PostgreSQL: one PREPARE, then only EXECUTEs). Throws StoreError. The returned query is
    // shared: read it before the next call with the same statement.
    QSqlQuery &exec(const QString &statement, const QVariantList &values = {});
    QVariant scalar(const QString &statement, const QVariantList &values = {});
    // A statement that cannot be prepared (BEGIN, COMMIT, DDL).
    void direct(const QString &statement);
    QSqlDatabase db() const { return m_db; }
    bool isPostgres() const { return m_url.kind == StoreUrl::Kind::Postgresql; }
    const StoreUrl &url() const { return m_url; }

    // Writers are serialized by the change counter row (see RecordStore); SQLite also takes its
    // write lock at BEGIN so that two processes never deadlock upgrading a read lock.
    void beginWrite();
    // A read snapshot: every query until commit sees one consistent state.
    void beginRead();
    void commit();
    void rollback() noexcept;

private:
    StoreUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

// Rolls back unless commit() was called.
class ServerTransaction
{
public:
    enum class Mode
    {
        Write,
        Read
    };
    ServerTransaction(ServerDatabase &database, Mode mode);
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    void commit();

private:
    ServerDatabase &m_database;
    bool m_open = true;
};

} // namespace guichet::server
