#include "CliClient.h"

#include <QJsonDocument>
#include <QProcess>

namespace guichet::test {

QJsonObject CliClient::Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliClient::CliClient(QString storePath)
    : m_storePath(std::move(storePath))
{}

CliClient::Run CliClient::run(const QStringList &arguments, const QByteArray &input,
                              const QString &failPoint) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GUICHET_FAILPOINT"));
    if (!failPoint.isEmpty())
        environment.insert(QStringLiteral("GUICHET_FAILPOINT"), failPoint);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI_PATH),
                  QStringList{QStringLiteral("--store"), m_storePath, QStringLiteral("--json")} + arguments);
    Run result;
    if (!process.waitForStarted(30000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.exitCode = -1;
    } else {
        result.exitCode = process.exitStatus() == QProcess::CrashExit ? -2 : process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool CliClient::init() const
{
    return run({QStringLiteral("init"), QStringLiteral("--no-kb")}).exitCode == 0;
}

bool CliClient::login(const QUrl &server, const QString &login, const QString &password,
                      const QString &siteId) const
{
    QStringList arguments{QStringLiteral("login"), QStringLiteral("--server"), server.toString(),
                          QStringLiteral("--user"), login};
    if (!siteId.isEmpty())
        arguments << QStringLiteral("--site") << siteId;
    const Run result = run(arguments, password.toUtf8() + '\n');
    if (result.exitCode != 0)
        qWarning("login failed: %s", result.err.constData());
    return result.exitCode == 0;
}

CliClient::Run CliClient::sync(const QString &failPoint) const
{
    return run({QStringLiteral("sync")}, {}, failPoint);
}

QString CliClient::createRequest(const QString &subject, const QString &name, const QString &failPoint) const
{
    const Run result = run({QStringLiteral("requests"), QStringLiteral("create"), QStringLiteral("--subject"),
                            subject, QStringLiteral("--name"), name},
                           {}, failPoint);
    return result.exitCode == 0 ? result.json().value(QLatin1String("reference")).toString() : QString();
}

QJsonObject CliClient::info() const
{
    return run({QStringLiteral("info")}).json();
}

int CliClient::outboxLength() const
{
    return info().value(QLatin1String("outbox")).toInt(-1);
}

} // namespace guichet::test
