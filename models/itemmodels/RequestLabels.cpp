#include "itemmodels/RequestLabels.h"

namespace guichet {

QString RequestLabels::channel(Request::Channel channel)
{
    switch (channel) {
    case Request::Channel::Counter:
        return tr("Counter");
    case Request::Channel::Phone:
        return tr("Phone");
    case Request::Channel::Mail:
        return tr("Letter");
    case Request::Channel::Email:
        return tr("Email");
    case Request::Channel::Web:
        return tr("Website");
    case Request::Channel::Social:
        return tr("Social media");
    }
    return {};
}

QString RequestLabels::status(Request::Status status)
{
    switch (status) {
    case Request::Status::New:
        return tr("New");
    case Request::Status::Acknowledged:
        return tr("Acknowledged");
    case Request::Status::InProgress:
        return tr("In progress");
    case Request::Status::Answered:
        return tr("Answered");
    case Request::Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString RequestLabels::competence(Request::Competence competence)
{
    switch (competence) {
    case Request::Competence::Ville:
        return tr("City");
    case Request::Competence::Metropole:
        return tr("Metropolis");
    case Request::Competence::Etat:
        return tr("State");
    case Request::Competence::Ccas:
        return tr("CCAS (social action centre)");
    case Request::Competence::Autre:
        return tr("Other body");
    }
    return {};
}

QString RequestLabels::eventKind(RequestEvent::Kind kind)
{
    switch (kind) {
    case RequestEvent::Kind::Created:
        return tr("Filed");
    case RequestEvent::Kind::Acknowledged:
        return tr("Acknowledgement sent");
    case RequestEvent::Kind::Assigned:
        return tr("Sent to the handling service");
    case RequestEvent::Kind::Note:
        return tr("Note");
    case RequestEvent::Kind::ReminderSent:
        return tr("Reminder");
    case RequestEvent::Kind::Answered:
        return tr("Answered");
    case RequestEvent::Kind::Closed:
        return tr("Closed");
    }
    return {};
}

QString RequestLabels::eventChannel(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return tr("Text message");
    if (channel == QLatin1String("internal"))
        return tr("Internal");
    bool ok = false;
    const Request::Channel value = Request::channelFromName(channel, &ok);
    return ok ? RequestLabels::channel(value) : channel;
}

} // namespace guichet
