#include "domain/Request.h"

#include "core/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/TimeFormat.h"

#include <array>
#include <utility>

namespace guichet {

namespace {

const std::array<std::pair<Request::Channel, const char *>, 6> kChannels = {{
    {Request::Channel::Counter, "counter"},
    {Request::Channel::Phone, "phone"},
    {Request::Channel::Mail, "mail"},
    {Request::Channel::Email, "email"},
    {Request::Channel::Web, "web"},
    {Request::Channel::Social, "social"},
}};

const std::array<std::pair<Request::Status, const char *>, 5> kStatuses = {{
    {Request::Status::New, "new"},
    {Request::Status::Acknowledged, "acknowledged"},
    {Request::Status::InProgress, "in_progress"},
    {Request::Status::Answered, "answered"},
    {Request::Status::Closed, "closed"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QLatin1String(name);
    return QLatin1String(table.front().second);
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name, bool *ok)
{
    for (const auto &[v, text] : table) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return table.front().first;
}

} // namespace

QString Request::channelName(Channel channel)
{
    return nameOf(kChannels, channel);
}
Request::Channel Request::channelFromName(const QString &name, bool *ok)
{
    return valueOf(kChannels, name, ok);
}
QString Request::statusName(Status status)
{
    return nameOf(kStatuses, status);
}
Request::Status Request::statusFromName(const QString &name, bool *ok)
{
    return valueOf(kStatuses, name, ok);
}
QString Request::competenceName(Competence competence)
{
    return competenceToString(competence);
}
Request::Competence Request::competenceFromName(const QString &name, bool *ok)
{
    return competenceFromString(name, ok);
}

QList<Request::Channel> Request::allChannels()
{
    QList<Channel> result;
    for (const auto &entry : kChannels)
        result << entry.first;
    return result;
}

QList<Request::Status> Request::allStatuses()
{
    QList<Status> result;
    for (const auto &entry : kStatuses)
        result << entry.first;
    return result;
}

Request::Status Request::statusAfter(const QList<RequestEvent> &events)
{
    Status status = Status::New;
    for (const RequestEvent &event : events) {
        switch (event.kind) {
        case RequestEvent::Kind::Created:
            status = Status::New;
            break;
        case RequestEvent::Kind::Acknowledged:
            status = Status::Acknowledged;
            break;
        case RequestEvent::Kind::Assigned:
            status = Status::InProgress;
            break;
        case RequestEvent::Kind::Answered:
            status = Status::Answered;
            break;
        case RequestEvent::Kind::Closed:
            status = Status::Closed;
            break;
        case RequestEvent::Kind::Note:
        case RequestEvent::Kind::ReminderSent:
            break;
        }
    }
    return status;
}

QString Request::phoneKey() const
{
    return PhoneNumber::searchKey(requesterPhone);
}

QJsonObject Request::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("channel"), channelName(channel)},
        {QStringLiteral("site_id"), siteId.isEmpty() ? QJsonValue() : QJsonValue(siteId)},
        {QStringLiteral("requester_name"), requesterName},
        {QStringLiteral("requester_phone"), requesterPhone},
        {QStringLiteral("requester_email"), requesterEmail},
        {QStringLiteral("requester_address"), requesterAddress},
        {QStringLiteral("consent"), consent},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("category"), category},
        {QStringLiteral("description"), description},
        {QStringLiteral("competence"), competenceName(competence)},
        {QStringLiteral("competent_service"), competentService},
        {QStringLiteral("service_contact"), serviceContact},
        {QStringLiteral("article_id"), articleId.isEmpty() ? QJsonValue() : QJsonValue(articleId)},
        {QStringLiteral("attachments"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(attachments)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("requester_phone_key"), phoneKey()},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("due_date"), timefmt::dateToStore(dueDate)},
        {QStringLiteral("created_at"), timefmt::toStore(createdAt)},
        {QStringLiteral("created_by"), createdBy.isEmpty() ? QJsonValue() : QJsonValue(createdBy)},
        {QStringLiteral("updated_at"), timefmt::toStoreMs(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace guichet
