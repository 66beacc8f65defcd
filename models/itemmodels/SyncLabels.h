#pragma once

#include "domain/Mutation.h"
#include "domain/SyncConflict.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// The words shown to an agent about sync: why the server refused a change, what to do next, and
// what the change was about.
class SyncLabels
{
    Q_DECLARE_TR_FUNCTIONS(guichet::SyncLabels)

public:
    // "The slot is full", … (a reason this app does not know yet gets a general sentence).
    static QString reason(const QString &code);
    // The way forward for the agent: "Book another slot for the visitor.", …
    static QString wayForward(const QString &code);
    // "Appointment", "Request", … for an entity (table) name.
    static QString entity(const QString &entity);
    static QString operation(Mutation::Operation operation);
    // A short line naming the record and the change: "Appointment: DUPONT Jean — Checked in".
    static QString summary(const SyncConflict &conflict);
};

} // namespace guichet
