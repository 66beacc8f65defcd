#include "ArticleMutationRules.h"

#include "sync/EntitySchema.h"
#include "sync/SyncProtocol.h"

namespace guichet::server {

namespace reason = protocol::reason;

namespace {

QString text(const QJsonObject &record, const char *column)
{
    return record.value(QLatin1String(column)).toString();
}

bool isSupervisor(const Session &session)
{
    return EntitySchema::roleRank(session.role) >= EntitySchema::roleRank(Agent::Role::Supervisor);
}

// An agent's own record, unless an administrator acts for them.
bool ownRecord(const Session &session, const QString &agentId)
{
    return session.role == Agent::Role::Admin || agentId == session.agentId;
}

std::optional<ArticleMutationRules::Refusal> refuse(const QString &why, const QString &message)
{
    return ArticleMutationRules::Refusal{why, message};
}

} // namespace

std::optional<ArticleMutationRules::Refusal>
ArticleMutationRules::check(const Session &session, const Mutation &m,
                            const std::optional<StoredRecord> &before, const QJsonObject &after)
{
    const QJsonObject previous = before ? before->data : QJsonObject();
    if (m.entity == QLatin1String("articles")) {
        if (text(after, "source") == QLatin1String("service-public") ||
            text(previous, "source") == QLatin1String("service-public"))
            return refuse(
                reason::Forbidden,
                QStringLiteral("Service-Public fiches come from the import; a counter does not change them"));
        return std::nullopt;
    }
    if (m.entity == QLatin1String("article_versions")) {
        const QJsonValue editedBy = after.value(QLatin1String("edited_by"));
        if (!editedBy.isNull() && !editedBy.isUndefined() && !ownRecord(session, editedBy.toString()))
            return refuse(reason::Forbidden,
                          QStringLiteral("a revision is signed by the agent who pushes it"));
        const QString key = QStringLiteral("%1:%2")
                                .arg(text(after, "article_id"))
                                .arg(after.value(QLatin1String("revision")).toVariant().toLongLong());
        if (text(after, "revision_key") != key)
            return refuse(reason::Invalid, QStringLiteral("revision_key must be ARTICLE_ID:REVISION"));
        return std::nullopt;
    }
    if (m.entity == QLatin1String("article_favourites")) {
        if (!ownRecord(session, text(after, "agent_id")) ||
            (before && !ownRecord(session, text(previous, "agent_id"))))
            return refuse(reason::Forbidden, QStringLiteral("an agent keeps only their own favourites"));
        if (text(after, "pair_key") != text(after, "agent_id") + QLatin1Char(':') + text(after, "article_id"))
            return refuse(reason::Invalid, QStringLiteral("pair_key must be AGENT_ID:ARTICLE_ID"));
        return std::nullopt;
    }
    if (m.entity == QLatin1String("article_feedback")) {
        if (m.operation == Mutation::Operation::Create) {
            if (!ownRecord(session, text(after, "agent_id")))
                return refuse(reason::Forbidden, QStringLiteral("feedback is given in the agent's own name"));
            if (!after.value(QLatin1String("resolved_at")).isNull() &&
                !after.value(QLatin1String("resolved_at")).isUndefined() && !isSupervisor(session))
                return refuse(reason::Forbidden, QStringLiteral("only a supervisor resolves feedback"));
            return std::nullopt;
        }
        if (!isSupervisor(session))
            return refuse(reason::Forbidden, QStringLiteral("only a supervisor resolves feedback"));
        for (const char *column : {"article_id", "agent_id", "kind", "comment", "created_at"})
            if (previous.value(QLatin1String(column)) != after.value(QLatin1String(column)))
                return refuse(
                    reason::Invalid,
                    QStringLiteral("'%1' of feedback cannot be changed").arg(QLatin1String(column)));
        const QJsonValue resolvedBy = after.value(QLatin1String("resolved_by"));
        if (resolvedBy.isString() && !ownRecord(session, resolvedBy.toString()))
            return refuse(reason::Forbidden,
                          QStringLiteral("feedback is resolved in the supervisor's own name"));
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace guichet::server
