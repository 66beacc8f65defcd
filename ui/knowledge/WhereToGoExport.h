#pragma once

#include "print/WhereToGoSlip.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace guichet {

class Clock;
class LocalStore;

// The "where to go" slip of an article from the counter: printed (through the print dialog) or
// saved as a PDF (through a file dialog, in the Documents folder by default). Each says what to
// tell the agent: done (and where), cancelled (nothing to say) or why it failed.
class WhereToGoExport
{
    Q_DECLARE_TR_FUNCTIONS(guichet::WhereToGoExport)

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

    // The slip of the article for the counter's site, dated today in the site's time zone.
    // Throws StoreError; the article must exist.
    static WhereToGoSlip load(LocalStore &store, const Clock &clock, const QString &siteId,
                              const QString &articleId);

    // `dialog` empty: the QPrintDialog.
    static Outcome print(const WhereToGoSlip &slip, QWidget *parent, const PrintDialog &dialog = {});
    // `path` given: no file dialog; else `dialog` (empty: the QFileDialog) asks for it.
    static Outcome savePdf(const WhereToGoSlip &slip, QWidget *parent, const QString &path = {},
                           const PathDialog &dialog = {});
};

} // namespace guichet
