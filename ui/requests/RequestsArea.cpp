#include "requests/RequestsArea.h"

#include "itemmodels/RequestListModel.h"
#include "requests/OverdueDelegate.h"
#include "requests/OnlineSearchDialog.h"
#include "requests/OverdueReportDialog.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestIntakeDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
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
    m_new = createAction(tr("New request"), QKeySequence(Qt::CTRL | Qt::Key_N), &RequestsArea::newRequest);
    m_new->setToolTip(tr("File a request for the visitor or the caller, with its receipt (Ctrl+N)"));
    m_overdue = createAction(tr("Overdue by service"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                             &RequestsArea::showOverdue);
    m_overdue->setToolTip(tr("Supervisors: the requests past their due date, by competent service (Ctrl+Shift+R)"));
    m_online = createAction(tr("Search the server"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                            &RequestsArea::searchOnline);
    m_online->setToolTip(tr("Older requests this counter no longer keeps: ask the server for what is typed in "
                            "the search box (Ctrl+Shift+F)"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_newButton = addButton(m_new, this);
    m_overdueButton = addButton(m_overdue, this);
    bar->addWidget(m_newButton);
    bar->addWidget(m_overdueButton);
    m_onlineButton = addButton(m_online, this);
    bar->addWidget(m_onlineButton);
    bar->addStretch(1);
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
    m_detail->setSite(context.siteId);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_newButton, m_overdueButton);
    setTabOrder(m_overdueButton, m_onlineButton);
    setTabOrder(m_onlineButton, m_list);
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
    updateActions();
}

QAction *RequestsArea::createAction(const QString &text, const QKeySequence &shortcut, void (RequestsArea::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // While the requests area is shown, from the global search box too (where the agent is when
    // the area opens, and what Ctrl+Shift+F searches): a hidden area's actions do not answer, so
    // the other areas keep their own keys.
    action->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QPushButton *RequestsArea::addButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

void RequestsArea::updateActions()
{
    // The overdue view is the supervisors' (the dialog refuses anyone else in words too).
    const bool supervisor = OverdueReportDialog::allowedFor(m_context.store, m_context.agentId);
    m_overdue->setEnabled(supervisor);
    m_overdueButton->setVisible(supervisor);
}

void RequestsArea::newRequest()
{
    // Window-modal but not blocking (open, not exec): the counter's window keeps drawing.
    auto *dialog = new RequestIntakeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestIntakeDialog::statusMessage, this, &Area::statusMessage);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Request filed = dialog->filedRequest();
        if (filed.id.isEmpty())
            return;
        emit statusMessage(tr("Request %1 filed, due %2.")
                               .arg(filed.reference, QLocale().toString(filed.dueDate, QLocale::LongFormat)));
        showRequest(filed.id);
        if (dialog->printReceiptRequested())
            QTimer::singleShot(0, m_detail, [pane = m_detail] { pane->printReceipt(); });
    });
    dialog->open();
}

void RequestsArea::searchOnline()
{
    const QString query = m_pendingSearch.simplified();
    if (query.isEmpty()) {
        emit statusMessage(tr("Type a reference, a name or a phone number in the search box first."));
        return;
    }
    auto *dialog = new OnlineSearchDialog(m_context, query, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestsArea::showOverdue()
{
    auto *dialog = new OverdueReportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OverdueReportDialog::requestActivated, this, [this, dialog](const QString &id) {
        dialog->accept();
        showRequest(id);
    });
    dialog->open();
}

void RequestsArea::showRequest(const QString &requestId)
{
    // Shown in the list when the current filter holds it, else the filter is cleared for it.
    if (m_model->rowOf(requestId) < 0 && !m_model->filter().isEmpty()) {
        m_pendingSearch.clear();
        m_model->setFilter({});
    }
    const int row = m_model->rowOf(requestId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->selectRow(row);
    } else {
        m_selectedId = requestId;
        m_detail->showRequest(requestId);
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

QString RequestsArea::areaTitle() const
{
    return tr("Requests");
}

void RequestsArea::setSite(const QString &siteId)
{
    // Requests belong to the city, not to one site: the list stays the same.
    m_context.siteId = siteId;
    m_detail->setSite(siteId);
}

void RequestsArea::setAgent(const QString &agentId)
{
    m_context.agentId = agentId;
    m_detail->setAgent(agentId);
    updateActions();
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
    return tr("Reference, requester's name, phone or email, street or subject");
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
