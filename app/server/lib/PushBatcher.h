#pragma once

#include "MutationProcessor.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <functional>

namespace guichet::server {

class ServerLog;

// Group commit for pushes. A push is not applied at once: it waits for the event loop to come
// back (a zero-time timer), and every push that arrived meanwhile — while the server was busy
// committing the previous ones — is applied with it in one transaction and one commit. Under load
// this turns a hundred commits a second, each waiting on the disk, into a few; alone, a push waits
// for nothing. Each push is still applied and answered exactly as if it had come alone.
class PushBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPushesPerCommit = 64;

    // Called once the pushes are committed (or failed): the HTTP status and the JSON body.
    using Answer = std::function<void(int status, const QByteArray &body)>;

    PushBatcher(MutationProcessor &mutations, ServerLog &log, QObject *parent = nullptr);

    void submit(const Session &session, const QList<Mutation> &mutations, Answer answer);

private:
    struct Pending
    {
        MutationProcessor::Push push;
        Answer answer;
    };
    void flush();

    MutationProcessor &m_mutations;
    ServerLog &m_log;
    QList<Pending> m_pending;
    bool m_scheduled = false;
};

} // namespace guichet::server
