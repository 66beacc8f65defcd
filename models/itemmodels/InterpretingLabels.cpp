#include "itemmodels/InterpretingLabels.h"

#include <QLocale>

namespace guichet {

QString InterpretingLabels::mode(InterpretingMode::Value mode)
{
    switch (mode) {
    case InterpretingMode::Foreign:
        return tr("Foreign language");
    case InterpretingMode::Lsf:
        return tr("LSF sign language");
    case InterpretingMode::Lpc:
        return tr("LPC cued speech");
    case InterpretingMode::Transcription:
        return tr("Live transcription");
    case InterpretingMode::AgentNetwork:
        return tr("City agents' network");
    }
    return {};
}

QString InterpretingLabels::kind(InterpreterProvider::Kind kind)
{
    switch (kind) {
    case InterpreterProvider::Kind::Video:
        return tr("Video link");
    case InterpreterProvider::Kind::Phone:
        return tr("Phone");
    case InterpreterProvider::Kind::Sip:
        return tr("SIP line");
    case InterpreterProvider::Kind::App:
        return tr("App");
    }
    return {};
}

QString InterpretingLabels::outcome(CallLog::Outcome outcome)
{
    switch (outcome) {
    case CallLog::Outcome::Done:
        return tr("Done");
    case CallLog::Outcome::NoAnswer:
        return tr("No answer");
    case CallLog::Outcome::Closed:
        return tr("Service closed");
    case CallLog::Outcome::Failed:
        return tr("Call failed");
    case CallLog::Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString InterpretingLabels::hours(const QList<InterpreterProvider::Hours> &hours)
{
    if (hours.isEmpty())
        return tr("Any time");
    const QLocale locale;
    QStringList parts;
    for (const InterpreterProvider::Hours &span : hours) {
        QString days;
        const int first = span.days.first();
        const int last = span.days.last();
        const bool range = span.days.size() > 2 && last - first + 1 == span.days.size();
        if (range) {
            days = tr("%1–%2").arg(locale.dayName(first, QLocale::ShortFormat),
                                   locale.dayName(last, QLocale::ShortFormat));
        } else {
            QStringList names;
            for (int day : span.days)
                names << locale.dayName(day, QLocale::ShortFormat);
            days = names.join(QStringLiteral(", "));
        }
        parts << tr("%1 %2–%3")
                     .arg(days, span.from.toString(QStringLiteral("HH:mm")),
                          span.to.toString(QStringLiteral("HH:mm")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace guichet
