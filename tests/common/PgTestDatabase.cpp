#include "PgTestDatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace guichet::test {

namespace {

QString randomHex()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    else
        qWarning("%s", qPrintable(message));
    return false;
}

// Never a password in a message.
QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword);
}

// A database name PostgreSQL takes unquoted and unchanged: lower case letters, digits, '_', a
// letter first, well under the 63-byte limit once the random part is added.
QString safeName(const QString &prefix)
{
    QString name;
    for (const QChar c : prefix.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        name += plain ? c : QChar(u'_');
    }
    if (name.isEmpty() || !(name.front() >= u'a' && name.front() <= u'z'))
        name.prepend(QStringLiteral("t_"));
    return name.left(40) + QLatin1Char('_') + randomHex();
}

QString quoted(const QString &identifier)
{
    QString text = identifier;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Runs `statement` on the database at `url`, over a connection of its own that is removed after.
bool execOn(const QUrl &url, const QString &statement, QString *error)
{
    const QString connectionName = QStringLiteral("guichet-test-pg-") + randomHex();
    bool ok = false;
    {
        QSqlDatabase db = addPgConnection(url.toString(), connectionName, error);
        if (!db.isValid())
            return false;
        if (!db.open()) {
            failWith(error, QStringLiteral("cannot connect to %1: %2")
                                .arg(shown(url), db.lastError().text().simplified()));
        } else {
            QSqlQuery query(db);
            // No NOTICE on stderr ("does not exist, skipping"): libpq would print it as is.
            ok = query.exec(QStringLiteral("SET client_min_messages TO warning")) && query.exec(statement);
            if (!ok)
                failWith(error, QStringLiteral("%1 failed on %2: %3")
                                    .arg(statement, shown(url), query.lastError().text().simplified()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

} // namespace

QString pgAdminUrl()
{
    return qEnvironmentVariable("GUICHET_TEST_PG");
}

QSqlDatabase addPgConnection(const QString &url, const QString &connectionName, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool isPg =
        parsed.scheme() == QLatin1String("postgresql") || parsed.scheme() == QLatin1String("postgres");
    if (!parsed.isValid() || !isPg || parsed.host().isEmpty() || parsed.path().size() < 2) {
        failWith(error,
                 QStringLiteral("not a PostgreSQL URL: '%1' (expected postgresql://USER@HOST:PORT/DATABASE)")
                     .arg(shown(parsed)));
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        failWith(error, QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql"));
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    return db;
}

QString createFreshPgDatabase(const QString &prefix, QString *error)
{
    const QString admin = pgAdminUrl();
    if (admin.isEmpty()) {
        failWith(error, QStringLiteral("GUICHET_TEST_PG is not set: run the tests through .ci/test or "
                                       ".ci/with-postgres"));
        return {};
    }
    const QString name = safeName(prefix);
    QUrl url(admin, QUrl::StrictMode);
    if (!execOn(url, QStringLiteral("CREATE DATABASE ") + quoted(name), error))
        return {};
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

bool dropPgDatabase(const QString &url, QString *error)
{
    QUrl target(url, QUrl::StrictMode);
    const QString name = target.path().mid(1);
    // From the admin database of the server (PostgreSQL cannot drop the database it is connected to).
    const QString adminName = QUrl(pgAdminUrl()).path().mid(1);
    const QString from = adminName.isEmpty() ? QStringLiteral("postgres") : adminName;
    if (name.isEmpty() || name == from)
        return failWith(error, QStringLiteral("refusing to drop '%1'").arg(shown(target)));
    target.setPath(QLatin1Char('/') + from);
    return execOn(target, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)), error);
}

} // namespace guichet::test
