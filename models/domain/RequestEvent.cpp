#include "domain/RequestEvent.h"

#include "core/TimeFormat.h"

#include <array>
#include <utility>

namespace guichet {

namespace {

const std::array<std::pair<RequestEvent::Kind, const char *>, 7> kKinds = {{
    {RequestEvent::Kind::Created, "created"},
    {RequestEvent::Kind::Acknowledged, "acknowledged"},
    {RequestEvent::Kind::Assigned, "assigned"},
    {RequestEvent::Kind::Note, "note"},
    {RequestEvent::Kind::ReminderSent, "reminder_sent"},
    {RequestEvent::Kind::Answered, "answered"},
    {RequestEvent::Kind::Closed, "closed"},
}};

} // namespace

QString RequestEvent::kindName(Kind kind)
{
    for (const auto &[value, name] : kKinds)
        if (value == kind)
            return QLatin1String(name);
    return QStringLiteral("note");
}

RequestEvent::Kind RequestEvent::kindFromName(const QString &name, bool *ok)
{
    for (const auto &[value, text] : kKinds) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Note;
}

QJsonObject RequestEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("at"), timefmt::toStore(at)},
        {QStringLiteral("agent_id"), agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId)},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("text"), text},
        {QStringLiteral("updated_at"), timefmt::toStoreMs(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace guichet
