#pragma once

#include "sync/SyncStatus.h"

#include <QStatusBar>

class QLabel;
class QToolButton;

namespace guichet {

class LocalStore;

// The counter's status line, always truthful: site, agent, connection state (from the sync
// worker's SyncStatus), the number of changes waiting to be sent, the refused changes waiting in
// "À traiter" (a button that opens the list), and the last successful sync (site time).
// The counts and the last sync are re-read from the store whenever it changes, so they are right
// even before the worker has said anything (or when sync is off).
class CounterStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit CounterStatusBar(LocalStore &store, QWidget *parent = nullptr);

    void setSiteName(const QString &name);
    void setAgentName(const QString &name);
    int outboxCount() const { return m_outboxCount; }
    int toHandleCount() const { return m_toHandleCount; }
    const SyncStatus &syncStatus() const { return m_sync; }

public slots:
    // What the sync worker last said (its counts and last sync are taken too).
    void setSyncStatus(const guichet::SyncStatus &status);
    void refresh();

signals:
    // The agent clicked "N to handle": the main window opens the list.
    void toHandleRequested();

private:
    QLabel *addField(const QString &objectName, const QString &accessibleName);
    void showConnection();
    void showCounts();
    QString timeOfDay(const QDateTime &utc, bool withSeconds) const;

    LocalStore &m_store;
    QLabel *m_site = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_outbox = nullptr;
    QToolButton *m_toHandle = nullptr;
    QLabel *m_lastSync = nullptr;
    SyncStatus m_sync;
    bool m_heardFromWorker = false;
    bool m_serverConfigured = false;
    int m_outboxCount = -1;
    int m_toHandleCount = 0;
    QString m_storeProblem;
};

} // namespace guichet
