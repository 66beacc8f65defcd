#pragma once

#include "domain/InterpreterProvider.h"

#include <QDateTime>
#include <QList>

namespace guichet {

// What the agent can do right now for a need (mode, language) at a site: the services that can be
// called, and when none can — outside their hours, or a video / SIP / online service while the
// counter is offline — the alternatives: a number to dial from the desk phone, an appointment
// with an interpreter on site, or the written conversation (always possible, offline too).
struct CallOptions
{
    struct Option
    {
        InterpreterProvider provider;
        bool openNow = false;
        bool reachable = false;  // open now, and the network is there when it needs it
        QDateTime nextOpening;   // local time; invalid when open now or never
    };

    QList<Option> options;       // every provider for the need, callable ones first
    QList<InterpreterProvider> deskPhone; // phone services for the need, open now
    bool canCall = false;        // at least one option is reachable
    bool suggestBooking = false; // nothing reachable now: book an interpreter on site
    bool suggestConversation = false; // a deaf or hard-of-hearing visitor, or nothing reachable

    // `providers` as InterpreterRepository::providers gives them; `local` is now at the site.
    static CallOptions compute(InterpretingMode::Value mode, const QList<InterpreterProvider> &providers,
                               const QDateTime &local, bool online);
};

} // namespace guichet
