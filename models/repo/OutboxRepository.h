#pragma once

#include "domain/Mutation.h"

#include <QList>
#include <QSqlDatabase>

namespace guichet {

class LocalStore;

// The outbox: mutations waiting to be sent, in per-device order. `enqueue` must be called inside
// the transaction that writes the change itself (see Transaction), never on its own.
class OutboxRepository
{
public:
    explicit OutboxRepository(LocalStore &store) : m_store(store) {}

    // Fills in mutationId (if empty), createdAt and seq; returns the seq.
    qint64 enqueue(const QSqlDatabase &db, Mutation &mutation) const;

    int count() const;
    QList<Mutation> pending(int limit) const;
    // The next mutations after `seq`, in order (a push sends the queue in batches; the rows stay
    // until a pull acknowledges them).
    QList<Mutation> pendingAfter(qint64 seq, int limit) const;
    void remove(const QSqlDatabase &db, const QString &mutationId) const;
    void recordFailure(const QString &mutationId, const QString &error) const;

    // Used by recovery: insert a mutation exactly as it was (same seq and id).
    static void insertVerbatim(const QSqlDatabase &db, const Mutation &mutation);
    static Mutation fromQuery(const class QSqlQuery &query);
    static QString selectColumns();

private:
    LocalStore &m_store;
};

} // namespace guichet
