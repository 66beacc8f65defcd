#pragma once

#include "domain/InterpretingMode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guichet {

// One call to an interpreter service from a counter: who, where, when, which language, which
// provider, how it went. Feeds the supervisor's "interpreter calls by language" figures.
struct CallLog
{
    enum class Outcome
    {
        Done,
        NoAnswer,
        Closed,
        Failed,
        Cancelled
    }; // exactly the CHECK values

    QString id;
    QString agentId;
    QString siteId;
    QString providerId;
    InterpretingMode::Value mode = InterpretingMode::Foreign;
    QString language;    // ISO 639-1 code; empty for LSF, LPC, transcription
    QDateTime startedAt; // UTC; the clock's now when left empty
    int durationS = 0;
    Outcome outcome = Outcome::Done;
    qint64 version = 0;
    QDateTime updatedAt;
    bool deleted = false;

    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name, bool *ok = nullptr);

    QJsonObject toJson() const;
};

} // namespace guichet
