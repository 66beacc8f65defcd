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

private:
    static InterpreterProvider fromQuery(const QSqlQuery &query);

    LocalStore &m_store;
};

} // namespace guichet
