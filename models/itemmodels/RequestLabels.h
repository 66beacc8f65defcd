#pragma once

#include "domain/Request.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// The words shown to an agent for a request's channel, status, competence and history steps.
class RequestLabels
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestLabels)

public:
    static QString channel(Request::Channel channel);
    static QString status(Request::Status status);
    static QString competence(Request::Competence competence);
    static QString eventKind(RequestEvent::Kind kind);
    // An event's channel as stored ("sms", "internal", or a request channel).
    static QString eventChannel(const QString &channel);
};

} // namespace guichet
