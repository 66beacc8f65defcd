#include "interpreting/AttachToRequestDialog.h"

#include "repo/RequestRepository.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

AttachToRequestDialog::AttachToRequestDialog(LocalStore &store, const QString &agentId, const QStringList &notes,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agentId(agentId)
    , m_notes(notes)
    , m_reference(new QLineEdit(this))
    , m_request(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AttachToRequestDialog"));
    setWindowTitle(tr("Attach the conversation to a request"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The conversation is added to the request's history as a note (%n part(s)). "
                                "Nothing else of it is kept.",
                                nullptr, int(notes.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reference->setObjectName(QStringLiteral("attachReference"));
    m_reference->setAccessibleName(tr("Reference of the request"));
    m_reference->setPlaceholderText(tr("e.g. M3-2026-004127-K"));
    form->addRow(tr("&Reference:"), m_reference);
    layout->addLayout(form);
    m_request->setObjectName(QStringLiteral("attachRequest"));
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    layout->addWidget(m_request);
    attachButton()->setText(tr("&Attach"));
    attachButton()->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reference, &QLineEdit::textChanged, this, &AttachToRequestDialog::lookUp);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttachToRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reference->setFocus(Qt::OtherFocusReason);
}

QPushButton *AttachToRequestDialog::attachButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AttachToRequestDialog::lookUp()
{
    m_requestId.clear();
    const QString reference = m_reference->text().trimmed().toUpper();
    if (reference.isEmpty()) {
        m_request->clear();
    } else {
        try {
            if (const auto request = RequestRepository(m_store).getByReference(reference)) {
                m_requestId = request->id;
                m_request->setText(tr("%1 — %2 (%3)").arg(request->subject, request->requesterName,
                                                         request->reference));
            } else {
                m_request->setText(tr("No request with this reference at this counter."));
            }
        } catch (const StoreError &error) {
            m_request->setText(error.message());
        }
    }
    attachButton()->setEnabled(!m_requestId.isEmpty() && !m_notes.isEmpty());
}

void AttachToRequestDialog::accept()
{
    if (m_requestId.isEmpty() || m_notes.isEmpty())
        return;
    int written = 0;
    try {
        RequestRepository requests(m_store);
        for (const QString &note : std::as_const(m_notes)) {
            requests.addNote(m_requestId, note, m_agentId);
            ++written;
        }
    } catch (const StoreError &error) {
        m_request->setText(written == 0 ? error.message()
                                        : tr("%1 (%2 of %3 parts were attached.)")
                                              .arg(error.message())
                                              .arg(written)
                                              .arg(m_notes.size()));
        m_notes = m_notes.mid(written);
        return;
    }
    emit attached(m_reference->text().trimmed().toUpper(), written);
    QDialog::accept();
}

} // namespace guichet
