#pragma once

#include "RecordStore.h"
#include "Session.h"
#include "domain/Mutation.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet::server {

// The knowledge base's own rules on a counter's change, beyond the entity's least role: Service-
// Public fiches come from the import only; a revision is signed by whoever pushes it and keeps its
// revision key; an agent keeps only their own favourites and gives feedback in their own name;
// only a supervisor resolves feedback, and resolving changes nothing else of it.
class ArticleMutationRules
{
public:
    struct Refusal
    {
        QString reason; // protocol::reason
        QString message;
    };

    // `after` is the record as it would be stored. Nothing for the other entities.
    static std::optional<Refusal> check(const Session &session, const Mutation &mutation,
                                        const std::optional<StoredRecord> &before, const QJsonObject &after);
};

} // namespace guichet::server
