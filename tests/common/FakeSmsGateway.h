#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QThread>
#include <QUrl>
#include <atomic>

// A stand-in for a city's HTTP SMS gateway, on 127.0.0.1, for the server tests: it takes the
// POSTs guichet-server sends ({"id", "to", "text", "sender"} as JSON, Content-Length bodies),
// records every one of them — duplicates included — and answers 200, or `failureStatus` when
// set. It runs in a thread of its own, so it answers even while the test waits on a blocking
// call (a QProcess, an admin command).
//
//     test::FakeSmsGateway gateway;
//     QVERIFY(gateway.start());
//     server.start({QStringLiteral("--sms-gateway"), gateway.url().toString()});
//     QTRY_COMPARE_WITH_TIMEOUT(gateway.distinctIds().size(), 3, 30000);
namespace guichet::test {

class FakeSmsGateway
{
public:
    struct Request
    {
        QString id;
        QString to;
        QString text;
        QString sender;
        QByteArray authorization; // the Authorization header, as sent
        QByteArray path;
        int answeredStatus = 0;
    };

    FakeSmsGateway();
    ~FakeSmsGateway(); // stops listening and joins the thread
    FakeSmsGateway(const FakeSmsGateway &) = delete;
    FakeSmsGateway &operator=(const FakeSmsGateway &) = delete;

    // Listens on 127.0.0.1 (a free port). False, with a warning, when it cannot.
    bool start();
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:PORT/sms

    // 0 (the default): 200 with {"status":"accepted"}; otherwise that HTTP status.
    void setFailureStatus(int status) { m_failureStatus = status; }

    // Every request received so far, in order of arrival.
    QList<Request> requests() const;
    int count() const;
    QSet<QString> distinctIds() const;
    // The requests with this id (more than one: the same SMS sent again).
    QList<Request> withId(const QString &id) const;

private:
    class Worker;
    void record(const Request &request);
    int answerStatus() const { return m_failureStatus.load(); }

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
    std::atomic<int> m_failureStatus{0};
    mutable QMutex m_mutex;
    QList<Request> m_requests;
};

} // namespace guichet::test
