#include "shell/RefusalPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

QLabel *RefusalPage::build(QDialog *dialog, const QString &text)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *refusal = new QLabel(text, dialog);
    refusal->setWordWrap(true);
    refusal->setAccessibleName(tr("Not available"));
    refusal->setAccessibleDescription(text);
    layout->addWidget(refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    close->setFocus();
    dialog->resize(480, 160);
    return refusal;
}

} // namespace guichet
