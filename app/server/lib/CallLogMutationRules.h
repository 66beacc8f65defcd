#pragma once

#include "ArticleMutationRules.h"
#include "RecordStore.h"
#include "Session.h"
#include "domain/Mutation.h"

#include <QJsonObject>
#include <optional>

namespace guichet::server {

// A call to an interpreter is logged when it starts and finished when it ends: the counter that
// logged it may then set its duration and outcome, and nothing else. A logged call is never
// deleted, so the figures that justify the city's subscriptions cannot be thinned out afterwards.
class CallLogMutationRules
{
public:
    using Refusal = ArticleMutationRules::Refusal;

    // Nothing for the other entities. `createdHere` tells whether the pushing device logged it.
    static std::optional<Refusal> check(const Mutation &mutation, const std::optional<StoredRecord> &before,
                                        bool createdHere);
};

} // namespace guichet::server
