#pragma once

#include "RecordStore.h"
#include "Session.h"
#include "domain/Mutation.h"

#include <QString>
#include <optional>

namespace guichet::server {

class RecordValidator;
class SlotCapacity;

// The business decision on one mutation, inside its transaction: what the record becomes, or why
// the mutation is refused. No writing here; MutationProcessor stores the outcome.
struct MutationDecision
{
    bool refused = false;
    QString reason;
    QString message;
    bool noChange = false; // an idempotent change: the record already is what was asked
    bool auditOnly = false; // goes to the audit log only (EntityInfo::auditOnly): no record is written
    StoredRecord record;   // the record as it will be stored (when not refused)
    std::optional<StoredRecord> before;
};

class MutationRules
{
public:
    MutationRules(RecordStore &records, RecordValidator &validator, SlotCapacity &capacity)
        : m_records(records)
        , m_validator(validator)
        , m_capacity(capacity)
    {}

    MutationDecision decide(const Session &session, const Mutation &mutation);

    static bool isValidId(const QString &id);

private:
    MutationDecision refuse(const QString &reason, const QString &message) const;

    RecordStore &m_records;
    RecordValidator &m_validator;
    SlotCapacity &m_capacity;
};

} // namespace guichet::server
