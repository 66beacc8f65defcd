#pragma once

#include "domain/CallLog.h"
#include "domain/InterpreterProvider.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// The words shown to an agent for interpreting modes, provider kinds, hours and call outcomes.
class InterpretingLabels
{
    Q_DECLARE_TR_FUNCTIONS(guichet::InterpretingLabels)

public:
    static QString mode(InterpretingMode::Value mode);
    static QString kind(InterpreterProvider::Kind kind);
    static QString outcome(CallLog::Outcome outcome);
    // "Mon–Fri 08:00–19:00; Sat 09:00–13:00", or "Any time".
    static QString hours(const QList<InterpreterProvider::Hours> &hours);
};

} // namespace guichet
