#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace guichet {

class LocalStore;

// The requester's acknowledgement of receipt from the counter: printed (through the print dialog)
// or saved as a PDF (through a file dialog, in the Documents folder by default, named after the
// reference). Each copy handed over is an opening of the citizen's record: once printed or
// written, it is logged (RecordOpeningLog, Action::Receipt) by `agentId` (the counter's current
// agent when empty). Each says what to tell the agent: done (and where), cancelled (nothing to say,
// nothing logged) or why it failed.
class RequestReceiptExport
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestReceiptExport)

public:
    struct Outcome
    {
        bool done = false;
        QString message; // for the agent; empty when they cancelled the dialog
    };
    // Stands for the print dialog: sets the printer up, false when the agent cancelled.
    using PrintDialog = std::function<bool(QPrinter &printer, QWidget *parent)>;
    // Stands for the file dialog: the path chosen for `suggested`, empty when cancelled.
    using PathDialog = std::function<QString(const QString &suggested, QWidget *parent)>;

    struct Target
    {
        QString requestId;
        QString agentId;       // who hands it over (the counter's current agent when empty)
        QString counterSiteId; // the counter's site (its current one when empty)
    };

    // `dialog` empty: the QPrintDialog.
    static Outcome print(LocalStore &store, const Target &target, QWidget *parent, const PrintDialog &dialog = {});
    // `path` given: no file dialog; else `dialog` (empty: the QFileDialog) asks for it.
    static Outcome savePdf(LocalStore &store, const Target &target, QWidget *parent, const QString &path = {},
                           const PathDialog &dialog = {});
};

} // namespace guichet
