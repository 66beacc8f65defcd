#pragma once

#include "domain/Mutation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet {

// A mutation of this counter that the server refused for good, kept for the agent ("À traiter")
// until it is retried or dismissed. `payload` is what the agent did; `serverRecord` is the record
// as the server has it (none: the server never had it, e.g. a refused creation).
struct SyncConflict
{
    enum class Resolution
    {
        Open,
        Retried,
        Dismissed
    };

    QString mutationId;
    qint64 seq = 0;
    QString entity;
    QString entityId;
    Mutation::Operation operation = Mutation::Operation::Update;
    QJsonObject payload;
    QString reason;  // protocol::reason (slot_full, stale_version, …)
    QString message; // the server's words, for IT
    std::optional<QJsonObject> serverRecord;
    QJsonObject localRecord; // the record as this counter has it now (empty when absent)
    QDateTime createdAt;     // when the refusal reached this counter (UTC)
    QDateTime resolvedAt;
    Resolution resolution = Resolution::Open;
};

} // namespace guichet
