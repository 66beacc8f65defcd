#pragma once

#include "domain/Agent.h"
#include "shell/UiContext.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace guichet {

class OverdueByServiceModel;

// "Overdue requests by service", for supervisors and administrators: the competent services with
// their overdue requests (OverdueByServiceModel), the most overdue service first, and a totals
// line. Keyboard-first: the tree has the focus, ↑/↓ move, → / ← open and close a service, Enter
// on a service opens or closes it, Enter (or a double-click) on a request emits
// requestActivated(id); the dialog stays open (the receiver decides whether to close it). It
// refreshes when requests change, keeping the services that were open and the current request.
//
// An agent gets the dialog with a refusal in words and nothing else: no request is read for them.
// The caller can also hide its action with allowedFor().
class OverdueReportDialog : public QDialog
{
    Q_OBJECT

public:
    OverdueReportDialog(const UiContext &context, QWidget *parent = nullptr);

    static bool allowedFor(Agent::Role role);
    // The agent as the local store knows them (an unknown agent is not allowed).
    static bool allowedFor(LocalStore &store, const QString &agentId);
    static QString refusalText();

    bool isAllowed() const { return m_model != nullptr; }
    QTreeView *view() const { return m_view; }             // nullptr when refused
    OverdueByServiceModel *model() const { return m_model; } // nullptr when refused
    QLabel *totals() const { return m_totals; }            // nullptr when refused
    QLabel *refusal() const { return m_refusal; }          // nullptr when allowed
    // The request on the current row; empty on a service row or without one.
    QString currentRequestId() const;

signals:
    void requestActivated(const QString &requestId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildReport();
    void buildRefusal();
    void activate(const QModelIndex &index);
    void rememberState();
    void restoreState();
    void updateTotals();

    UiContext m_context;
    OverdueByServiceModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_open = nullptr;
    QSet<QString> m_expanded; // services open before a reload
    QString m_currentRequest;
    std::optional<QString> m_currentService; // the current row's service before a reload
};

} // namespace guichet
