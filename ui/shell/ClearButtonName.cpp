#include "shell/ClearButtonName.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace guichet {

void nameClearButton(QLineEdit *edit)
{
    // Qt's own name for the action behind the button (qlineedit.cpp); the button shows its icon
    // only, the text is what assistive technologies read.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        const QString text = QCoreApplication::translate("guichet::ClearButton", "Clear the text");
        clear->setText(text);
        clear->setToolTip(text);
    }
}

} // namespace guichet
