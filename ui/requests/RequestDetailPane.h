#pragma once

#include "domain/Request.h"
#include "requests/RequestReceiptExport.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace guichet {

class LocalStore;
class RequestEventModel;

// One request at a glance: who asked and how to reach them, what about, through which channel,
// where it stands, which service handles it, by when (overdue in red and in words), its history,
// and a box to add a follow-up note (saved through RequestRepository::addNote, so it reaches the
// outbox). The requester's acknowledgement of receipt prints (Ctrl+P) or saves as a PDF
// (Ctrl+Shift+P) whenever a request is shown, as often as asked; each copy is written to the audit
// log (RequestReceiptExport).
class RequestDetailPane : public QWidget
{
    Q_OBJECT

public:
    RequestDetailPane(LocalStore &store, QWidget *parent = nullptr);

    void showRequest(const QString &requestId);
    QString requestId() const { return m_requestId; }
    void setAgent(const QString &agentId) { m_agentId = agentId; }
    // The counter's site, for the receipt of a request filed online (the current one when empty).
    void setSite(const QString &siteId) { m_siteId = siteId; }

    // The receipt of the request on show: the print dialog / a PDF (`path` empty: the file dialog).
    void printReceipt();
    void saveReceiptPdf(const QString &path = {});
    // Stand-ins for the print and file dialogs (tests); empty: the real dialogs.
    void setReceiptDialogs(RequestReceiptExport::PrintDialog printDialog,
                           RequestReceiptExport::PathDialog pathDialog);

    QTableView *timeline() const { return m_timeline; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *printReceiptButton() const { return m_printReceipt; }
    QPushButton *saveReceiptButton() const { return m_saveReceipt; }
    QAction *printReceiptAction() const { return m_printReceiptAction; }
    QAction *saveReceiptAction() const { return m_saveReceiptAction; }
    // What the last receipt action told the agent.
    QString feedback() const;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // High contrast on or off: the "overdue" date takes the alert colour of the new palette.
    void changeEvent(QEvent *event) override;

private:
    void addNote();
    void refresh();
    // Writes the audit row of a request shown here (RecordOpeningLog), once per showing.
    void logOpening(const Request &request);
    void updateButton();
    void showDueAsOverdue(bool overdue);
    void setReceiptEnabled(bool enabled);
    void showOutcome(const RequestReceiptExport::Outcome &outcome);
    RequestReceiptExport::Target receiptTarget() const;
    QPushButton *receiptButton(QAction *action, const QString &name);
    QLabel *valueLabel(const QString &accessibleName);

    LocalStore &m_store;
    QString m_requestId;
    QHash<QString, QString> m_drafts; // notes being typed, by request id
    QString m_agentId;
    QString m_siteId;
    bool m_openingToLog = false;
    RequestReceiptExport::PrintDialog m_printDialog;
    RequestReceiptExport::PathDialog m_pathDialog;
    RequestEventModel *m_events;
    QLabel *m_title;
    QLabel *m_requester;
    QLabel *m_contact;
    QLabel *m_channel;
    QLabel *m_status;
    QLabel *m_service;
    QLabel *m_due;
    QLabel *m_description;
    QTableView *m_timeline;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    QLabel *m_feedback;
    QAction *m_printReceiptAction;
    QAction *m_saveReceiptAction;
    QPushButton *m_printReceipt;
    QPushButton *m_saveReceipt;
};

} // namespace guichet
