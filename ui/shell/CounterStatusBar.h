#pragma once

#include <QStatusBar>

class QLabel;

namespace guichet {

class LocalStore;

// The counter's status line, always truthful: site, agent, connection state, the number of
// changes waiting to be sent, and the last successful sync.
class CounterStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit CounterStatusBar(LocalStore &store, QWidget *parent = nullptr);

    void setSiteName(const QString &name);
    void setAgentName(const QString &name);
    int outboxCount() const { return m_outboxCount; }

public slots:
    void refresh();

private:
    QLabel *addField(const QString &accessibleName);

    LocalStore &m_store;
    QLabel *m_site = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_lastSync = nullptr;
    int m_outboxCount = -1;
};

} // namespace guichet
