#include "CallLogMutationRules.h"

#include "sync/EntitySchema.h"
#include "sync/SyncProtocol.h"

namespace guichet::server {

namespace reason = protocol::reason;

std::optional<CallLogMutationRules::Refusal>
CallLogMutationRules::check(const Mutation &m, const std::optional<StoredRecord> &before, bool createdHere)
{
    if (m.entity != QLatin1String("call_logs") || m.operation == Mutation::Operation::Create)
        return std::nullopt;
    if (m.operation == Mutation::Operation::Delete)
        return Refusal{reason::Forbidden, QStringLiteral("a logged call is never deleted")};
    if (!createdHere)
        return Refusal{reason::Forbidden, QStringLiteral("only the counter that logged a call finishes it")};
    const QJsonObject previous = before ? before->data : QJsonObject();
    for (auto it = m.payload.constBegin(); it != m.payload.constEnd(); ++it) {
        const QString &key = it.key();
        if (EntityInfo::isServerManaged(key) || key == QLatin1String("id") ||
            key == QLatin1String("duration_s") || key == QLatin1String("outcome"))
            continue;
        if (previous.value(key) != it.value())
            return Refusal{reason::Invalid,
                           QStringLiteral("only a call's duration and outcome change once it is logged (not %1)")
                               .arg(key)};
    }
    return std::nullopt;
}

} // namespace guichet::server
