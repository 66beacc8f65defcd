#pragma once

#include "shell/UiContext.h"
#include "sync/OnlineRequestSearch.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace guichet {

// "Chercher sur le serveur": the requests beyond this counter's retention window, asked of
// guichet-server (OnlineRequestSearch) on a worker thread with its own network manager, shown
// as the server's results — never stored here. Each request the agent opens writes an audit row
// (OnlineView). Offline or signed out, the dialog says so in words.
class OnlineSearchDialog : public QDialog
{
    Q_OBJECT

public:
    OnlineSearchDialog(const UiContext &context, const QString &query, QWidget *parent = nullptr);
    ~OnlineSearchDialog() override;

    QTableWidget *results() const { return m_results; }
    QLabel *status() const { return m_status; }
    QTextBrowser *details() const { return m_details; }
    bool isSearching() const { return m_watcher.isRunning(); }

signals:
    void searchFinished();

private:
    void showOutcome();
    void showCurrent();

    UiContext m_context;
    QString m_query;
    QThreadPool m_pool;
    QFutureWatcher<OnlineRequestSearch::Outcome> m_watcher;
    QList<Request> m_requests;
    QSet<QString> m_opened; // audited once per request and dialog
    QLabel *m_status;
    QTableWidget *m_results;
    QTextBrowser *m_details;
};

} // namespace guichet
