#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace guichet {

class LocalStore;

// The visitor's copy of an appointment from the counter: the slip printed (through the print
// dialog), the slip saved as a PDF, or the calendar event saved as an .ics file (through a file
// dialog, in the Documents folder by default, named after the reference). Each says what to tell
// the agent: done (and where), cancelled (nothing to say) or why it failed.
class SlipExport
{
    Q_DECLARE_TR_FUNCTIONS(guichet::SlipExport)

public:
    struct Outcome
    {
        bool done = false;
        QString message; // for the agent; empty when they cancelled the dialog
    };

    static Outcome print(LocalStore &store, const QString &appointmentId, QWidget *parent);
    // `path` given: no file dialog (scripts and tests).
    static Outcome savePdf(LocalStore &store, const QString &appointmentId, QWidget *parent,
                           const QString &path = {});
    static Outcome exportIcs(LocalStore &store, const QString &appointmentId, QWidget *parent,
                             const QString &path = {});

    // "<Documents>/RDV-7K3M9Q2P.pdf".
    static QString suggestedPath(const QString &reference, const QString &suffix);
};

} // namespace guichet
