#pragma once

#include "domain/CallLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace guichet {

class LocalStore;

// The log of calls made from this counter to interpreter services and to the city's own agents:
// written locally with its outbox mutation, synced, counted for the supervisors' figures.
class CallLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(guichet::CallLogRepository)

public:
    explicit CallLogRepository(LocalStore &store)
        : m_store(store)
    {}

    // How many calls were logged per language (at a site, every site when empty).
    QHash<QString, int> callsByLanguage(const QString &siteId = {}) const;
    int callCount() const;

    // Logs a call and queues it for the server (one transaction). Fills id, startedAt (now when
    // empty), updatedAt. Throws StoreError (InvalidInput) for an unknown provider or a missing
    // language in foreign-language mode; nothing is written then.
    CallLog logCall(CallLog call);

    // The agent ends a logged call: its outcome and how long it lasted (0 to 8 hours), queued
    // for the server in the same transaction. Throws StoreError (InvalidInput) for an unknown
    // call or a duration out of range; nothing is written then.
    void finishCall(const QString &id, CallLog::Outcome outcome, int durationS);

    std::optional<CallLog> get(const QString &id) const;

private:
    LocalStore &m_store;
};

} // namespace guichet
