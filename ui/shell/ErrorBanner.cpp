#include "shell/ErrorBanner.h"

namespace guichet {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAccessibleName(tr("Error"));
    setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; }"));
    hide();
}

void ErrorBanner::showMessage(const QString &message)
{
    setText(message);
    show();
}

} // namespace guichet
