#pragma once

#include <QList>
#include <QString>

namespace guichet {

// What the visitor needs: a foreign-language interpreter, French Sign Language (LSF), cued speech
// (LPC, langue française parlée complétée) or live transcription; `AgentNetwork` is a call to
// one of the city's own agents who speaks the language (call logs only).
class InterpretingMode
{
public:
    enum Value
    {
        Foreign,
        Lsf,
        Lpc,
        Transcription,
        AgentNetwork
    };

    static QString name(Value mode); // "foreign", "lsf", … (stored values)
    static Value fromName(const QString &name, bool *ok = nullptr);
    static QList<Value> providerModes(); // the four modes a provider can offer
    // Only foreign-language interpreting is chosen by language.
    static bool needsLanguage(Value mode) { return mode == Foreign || mode == AgentNetwork; }
};

} // namespace guichet
