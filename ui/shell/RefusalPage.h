#pragma once

#include <QCoreApplication>

class QDialog;
class QLabel;
class QString;

namespace guichet {

// What a supervisors-only dialog shows to anyone else: the refusal in words and a Close button
// that has the focus. Nothing of the dialog's content is read.
class RefusalPage
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RefusalPage)

public:
    // Lays the page out in `dialog` (which has no layout yet); returns the refusal's label.
    static QLabel *build(QDialog *dialog, const QString &text);
};

} // namespace guichet
