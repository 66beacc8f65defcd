#pragma once

#include "interpreting/AgentNetwork.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class AgentNetworkModel;
class LocalStore;

// The city's own interpreters: the agents who speak the visitor's language, this site's first,
// with whether they are on duty and their phone; "Call this agent" logs the call (mode
// agent_network) and dials their number.
class AgentNetworkPanel : public QWidget
{
    Q_OBJECT

public:
    AgentNetworkPanel(LocalStore &store, QWidget *parent = nullptr);

    void setQuery(const QString &language, const QString &siteId, const QString &agentId);

    QTableView *table() const { return m_table; }
    QPushButton *callButton() const { return m_call; }
    AgentNetworkModel *model() const { return m_model; }

signals:
    void callRequested(const guichet::AgentNetwork::Member &member);

private:
    void updateState();
    void requestCall();

    AgentNetworkModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_call;
};

} // namespace guichet
