#include "interpreting/CallFiguresDialog.h"

#include "core/Clock.h"
#include "itemmodels/CallFiguresModel.h"
#include "repo/AgentRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "shell/ErrorBanner.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "shell/RefusalPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {

constexpr int kDefaultDays = 30;

// The agent signed in at this counter is a supervisor or an administrator.
bool supervisorSignedIn(LocalStore &store)
{
    try {
        const SyncStateRepository state(store);
        const QString agentId = state.value(SyncStateRepository::CurrentAgent);
        if (agentId.isEmpty())
            return false;
        const Agent agent = AgentRepository(store).byId(agentId);
        const Agent::Role role =
            agent.isValid() ? agent.role : Agent::roleFromName(state.value(SyncStateRepository::AgentRole));
        return role == Agent::Role::Supervisor || role == Agent::Role::Admin;
    } catch (const StoreError &) {
        return false;
    }
}

} // namespace

QString CallFiguresDialog::refusalText()
{
    return tr("Only a supervisor or an administrator can see the interpreter call figures. Ask your "
              "supervisor if you need them.");
}

CallFiguresDialog::CallFiguresDialog(LocalStore &store, const Clock &clock, const QString &siteId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
{
    setWindowTitle(tr("Interpreter calls: figures"));
    setAccessibleName(windowTitle());
    setModal(false);
    if (supervisorSignedIn(m_store))
        buildFigures(siteId);
    else
        buildRefusal();
}

void CallFiguresDialog::buildRefusal()
{
    m_refusal = RefusalPage::build(this, refusalText());
}

void CallFiguresDialog::buildFigures(const QString &siteId)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QFormLayout;

    m_grouping = new QComboBox(this);
    for (CallFigures::Grouping grouping : CallFigures::groupings())
        m_grouping->addItem(CallFiguresModel::groupingLabel(grouping), int(grouping));
    m_grouping->setAccessibleName(tr("Group the calls by"));
    auto *groupingLabel = new QLabel(tr("&Group by:"), this);
    groupingLabel->setBuddy(m_grouping);
    controls->addRow(groupingLabel, m_grouping);

    const QDate today = m_clock.todayIn(defaultTimeZone());
    auto *range = new QHBoxLayout;
    m_from = new QDateEdit(today.addDays(-(kDefaultDays - 1)), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setAccessibleName(tr("Last day"));
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    controls->addRow(fromLabel, range);

    m_site = new QComboBox(this);
    m_site->addItem(tr("Every site"), QString());
    for (const Site &site : SiteRepository(m_store).all())
        m_site->addItem(site.code.isEmpty() ? site.name : tr("%1 – %2").arg(site.code, site.name), site.id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(siteId)));
    m_site->setAccessibleName(tr("Site"));
    auto *siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_site);
    controls->addRow(siteLabel, m_site);
    layout->addLayout(controls);

    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    m_model = new CallFiguresModel(m_store, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Interpreter calls"));
    m_table->setAccessibleDescription(tr("One row per group, the most calls first."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallFiguresModel::GroupColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Totals"));
    layout->addWidget(m_totals);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setAccessibleName(tr("Export the table as CSV"));
    m_export->setToolTip(tr("Save the table as a CSV file, for the city's observatory"));
    m_export->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &CallFiguresDialog::chooseExportFile);
    layout->addWidget(buttons);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &CallFiguresDialog::applyQuery);
    connect(m_site, &QComboBox::currentIndexChanged, this, &CallFiguresDialog::applyQuery);
    connect(m_from, &QDateEdit::dateChanged, this, &CallFiguresDialog::applyQuery);
    connect(m_to, &QDateEdit::dateChanged, this, &CallFiguresDialog::applyQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallFiguresDialog::updateTotals);
    applyQuery();
    m_grouping->setFocus();
    resize(820, 560);
}

CallFigures::Query CallFiguresDialog::query() const
{
    CallFigures::Query q;
    if (!m_model)
        return q;
    q.grouping = CallFigures::Grouping(m_grouping->currentData().toInt());
    q.from = m_from->date();
    q.to = m_to->date();
    q.siteId = m_site->currentData().toString();
    return q;
}

void CallFiguresDialog::applyQuery()
{
    if (!m_model)
        return;
    const CallFigures::Query q = query();
    if (q.from > q.to) {
        m_error->showMessage(tr("The first day comes after the last day: choose a range in order."));
        return;
    }
    m_error->hide();
    m_model->setQuery(q);
}

void CallFiguresDialog::setGrouping(CallFigures::Grouping grouping)
{
    if (m_grouping)
        m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(int(grouping))));
}

void CallFiguresDialog::setRange(const QDate &from, const QDate &to)
{
    if (!m_model)
        return;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    applyQuery();
}

void CallFiguresDialog::setSite(const QString &siteId)
{
    if (m_site)
        m_site->setCurrentIndex(std::max(0, m_site->findData(siteId)));
}

void CallFiguresDialog::updateTotals()
{
    const CallFigures::Group &total = m_model->totals();
    if (total.calls == 0) {
        m_totals->setText(tr("No interpreter call was logged over these days."));
        return;
    }
    const QLocale locale;
    m_totals->setText(tr("Total: %1, %2 % reached someone; %3 minutes in all, median %4 minutes.")
                          .arg(tr("%n call(s)", nullptr, total.calls),
                               locale.toString(total.reachedShare() * 100.0, 'f', 0),
                               locale.toString(total.totalMinutes(), 'f', 1),
                               locale.toString(total.medianMinutes(), 'f', 1)));
}

bool CallFiguresDialog::exportCsv(const QString &path)
{
    if (!m_model)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->csv()) < 0 || !file.commit()) {
        m_error->showMessage(tr("The CSV file could not be written (%1): %2").arg(path, file.errorString()));
        return false;
    }
    m_error->hide();
    return true;
}

void CallFiguresDialog::chooseExportFile()
{
    const CallFigures::Query q = query();
    //: Suggested file name of the CSV export: grouping, first day, last day
    const QString suggested = tr("interpreter-calls-%1-%2-%3.csv")
                                  .arg(CallFigures::groupingName(q.grouping), q.from.toString(Qt::ISODate),
                                       q.to.toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the call figures"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace guichet
