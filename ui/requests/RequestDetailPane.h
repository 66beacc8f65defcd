#pragma once

#include "domain/Request.h"

#include <QHash>
#include <QWidget>

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
// outbox).
class RequestDetailPane : public QWidget
{
    Q_OBJECT

public:
    RequestDetailPane(LocalStore &store, QWidget *parent = nullptr);

    void showRequest(const QString &requestId);
    QString requestId() const { return m_requestId; }
    void setAgent(const QString &agentId) { m_agentId = agentId; }

    QTableView *timeline() const { return m_timeline; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *addNoteButton() const { return m_addNote; }

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addNote();
    void refresh();
    // Writes the audit row of a request shown here (RecordOpeningLog), once per showing.
    void logOpening(const Request &request);
    void updateButton();
    QLabel *valueLabel(const QString &accessibleName);

    LocalStore &m_store;
    QString m_requestId;
    QHash<QString, QString> m_drafts; // notes being typed, by request id
    QString m_agentId;
    bool m_openingToLog = false;
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
};

} // namespace guichet
