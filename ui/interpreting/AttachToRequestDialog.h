#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet {

class LocalStore;

// Attaches a written conversation to a request of the visitor's, as follow-up notes of its
// history (synced like any note). The agent types the request's reference; the request's subject
// and requester are shown before anything is written.
class AttachToRequestDialog : public QDialog
{
    Q_OBJECT

public:
    AttachToRequestDialog(LocalStore &store, const QString &agentId, const QStringList &notes,
                          QWidget *parent = nullptr);

    QLineEdit *referenceEdit() const { return m_reference; }
    QLabel *requestLabel() const { return m_request; }
    QPushButton *attachButton() const;

    void accept() override;

signals:
    void attached(const QString &reference, int notes);

private:
    void lookUp();

    LocalStore &m_store;
    QString m_agentId;
    QStringList m_notes;
    QString m_requestId;
    QLineEdit *m_reference;
    QLabel *m_request;
    QDialogButtonBox *m_buttons;
};

} // namespace guichet
