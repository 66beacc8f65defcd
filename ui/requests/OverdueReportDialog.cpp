#include "requests/OverdueReportDialog.h"

#include "itemmodels/OverdueByServiceModel.h"
#include "repo/AgentRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/StoreError.h"
#include "shell/RefusalPage.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace guichet {

namespace {

// Service rows in bold: the tree reads as a list of services with their requests under them.
class ServiceRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OverdueByServiceModel::IsServiceRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

bool OverdueReportDialog::allowedFor(Agent::Role role)
{
    return role == Agent::Role::Supervisor || role == Agent::Role::Admin;
}

bool OverdueReportDialog::allowedFor(LocalStore &store, const QString &agentId)
{
    if (agentId.isEmpty())
        return false;
    try {
        const Agent agent = AgentRepository(store).byId(agentId);
        if (agent.isValid())
            return allowedFor(agent.role);
        // Signed in, but not (yet) in the local store: the role the server gave at sign-in.
        const SyncStateRepository state(store);
        return state.value(SyncStateRepository::CurrentAgent) == agentId &&
               allowedFor(Agent::roleFromName(state.value(SyncStateRepository::AgentRole)));
    } catch (const StoreError &) {
        return false;
    }
}

QString OverdueReportDialog::refusalText()
{
    return tr("Only a supervisor or an administrator can see the overdue requests of every service. Ask "
              "your supervisor if you need this report.");
}

OverdueReportDialog::OverdueReportDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Overdue requests by service"));
    setAccessibleName(windowTitle());
    if (allowedFor(m_context.store, m_context.agentId))
        buildReport();
    else
        buildRefusal();
}

void OverdueReportDialog::buildRefusal()
{
    m_refusal = RefusalPage::build(this, refusalText());
}

void OverdueReportDialog::buildReport()
{
    auto *layout = new QVBoxLayout(this);
    m_totals = new QLabel(this);
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setWordWrap(true);

    m_model = new OverdueByServiceModel(m_context.store, m_context.clock, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ServiceRowDelegate(m_view));
    m_view->setAccessibleName(tr("Overdue requests by service"));
    m_view->setAccessibleDescription(
        tr("Services with the most overdue requests first. Right and Left open and close a service; Enter "
           "opens the selected request."));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OverdueByServiceModel::OverdueColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        // A service row opens and closes on a double-click by itself (expandsOnDoubleClick).
        const QString id = m_model->requestIdAt(index);
        if (!id.isEmpty())
            emit requestActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &OverdueReportDialog::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverdueReportDialog::restoreState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    m_open = buttons->addButton(tr("&Open the request"), QDialogButtonBox::ActionRole);
    m_open->setAccessibleName(tr("Open the request"));
    m_open->setToolTip(tr("Show the selected request (Enter)"));
    m_open->setAutoDefault(false);
    auto *expand = buttons->addButton(tr("&Expand all"), QDialogButtonBox::ActionRole);
    expand->setAccessibleName(tr("Expand all"));
    expand->setToolTip(tr("Show the overdue requests of every service"));
    expand->setAutoDefault(false);
    auto *collapse = buttons->addButton(tr("C&ollapse all"), QDialogButtonBox::ActionRole);
    collapse->setAccessibleName(tr("Collapse all"));
    collapse->setToolTip(tr("Show the services only"));
    collapse->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });
    connect(expand, &QPushButton::clicked, m_view, &QTreeView::expandAll);
    connect(collapse, &QPushButton::clicked, m_view, &QTreeView::collapseAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_open->setEnabled(!currentRequestId().isEmpty()); });

    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    restoreState();
    m_view->setFocus();
    resize(1000, 600);
}

QString OverdueReportDialog::currentRequestId() const
{
    return m_view && m_model ? m_model->requestIdAt(m_view->currentIndex()) : QString();
}

bool OverdueReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers others = key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && others == Qt::NoModifier) {
            // Handled here: the view would pass Enter on to the dialog, which would close.
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OverdueReportDialog::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(OverdueByServiceModel::IsServiceRole).toBool()) {
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    const QString id = m_model->requestIdAt(first);
    if (!id.isEmpty())
        emit requestActivated(id);
}

void OverdueReportDialog::rememberState()
{
    m_expanded.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex service = m_model->index(row, 0);
        if (m_view->isExpanded(service))
            m_expanded.insert(service.data(OverdueByServiceModel::ServiceRole).toString());
    }
    const QModelIndex current = m_view->currentIndex();
    m_currentRequest = m_model->requestIdAt(current);
    m_currentService.reset();
    if (current.isValid()) {
        const QModelIndex service = current.parent().isValid() ? current.parent() : current.siblingAtColumn(0);
        m_currentService = service.data(OverdueByServiceModel::ServiceRole).toString();
    }
}

void OverdueReportDialog::restoreState()
{
    for (const QString &service : std::as_const(m_expanded)) {
        const QModelIndex index = m_model->serviceIndex(service);
        if (index.isValid())
            m_view->setExpanded(index, true);
    }
    QModelIndex current = m_currentRequest.isEmpty() ? QModelIndex() : m_model->requestIndex(m_currentRequest);
    if (current.isValid())
        m_view->setExpanded(current.parent(), true);
    else if (m_currentService)
        current = m_model->serviceIndex(*m_currentService);
    if (!current.isValid())
        current = m_model->index(0, 0);
    if (current.isValid())
        m_view->setCurrentIndex(current);
    m_open->setEnabled(!currentRequestId().isEmpty());
    updateTotals();
}

void OverdueReportDialog::updateTotals()
{
    const int total = m_model->totalOverdue();
    if (total == 0) {
        m_totals->setText(tr("No overdue request: every open request is still within its due date."));
        return;
    }
    m_totals->setText(tr("Total: %1 in %2; longest delay %3.")
                          .arg(tr("%n overdue request(s)", nullptr, total),
                               tr("%n service(s)", nullptr, int(m_model->services().size())),
                               tr("%n working day(s)", nullptr, m_model->longestDelay())));
}

} // namespace guichet
