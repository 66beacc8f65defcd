#include "interpreting/CallOptions.h"

#include <algorithm>

namespace guichet {

CallOptions CallOptions::compute(InterpretingMode::Value mode, const QList<InterpreterProvider> &providers,
                                 const QDateTime &local, bool online)
{
    CallOptions result;
    for (const InterpreterProvider &provider : providers) {
        Option option;
        option.provider = provider;
        option.openNow = provider.isOpenAt(local);
        option.reachable = option.openNow && (online || !provider.needsNetwork());
        if (!option.openNow)
            option.nextOpening = provider.nextOpening(local);
        result.options << option;
        if (option.openNow && !provider.needsNetwork())
            result.deskPhone << provider;
        result.canCall = result.canCall || option.reachable;
    }
    // Reachable first, then the ones that open soonest; the repository's order otherwise.
    std::stable_sort(result.options.begin(), result.options.end(), [](const Option &a, const Option &b) {
        if (a.reachable != b.reachable)
            return a.reachable;
        if (a.reachable)
            return false;
        if (a.nextOpening.isValid() != b.nextOpening.isValid())
            return a.nextOpening.isValid();
        return a.nextOpening.isValid() && a.nextOpening < b.nextOpening;
    });
    const bool deafOrHardOfHearing = mode == InterpretingMode::Lsf || mode == InterpretingMode::Lpc ||
                                     mode == InterpretingMode::Transcription;
    result.suggestBooking = !result.canCall;
    result.suggestConversation = deafOrHardOfHearing || !result.canCall;
    return result;
}

} // namespace guichet
