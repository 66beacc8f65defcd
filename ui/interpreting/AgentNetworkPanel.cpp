#include "interpreting/AgentNetworkPanel.h"

#include "domain/LanguageNames.h"
#include "itemmodels/AgentNetworkModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

AgentNetworkPanel::AgentNetworkPanel(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new AgentNetworkModel(store, this))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_call(new QPushButton(tr("Call this a&gent"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("agentNetwork"));
    m_table->setAccessibleName(tr("Agents of the city who speak the language"));
    m_table->setAccessibleDescription(tr("This site's agents first, then the other sites' and the substitute pool"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgentNetworkModel::NameColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_call->setObjectName(QStringLiteral("callAgent"));
    m_call->setAccessibleName(tr("Call the selected agent"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_empty, 1);
    row->addWidget(m_call);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AgentNetworkPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgentNetworkPanel::updateState);
    connect(m_table, &QAbstractItemView::activated, this, &AgentNetworkPanel::requestCall);
    connect(m_call, &QPushButton::clicked, this, &AgentNetworkPanel::requestCall);
}

void AgentNetworkPanel::setQuery(const QString &language, const QString &siteId, const QString &agentId)
{
    m_title->setText(language.isEmpty()
                         ? tr("Agents of the &city who speak the language")
                         : tr("Agents of the &city who speak %1").arg(LanguageNames::french(language)));
    m_model->setQuery(language, siteId, agentId);
}

void AgentNetworkPanel::updateState()
{
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_empty->setText(m_model->rowCount() == 0 ? tr("No agent of the city is known to speak it.") : QString());
    const QModelIndex current = m_table->currentIndex();
    m_call->setEnabled(current.isValid() && !current.data(AgentNetworkModel::PhoneRole).toString().isEmpty());
}

void AgentNetworkPanel::requestCall()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_call->isEnabled())
        emit callRequested(m_model->memberAt(current.row()));
}

} // namespace guichet
