#pragma once

#include <QLabel>

namespace guichet {

// The red line under a form or a list that says why something was not done (white on red, word
// wrapped, named "Error" for screen readers). Hidden until showMessage().
class ErrorBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message);
};

} // namespace guichet
