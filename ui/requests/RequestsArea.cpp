#include "requests/RequestsArea.h"

#include "itemmodels/RequestListModel.h"
#include "requests/OverdueDelegate.h"
#include "requests/RequestDetailPane.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

RequestsArea::RequestsArea(const UiContext &context, QWidget *parent)
    : Area(parent)
    , m_context(context)
    , m_model(new RequestListModel(context.store, this))
    , m_searchTimer(new QTimer(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(left);
    m_count->setAccessibleName(tr("Requests shown"));
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("requestList"));
    m_list->setAccessibleName(tr("Requests"));
    m_list->setModel(m_model);
    m_list->setItemDelegateForColumn(RequestListModel::DueColumn, new OverdueDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(RequestListModel::SubjectColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(RequestListModel::ReferenceColumn,
                           m_list->fontMetrics().horizontalAdvance(QStringLiteral("HDV-2026-000000-WW")));
    // A requester's whole name is what the agent reads to the visitor: give it room.
    m_list->setColumnWidth(RequestListModel::RequesterColumn,
                           m_list->fontMetrics().horizontalAdvance(QStringLiteral("BEN SALAH Jean-Baptiste")));
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_list, 1);

    m_detail = new RequestDetailPane(context.store, splitter);
    m_detail->setAgent(context.agentId);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_list, m_detail->timeline());
    setTabOrder(m_detail->timeline(), m_detail->noteEdit());
    setTabOrder(m_detail->noteEdit(), m_detail->addNoteButton());

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RequestsArea::applySearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsArea::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsArea::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsArea::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestsArea::updateCount);
    connect(m_detail, &RequestDetailPane::statusMessage, this, &Area::statusMessage);
    updateCount();
}

QString RequestsArea::areaTitle() const
{
    return tr("Requests");
}

void RequestsArea::setSite(const QString &siteId)
{
    // Requests belong to the city, not to one site: the list stays the same.
    m_context.siteId = siteId;
}

void RequestsArea::setAgent(const QString &agentId)
{
    m_context.agentId = agentId;
    m_detail->setAgent(agentId);
}

void RequestsArea::search(const QString &text)
{
    m_pendingSearch = text;
    m_searchTimer->start();
}

void RequestsArea::applySearch()
{
    m_model->setFilter(m_pendingSearch);
    if (!m_pendingSearch.trimmed().isEmpty() && m_model->rowCount() > 0 && m_model->rowOf(m_selectedId) < 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

QString RequestsArea::searchPlaceholder() const
{
    return tr("Reference, name, phone or email of the requester");
}

void RequestsArea::focusPrimary()
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void RequestsArea::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_selectedId = current.isValid() ? current.data(RequestListModel::IdRole).toString() : QString();
    m_detail->showRequest(m_selectedId);
}

void RequestsArea::restoreSelection()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->selectRow(row);
    }
}

void RequestsArea::updateCount()
{
    const int rows = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    if (m_model->filter().isEmpty())
        m_count->setText(more ? tr("The %1 most recent requests (scroll for more)").arg(rows)
                              : tr("%n request(s)", nullptr, rows));
    else
        m_count->setText(
            rows == 0 ? tr("No request matches “%1”.").arg(m_model->filter())
            : more ? tr("First %1 requests matching “%2” (scroll for more)").arg(rows).arg(m_model->filter())
                   : tr("%1 request(s) matching “%2”").arg(rows).arg(m_model->filter()));
}

} // namespace guichet
