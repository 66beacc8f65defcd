#include "PushBatcher.h"

#include "PullService.h"
#include "ServerLog.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace guichet::server {

PushBatcher::PushBatcher(MutationProcessor &mutations, ServerLog &log, QObject *parent)
    : QObject(parent)
    , m_mutations(mutations)
    , m_log(log)
{}

void PushBatcher::submit(const Session &session, const QList<Mutation> &mutations, Answer answer)
{
    m_pending.append(Pending{MutationProcessor::Push{session, mutations}, std::move(answer)});
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &PushBatcher::flush);
    }
}

void PushBatcher::flush()
{
    m_scheduled = false;
    QList<Pending> batch = m_pending.mid(0, kMaxPushesPerCommit);
    m_pending.remove(0, batch.size());
    if (!m_pending.isEmpty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &PushBatcher::flush);
    }
    QList<MutationProcessor::Push> pushes;
    pushes.reserve(batch.size());
    for (const Pending &pending : std::as_const(batch))
        pushes << pending.push;
    QList<QList<protocol::MutationResult>> answers;
    try {
        answers = m_mutations.processAll(pushes);
    } catch (const StoreError &error) {
        m_log.error(QStringLiteral("store_error"),
                    {{QStringLiteral("path"), QStringLiteral("/api/v1/sync/push")},
                     {QStringLiteral("pushes"), static_cast<int>(batch.size())},
                     {QStringLiteral("error"), error.message()}});
        const QByteArray body =
            errorBody(QStringLiteral("unavailable"),
                      QStringLiteral("the server's store is unavailable; try again later"));
        for (const Pending &pending : std::as_const(batch))
            pending.answer(503, body);
        return;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        QJsonArray results;
        for (const protocol::MutationResult &result : std::as_const(answers.at(i)))
            results << result.toJson();
        QByteArray body;
        try {
            body = QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                             {QStringLiteral("last_seq"),
                                              m_mutations.lastSeq(batch.at(i).push.session.deviceId)}})
                       .toJson(QJsonDocument::Compact);
        } catch (const StoreError &) {
            // Committed, but the answer cannot be completed: the counter pushes again and is
            // answered "duplicate" with the same results.
            batch.at(i).answer(
                503, errorBody(QStringLiteral("unavailable"),
                               QStringLiteral("the server's store is unavailable; try again later")));
            continue;
        }
        batch.at(i).answer(200, body);
    }
}

} // namespace guichet::server
