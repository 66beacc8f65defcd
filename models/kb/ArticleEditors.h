#pragma once

#include "domain/Agent.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

class LocalStore;

// Who may do what with the knowledge base: any agent reads, keeps favourites and gives feedback;
// only a supervisor or an administrator edits, verifies, restores and resolves review tasks. The
// server checks the same (EntitySchema's roles, ArticleMutationRules); this is the counter's side,
// so that a refused change is never written at all.
class ArticleEditors
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleEditors)

public:
    static bool mayEdit(const Agent &agent);

    // The agent known to the local store (deleted ones are not). Throws StoreError (InvalidInput).
    static Agent requireAgent(LocalStore &store, const QString &agentId);
    // The same, and a supervisor or administrator. Throws StoreError (InvalidInput) with a message
    // that says so.
    static Agent requireEditor(LocalStore &store, const QString &agentId);
};

} // namespace guichet
