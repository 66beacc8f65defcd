#include "FakeSmsGateway.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace guichet::test {

namespace {

constexpr qsizetype kMaxRequestBytes = 1 << 20;

// One HTTP/1.1 request once it is whole in `buffer`: its start line, headers (names in lower
// case) and body. False while more bytes are needed.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

bool takeRequest(QByteArray &buffer, HttpRequest *request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request->method = start.value(0);
    request->path = start.value(1);
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request->headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    request->body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

// The QTcpServer and its sockets, all in the gateway's thread.
class FakeSmsGateway::Worker : public QObject
{
public:
    explicit Worker(FakeSmsGateway &owner)
        : m_owner(owner)
    {}
    // The server and its sockets go first, while the buffers they are removed from still exist.
    ~Worker() override { delete m_server; }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            if (buffer.size() > kMaxRequestBytes) {
                socket->abort();
                m_buffers.remove(socket);
                return;
            }
            HttpRequest http;
            while (takeRequest(buffer, &http))
                answer(socket, http);
        });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }

    void answer(QTcpSocket *socket, const HttpRequest &http)
    {
        const int failure = m_owner.answerStatus();
        const int status = failure != 0 ? failure : 200;
        const QJsonObject json = QJsonDocument::fromJson(http.body).object();
        Request request;
        request.id = json.value(QLatin1String("id")).toString();
        request.to = json.value(QLatin1String("to")).toString();
        request.text = json.value(QLatin1String("text")).toString();
        request.sender = json.value(QLatin1String("sender")).toString();
        request.authorization = http.headers.value("authorization");
        request.path = http.path;
        request.answeredStatus = status;
        if (http.method == "POST")
            m_owner.record(request);
        const QByteArray body = status == 200
                                    ? QByteArrayLiteral("{\"status\":\"accepted\"}")
                                    : QByteArrayLiteral("{\"error\":\"the fake gateway fails on purpose\"}");
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    FakeSmsGateway &m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

FakeSmsGateway::FakeSmsGateway()
{
    m_thread.setObjectName(QStringLiteral("fake-sms-gateway"));
}

FakeSmsGateway::~FakeSmsGateway()
{
    if (m_worker) {
        // Deleted in its own thread, with its server and sockets, before the thread ends.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool FakeSmsGateway::start()
{
    if (m_worker)
        return m_port != 0;
    m_thread.start();
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    if (m_port == 0)
        qWarning("FakeSmsGateway: cannot listen on 127.0.0.1");
    return m_port != 0;
}

QUrl FakeSmsGateway::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/sms"));
    return url;
}

void FakeSmsGateway::record(const Request &request)
{
    const QMutexLocker lock(&m_mutex);
    m_requests << request;
}

QList<FakeSmsGateway::Request> FakeSmsGateway::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeSmsGateway::count() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_requests.size());
}

QSet<QString> FakeSmsGateway::distinctIds() const
{
    const QMutexLocker lock(&m_mutex);
    QSet<QString> ids;
    for (const Request &request : m_requests)
        ids.insert(request.id);
    return ids;
}

QList<FakeSmsGateway::Request> FakeSmsGateway::withId(const QString &id) const
{
    const QMutexLocker lock(&m_mutex);
    QList<Request> found;
    for (const Request &request : m_requests)
        if (request.id == id)
            found << request;
    return found;
}

} // namespace guichet::test
