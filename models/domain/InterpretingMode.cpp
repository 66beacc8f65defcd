#include "domain/InterpretingMode.h"

#include <array>
#include <utility>

namespace guichet {

namespace {

const std::array<std::pair<InterpretingMode::Value, const char *>, 5> kModes = {{
    {InterpretingMode::Foreign, "foreign"},
    {InterpretingMode::Lsf, "lsf"},
    {InterpretingMode::Lpc, "lpc"},
    {InterpretingMode::Transcription, "transcription"},
    {InterpretingMode::AgentNetwork, "agent_network"},
}};

} // namespace

QString InterpretingMode::name(Value mode)
{
    for (const auto &[value, text] : kModes)
        if (value == mode)
            return QLatin1String(text);
    return QStringLiteral("foreign");
}

InterpretingMode::Value InterpretingMode::fromName(const QString &name, bool *ok)
{
    for (const auto &[value, text] : kModes) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Foreign;
}

QList<InterpretingMode::Value> InterpretingMode::providerModes()
{
    return {Foreign, Lsf, Lpc, Transcription};
}

} // namespace guichet
