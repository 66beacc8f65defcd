#pragma once

#include "domain/InterpreterProvider.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace guichet {

class LocalStore;

// Interpreter services (a handful of rows): which can be called for a need, a language, a site.
// The calls themselves are CallLogRepository's.
class InterpreterRepository
{
    Q_DECLARE_TR_FUNCTIONS(guichet::InterpreterRepository)

public:
    explicit InterpreterRepository(LocalStore &store)
        : m_store(store)
    {}

    QList<InterpreterProvider> all() const;
    std::optional<InterpreterProvider> get(const QString &id) const;

    // The providers offering `mode`, speaking `language` (ignored when empty or when the mode is
    // not chosen by language), usable at `siteId` (any site when empty). Real services before
    // examples, then by name.
    QList<InterpreterProvider> providers(InterpretingMode::Value mode, const QString &language = {},
                                         const QString &siteId = {}) const;

    // The ISO 639-1 codes offered for a mode (at a site, any site when empty), sorted.
    QStringList languages(InterpretingMode::Value mode, const QString &siteId = {}) const;

    // Whether the agent may change the interpreting services (a supervisor or an administrator).
    bool mayEdit(const QString &agentId) const;

    // A supervisor adds (empty id) or changes a service: the row and its outbox mutation ("create",
    // or "update" of the fields that changed, made on `provider.version`) in one transaction. The
    // name, languages and address are tidied (trimmed, codes in lower case, a phone number in its
    // written form) and checked first (ProviderCheck); a problem, an agent who is not a supervisor,
    // a service deleted meanwhile or changed since `provider.version` was read throws StoreError
    // (InvalidInput), one sentence per problem, and nothing is written. A change that changes
    // nothing writes nothing. Returns the service as stored.
    InterpreterProvider saveProvider(InterpreterProvider provider, const QString &agentId);

    // A supervisor takes a service off the list (soft delete, with its "delete" mutation, in one
    // transaction). Throws StoreError (InvalidInput) for an agent who is not a supervisor or a
    // service that is not (or no longer) in the list; nothing is written then.
    void removeProvider(const QString &id, const QString &agentId);

private:
    static InterpreterProvider fromQuery(const QSqlQuery &query);
    void requireEditor(const QString &agentId) const;

    LocalStore &m_store;
};

} // namespace guichet
