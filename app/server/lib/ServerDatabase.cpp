#include "ServerDatabase.h"

#include "core/Ids.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace guichet::server {

StoreUrl StoreUrl::parse(const QString &text)
{
    StoreUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            throw StoreError(
                StoreError::Kind::InvalidInput,
                QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/guichet/server.sqlite"));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                QStringLiteral("invalid PostgreSQL URL: expected postgresql://USER@HOST[:PORT]/DATABASE"));
        url.kind = Kind::Postgresql;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        return url;
    }
    throw StoreError(
        StoreError::Kind::InvalidInput,
        QStringLiteral("unknown store '%1': use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE")
            .arg(text));
}

QString StoreUrl::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ServerDatabase::ServerDatabase(StoreUrl url)
    : m_url(std::move(url))
    , m_connectionName(QStringLiteral("guichet-server-") + newId())
{}

ServerDatabase::~ServerDatabase()
{
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ServerDatabase::open()
{
    if (m_url.kind == StoreUrl::Kind::Sqlite) {
        const QFileInfo info(m_url.path);
        QDir().mkpath(info.absolutePath());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_url.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!m_db.open())
            throw StoreError(StoreError::Kind::Generic, QStringLiteral("cannot open the SQLite store %1: %2")
                                                            .arg(m_url.path, m_db.lastError().text()));
        direct(QStringLiteral("PRAGMA journal_mode=WAL"));
        direct(QStringLiteral("PRAGMA synchronous=FULL"));
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(StoreError::Kind::Generic,
                         QStringLiteral("the PostgreSQL driver of Qt is missing: install libqt6sql6-psql"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_url.host);
    m_db.setPort(m_url.port);
    m_db.setUserName(m_url.user);
    m_db.setPassword(m_url.password);
    m_db.setDatabaseName(m_url.database);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db.open())
        throw StoreError(StoreError::Kind::Generic,
                         QStringLiteral("cannot connect to %1: %2")
                             .arg(m_url.describe(), m_db.lastError().text().simplified()));
    direct(QStringLiteral("SET client_min_messages TO warning"));
}

QSqlQuery &ServerDatabase::exec(const QString &statement, const QVariantList &values)
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            sql::fail(query->lastError(), QStringLiteral("a statement of the server could not be prepared"));
        it = m_prepared.insert(statement, query);
    }
    QSqlQuery &query = **it;
    query.finish();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        sql::fail(query.lastError(), QStringLiteral("a statement of the server failed"));
    return query;
}

QVariant ServerDatabase::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery &query = exec(statement, values);
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

void ServerDatabase::direct(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        sql::fail(query.lastError(),
                  QStringLiteral("the server's store refused '%1'").arg(statement.left(60)));
}

void ServerDatabase::beginWrite()
{
    direct(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                        : QStringLiteral("BEGIN IMMEDIATE"));
}

void ServerDatabase::beginRead()
{
    direct(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        : QStringLiteral("BEGIN"));
}

void ServerDatabase::commit()
{
    direct(QStringLiteral("COMMIT"));
}

void ServerDatabase::rollback() noexcept
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

ServerTransaction::ServerTransaction(ServerDatabase &database, Mode mode)
    : m_database(database)
{
    if (mode == Mode::Write)
        m_database.beginWrite();
    else
        m_database.beginRead();
}

ServerTransaction::~ServerTransaction()
{
    if (m_open)
        m_database.rollback();
}

void ServerTransaction::commit()
{
    m_database.commit();
    m_open = false;
}

} // namespace guichet::server
