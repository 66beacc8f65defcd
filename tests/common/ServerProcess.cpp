#include "ServerProcess.h"

#include "PgTestDatabase.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

namespace guichet::test {

namespace {

constexpr int kStartSeconds = 60;
constexpr int kRequestMs = 30000;
constexpr int kAdminMs = 120000;

QString serverPath()
{
    return QStringLiteral(GUICHET_SERVER_PATH);
}

QString stderrPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("server-stderr.log"));
}

QByteArray readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

// The port of the first complete {"event":"listening",…} line of `text`, or 0.
quint16 listeningPort(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("event")).toString() == QLatin1String("listening"))
            return static_cast<quint16>(object.value(QLatin1String("port")).toInt());
    }
    return 0;
}

} // namespace

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

ServerProcess::ServerProcess(Backend backend) : m_backend(backend)
{
    if (!m_dir.isValid()) {
        qWarning("ServerProcess: no temporary folder: %s", qPrintable(m_dir.errorString()));
        return;
    }
    if (backend == Backend::Sqlite) {
        m_storeUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
    } else {
        m_pgUrl = createFreshPgDatabase(QStringLiteral("guichet_srv"));
        m_storeUrl = m_pgUrl;
    }
}

ServerProcess::~ServerProcess()
{
    kill();
    if (!m_pgUrl.isEmpty())
        dropPgDatabase(m_pgUrl);
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    if (isRunning()) {
        qWarning("ServerProcess: the server is already running (pid %lld)", pid());
        return false;
    }
    if (m_storeUrl.isEmpty()) {
        qWarning("ServerProcess: no store for the %s server", qPrintable(backendName(m_backend)));
        return false;
    }
    const QString logPath = stderrPath(m_dir);
    const qint64 offset = QFileInfo(logPath).size();
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverPath());
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--store"), m_storeUrl, QStringLiteral("--log-level"),
                                        QStringLiteral("info")} +
                            extraArguments);
    // A file rather than a pipe: the server never blocks on a full pipe, and the log survives a kill.
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(logPath, QIODevice::Append);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        qWarning("ServerProcess: %s did not start: %s", qPrintable(serverPath()),
                 qPrintable(m_process->errorString()));
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(kStartSeconds * 1000);
    while (!deadline.hasExpired()) {
        if (const quint16 port = listeningPort(readFrom(logPath, offset)); port != 0) {
            m_port = port;
            return true;
        }
        if (m_process->waitForFinished(50)) {   // it died
            if (const quint16 port = listeningPort(readFrom(logPath, offset)); port != 0)
                qWarning("ServerProcess: the server listened on %d, then exited", port);
            break;
        }
    }
    qWarning("ServerProcess: the %s server did not start listening (%s). It wrote:\n%s",
             qPrintable(backendName(m_backend)),
             m_process->state() == QProcess::NotRunning ? "it exited" : "timed out",
             readFrom(logPath, offset).constData());
    kill();
    return false;
}

void ServerProcess::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(30000)) {
        qWarning("ServerProcess: the server did not stop within 30 s of SIGTERM: killed");
        kill();
    }
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl ServerProcess::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

int ServerProcess::admin(const QStringList &arguments, const QByteArray &input, QByteArray *out) const
{
    QProcess process;
    process.start(serverPath(), QStringList{QStringLiteral("admin")} + arguments +
                                    QStringList{QStringLiteral("--store"), m_storeUrl, QStringLiteral("--json")});
    if (!process.waitForStarted(10000)) {
        qWarning("ServerProcess: admin did not start: %s", qPrintable(process.errorString()));
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    int code = -1;
    if (!process.waitForFinished(kAdminMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    const QByteArray stdoutText = process.readAllStandardOutput();
    if (out)
        *out = stdoutText;
    if (code != 0)
        qWarning("ServerProcess: admin %s exited with %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code,
                 process.readAllStandardError().trimmed().constData());
    return code;
}

QString ServerProcess::addSite(const QString &code, const QString &name) const
{
    QByteArray out;
    if (admin({QStringLiteral("add-site"), QStringLiteral("--code"), code, QStringLiteral("--name"), name}, {}, &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).object().value(QLatin1String("id")).toString();
}

QString ServerProcess::addAgent(const QString &login, const QString &role, const QString &siteCode,
                                const QString &password) const
{
    QStringList arguments{QStringLiteral("add-agent"), QStringLiteral("--login"), login, QStringLiteral("--role"), role};
    if (!siteCode.isEmpty())
        arguments << QStringLiteral("--site") << siteCode;
    QByteArray out;
    if (admin(arguments, password.toUtf8() + '\n', &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).object().value(QLatin1String("id")).toString();
}

QByteArray ServerProcess::log() const
{
    return readFrom(stderrPath(m_dir), 0);
}

RawResponse rawRequest(const QUrl &url, const QByteArray &method, const QByteArray &body, const QByteArray &bearerToken)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearerToken);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(kRequestMs);
    if (!reply->isFinished())
        loop.exec();
    RawResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    response.json = QJsonDocument::fromJson(response.body).object();
    if (response.status == 0)
        qWarning("rawRequest: %s %s got no answer: %s", method.constData(), qPrintable(url.toString()),
                 qPrintable(reply->errorString()));
    delete reply;
    return response;
}

QString loginToken(const QUrl &server, const QString &login, const QString &password, const QString &deviceId,
                   const QString &siteId)
{
    QJsonObject body{{QStringLiteral("login"), login},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("device_id"), deviceId},
                     {QStringLiteral("device_name"), QStringLiteral("test device %1").arg(deviceId)}};
    if (!siteId.isEmpty())
        body.insert(QStringLiteral("site_id"), siteId);
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/login"));
    const RawResponse response =
        rawRequest(url, QByteArrayLiteral("POST"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString token = response.json.value(QLatin1String("token")).toString();
    if (response.status != 200 || token.isEmpty())
        qWarning("loginToken: %s could not sign in (%d): %s", qPrintable(login), response.status,
                 response.body.constData());
    return token;
}

} // namespace guichet::test
