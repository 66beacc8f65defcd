#include "conflicts/ToHandleDialog.h"

#include "booking/RefusedBookingAdvice.h"
#include "core/Clock.h"
#include "itemmodels/ConflictListModel.h"
#include "repo/ConflictRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

ToHandleDialog::ToHandleDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ConflictListModel(store, this))
{
    setObjectName(QStringLiteral("ToHandleDialog"));
    setWindowTitle(tr("To handle: changes refused by the server"));
    setAccessibleName(windowTitle());

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ToHandleCount"));
    m_count->setAccessibleName(tr("Refused changes to handle"));
    m_count->setWordWrap(true);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("ToHandleList"));
    m_list->setAccessibleName(tr("Refused changes"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    m_list->setWordWrap(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setColumnHidden(ConflictListModel::MessageColumn, true); // in the details below
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(ConflictListModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictListModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictListModel::ReasonColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConflictListModel::WayForwardColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(ConflictListModel::ReasonColumn, m_list->fontMetrics().averageCharWidth() * 36);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("ToHandleDetails"));
    m_details->setAccessibleName(tr("Details of the refused change"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 5);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("ToHandleRetry"));
    m_retry->setToolTip(tr("Send the change again, as it was made"));
    m_retry->setAutoDefault(false);
    m_dismiss = new QPushButton(tr("&Dismiss the change"), this);
    m_dismiss->setObjectName(QStringLiteral("ToHandleDismiss"));
    m_dismiss->setToolTip(tr("Let the change go: the server's version stays"));
    m_dismiss->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("ToHandleClose"));
    close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_retry);
    setTabOrder(m_retry, m_dismiss);
    setTabOrder(m_dismiss, close);

    connect(m_retry, &QPushButton::clicked, this, &ToHandleDialog::retryCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ToHandleDialog::dismissCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedId = currentMutationId();
        m_rowToSelect = std::max(0, m_list->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ToHandleDialog::onModelReset);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ToHandleDialog::showCurrent);
    resize(980, 520);
    onModelReset();
}

void ToHandleDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ToHandleDialog::onModelReset()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows == 0 ? tr("Nothing to handle: the server accepted every change of this counter.")
                               : tr("%n change(s) of this counter were refused by the server. For each one, "
                                    "send it again or let it go.",
                                    nullptr, rows));
    // The same change stays selected; when it is gone (retried, dismissed), the one now in its place.
    int row = std::min(m_rowToSelect, rows - 1);
    for (int r = 0; r < rows && !m_selectedId.isEmpty(); ++r) {
        if (m_model->index(r, 0).data(ConflictListModel::MutationIdRole).toString() == m_selectedId) {
            row = r;
            break;
        }
    }
    selectRow(row);
    showCurrent();
}

void ToHandleDialog::selectRow(int row)
{
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row, ConflictListModel::WhatColumn));
    m_list->selectRow(row);
}

QString ToHandleDialog::currentMutationId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ConflictListModel::MutationIdRole).toString() : QString();
}

void ToHandleDialog::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_retry->setEnabled(current.isValid());
    m_dismiss->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const auto cell = [this, row = current.row()](int column) {
        return m_model->index(row, column).data(Qt::DisplayRole).toString();
    };
    QStringList lines{tr("Change: %1").arg(cell(ConflictListModel::WhatColumn)),
                      tr("Refused on: %1").arg(cell(ConflictListModel::WhenColumn)),
                      tr("Why: %1").arg(cell(ConflictListModel::ReasonColumn)),
                      tr("What to do: %1").arg(cell(ConflictListModel::WayForwardColumn))};
    const QString message = cell(ConflictListModel::MessageColumn);
    if (!message.isEmpty())
        lines << tr("Server's message: %1").arg(message);
    lines << bookingAdvice(m_model->conflictAt(current.row()));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QStringList ToHandleDialog::bookingAdvice(const SyncConflict &conflict) const
{
    const RefusedBookingAdvice advice = RefusedBookingAdvice::of(m_store, m_store.clock(), conflict);
    if (!advice.applies)
        return {};
    QStringList contact{advice.visitorName};
    if (!advice.visitorPhone.isEmpty())
        contact << advice.visitorPhone;
    if (!advice.visitorEmail.isEmpty())
        contact << advice.visitorEmail;
    QHash<QString, QString> siteNames;
    for (const Site &site : SiteRepository(m_store).all())
        siteNames.insert(site.id, site.name);
    const auto describe = [&](const QList<FreeSlot> &free) {
        QStringList times;
        for (const FreeSlot &slot : free)
            times << tr("%1 at %2")
                         .arg(QLocale().toString(slot.startsAt.toTimeZone(defaultTimeZone()),
                                                 QLocale::ShortFormat),
                              siteNames.value(slot.siteId));
        return times.isEmpty() ? tr("none in the next three months") : times.join(QStringLiteral(" · "));
    };
    return {tr("Call the visitor back: %1").arg(contact.join(QStringLiteral(", "))),
            tr("Next free slots at the same site: %1").arg(describe(advice.sameSite)),
            tr("Earliest free slots at any site: %1").arg(describe(advice.anySite))};
}

void ToHandleDialog::retryCurrent()
{
    const QString id = currentMutationId();
    if (id.isEmpty())
        return;
    try {
        ConflictRepository(m_store).retry(id);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("The change cannot be sent again"), error.message());
        m_model->reload();
        return;
    }
    emit statusMessage(tr("The change will be sent again at the next synchronisation."));
}

bool ToHandleDialog::confirmDismiss(const QString &summary)
{
    QMessageBox box(
        QMessageBox::Question, tr("Dismiss the change?"),
        tr("“%1” will not be sent: the server's version stays. This cannot be undone.").arg(summary),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("ConfirmDismiss"));
    QPushButton *dismiss = box.addButton(tr("Dismiss the change"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == dismiss;
}

void ToHandleDialog::dismissCurrent()
{
    const QString id = currentMutationId();
    if (id.isEmpty())
        return;
    const int row = m_list->currentIndex().row();
    if (!confirmDismiss(m_model->index(row, ConflictListModel::WhatColumn).data().toString()))
        return;
    try {
        ConflictRepository(m_store).dismiss(id);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("The change cannot be dismissed"), error.message());
        m_model->reload();
        return;
    }
    emit statusMessage(tr("The refused change was dismissed."));
}

} // namespace guichet
