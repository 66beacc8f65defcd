#include "domain/CallLog.h"

#include "core/TimeFormat.h"

namespace guichet {

QString CallLog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::NoAnswer:
        return QStringLiteral("no_answer");
    case Outcome::Closed:
        return QStringLiteral("closed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("done");
}

CallLog::Outcome CallLog::outcomeFromName(const QString &name, bool *ok)
{
    const QList<Outcome> all = {Outcome::Done, Outcome::NoAnswer, Outcome::Closed, Outcome::Failed,
                                Outcome::Cancelled};
    for (Outcome outcome : all) {
        if (outcomeName(outcome) == name) {
            if (ok)
                *ok = true;
            return outcome;
        }
    }
    if (ok)
        *ok = false;
    return Outcome::Done;
}

QJsonObject CallLog::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("agent_id"), agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId)},
        {QStringLiteral("site_id"), siteId.isEmpty() ? QJsonValue() : QJsonValue(siteId)},
        {QStringLiteral("provider_id"), providerId.isEmpty() ? QJsonValue() : QJsonValue(providerId)},
        {QStringLiteral("mode"), InterpretingMode::name(mode)},
        {QStringLiteral("language"), language},
        {QStringLiteral("started_at"), timefmt::toStore(startedAt)},
        {QStringLiteral("duration_s"), durationS},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("updated_at"), timefmt::toStoreMs(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace guichet
