#pragma once

#include "domain/Mutation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace guichet {

// What survives a damaged store: the mutations not yet sent and the device's identity.
// Everything else comes back from the server at the next sync.
struct SalvagedState
{
    QList<Mutation> outbox;
    QHash<QString, QString> identity;   // sync_state keys worth keeping (device id, current site…)
    qint64 lastSeq = 0;                 // the highest sequence number the device ever used
    bool readable = false;              // false: nothing could be read (the outbox may be lost)
};

// Reads what it can from a damaged file (read-only, row by row when a scan fails).
SalvagedState salvageFromDamagedStore(const QString &path);

// Writes the salvaged state into a fresh store; returns the number of mutations restored.
int restoreSalvagedState(const QSqlDatabase &db, const SalvagedState &state);

} // namespace guichet
