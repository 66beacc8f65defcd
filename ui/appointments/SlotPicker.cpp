#include "appointments/SlotPicker.h"

#include "appointments/TypeAheadComboBox.h"
#include "core/Clock.h"
#include "itemmodels/FreeSlotListModel.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

SlotPicker::SlotPicker(const UiContext &context, QWidget *parent)
    : QGroupBox(tr("1. Reason and slot"), parent)
    , m_context(context)
    , m_model(new FreeSlotListModel(context.store, context.clock, this))
{
    buildLayout();
    fillReasons();
    fillSiteFilter();

    connect(m_reason, &QComboBox::currentIndexChanged, this, &SlotPicker::onReasonChanged);
    connect(m_reason, &TypeAheadComboBox::typedTextChanged, this, &SlotPicker::updateReasonInfo);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString siteId = m_siteFilter->currentData().toString();
        m_model->setSiteIds(siteId.isEmpty() ? QStringList() : QStringList{siteId});
    });
    connect(m_from, &QDateEdit::dateChanged, m_model, &FreeSlotListModel::setFrom);
    connect(m_more, &QPushButton::clicked, m_model, &FreeSlotListModel::showMore);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reloading = true; });
    connect(m_model, &FreeSlotListModel::reloaded, this, &SlotPicker::onReloaded);
    connect(m_slots->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SlotPicker::onCurrentChanged);
    updateInfo();
    updateReasonInfo();
    onCurrentChanged();
}

void SlotPicker::buildLayout()
{
    m_reason = new TypeAheadComboBox(this);
    m_reason->setObjectName(QStringLiteral("BookingReason"));
    m_reason->setAccessibleName(tr("Reason for the appointment"));
    m_reason->setPlaceholderText(tr("Type a few letters of the reason"));
    m_reason->setToolTip(tr("Type a few letters of the reason (e.g. “pass”, “etat civil”), then Enter"));
    m_reason->setMinimumContentsLength(32);
    m_reasonInfo = new QLabel(this);
    m_reasonInfo->setObjectName(QStringLiteral("BookingReasonInfo"));
    m_reasonInfo->setAccessibleName(tr("About the reason"));
    m_reasonInfo->setWordWrap(true);
    m_reasonInfo->setTextFormat(Qt::PlainText);

    m_siteFilter = new QComboBox(this);
    m_siteFilter->setObjectName(QStringLiteral("BookingSiteFilter"));
    m_siteFilter->setAccessibleName(tr("Sites searched"));
    m_siteFilter->setMinimumContentsLength(20);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("BookingFrom"));
    m_from->setAccessibleName(tr("First day searched"));
    m_from->setCalendarPopup(true);
    const QDate today = m_context.clock.todayIn(defaultTimeZone());
    m_from->setMinimumDate(today);
    m_from->setDate(today);
    m_more = new QPushButton(tr("&More slots"), this);
    m_more->setObjectName(QStringLiteral("BookingMore"));
    m_more->setAccessibleName(tr("More slots"));
    m_more->setToolTip(tr("Show the next free slots after these"));
    m_more->setAutoDefault(false);
    auto *siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_siteFilter);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *filters = new QHBoxLayout;
    filters->addWidget(siteLabel);
    filters->addWidget(m_siteFilter, 1);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);

    m_slotsInfo = new QLabel(this);
    m_slotsInfo->setObjectName(QStringLiteral("BookingSlotsInfo"));
    m_slotsInfo->setAccessibleName(tr("Free slots found"));
    m_slotsInfo->setWordWrap(true);
    m_slots = new QTableView(this);
    m_slots->setObjectName(QStringLiteral("BookingSlots"));
    m_slots->setAccessibleName(tr("Earliest free slots"));
    m_slots->setModel(m_model);
    m_slots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slots->setTabKeyNavigation(false);
    m_slots->setAlternatingRowColors(true);
    m_slots->setWordWrap(false);
    m_slots->verticalHeader()->hide();
    m_slots->verticalHeader()->setDefaultSectionSize(m_slots->fontMetrics().height() * 2);
    QHeaderView *columns = m_slots->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(FreeSlotListModel::SiteColumn, QHeaderView::Stretch);
    m_slots->setMinimumWidth(m_slots->fontMetrics().averageCharWidth() * 70);
    auto *slotsLabel = new QLabel(tr("Sl&ots:"), this);
    slotsLabel->setBuddy(m_slots);
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("BookingChosenSlot"));
    m_chosenLabel->setAccessibleName(tr("Slot chosen"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setTextFormat(Qt::PlainText);
    QFont strong = m_chosenLabel->font();
    strong.setBold(true);
    m_chosenLabel->setFont(strong);
    auto *slotsHeader = new QHBoxLayout;
    slotsHeader->addWidget(slotsLabel);
    slotsHeader->addWidget(m_slotsInfo, 1);
    slotsHeader->addWidget(m_more);

    auto *reasonRow = new QFormLayout;
    reasonRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reasonRow->addRow(tr("&Reason:"), m_reason);
    reasonRow->addRow(QString(), m_reasonInfo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(reasonRow);
    layout->addLayout(filters);
    layout->addLayout(slotsHeader);
    layout->addWidget(m_slots, 1);
    layout->addWidget(m_chosenLabel);

    setTabOrder(m_reason, m_siteFilter);
    setTabOrder(m_siteFilter, m_from);
    setTabOrder(m_from, m_slots);
    setTabOrder(m_slots, m_more);
}

void SlotPicker::fillReasons()
{
    try {
        m_services = ServiceRepository(m_context.store).all();
    } catch (const StoreError &error) {
        qWarning("guichet: the reasons could not be read: %s", qPrintable(error.message()));
    }
    const QSignalBlocker blocker(m_reason);
    for (const Service &service : std::as_const(m_services))
        m_reason->addItem(service.name, service.id);
    m_reason->setCurrentIndex(-1);
}

void SlotPicker::fillSiteFilter()
{
    QList<Site> sites;
    try {
        sites = SiteRepository(m_context.store).all();
    } catch (const StoreError &error) {
        qWarning("guichet: the sites could not be read: %s", qPrintable(error.message()));
    }
    const QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->addItem(tr("All sites"), QString());
    // The counter's own site next to "All sites": one key away.
    for (const Site &s : std::as_const(sites))
        if (s.id == m_context.siteId)
            m_siteFilter->addItem(tr("%1 (this counter)").arg(s.name), s.id);
    for (const Site &s : std::as_const(sites))
        if (s.id != m_context.siteId)
            m_siteFilter->addItem(s.name, s.id);
    m_siteFilter->setCurrentIndex(0);
}

QWidget *SlotPicker::reasonField() const
{
    return m_reason;
}

QList<QWidget *> SlotPicker::fields() const
{
    return {m_reason, m_siteFilter, m_from, m_more, m_slots};
}

void SlotPicker::setReason(const QString &serviceId)
{
    const int row = m_reason->findData(serviceId);
    if (row >= 0)
        m_reason->setCurrentIndex(row);
}

void SlotPicker::lockReason()
{
    m_reason->setEnabled(false);
}

void SlotPicker::finish()
{
    m_finished = true;
    setEnabled(false);
}

Service SlotPicker::service() const
{
    const QString id = m_reason->currentData().toString();
    for (const Service &s : m_services)
        if (s.id == id)
            return s;
    return {};
}

Site SlotPicker::site(const QString &siteId) const
{
    Site found = m_model->site(siteId);
    if (!found.isValid()) {
        try {
            found = SiteRepository(m_context.store).byId(siteId);
        } catch (const StoreError &) {
            // Shown without its name.
        }
    }
    return found;
}

QString SlotPicker::whenAndWhere(const QString &siteId, const QDateTime &startsAt,
                                 const QDateTime &endsAt) const
{
    const Site where = site(siteId);
    QTimeZone zone(where.timeZone.toUtf8());
    if (!zone.isValid())
        zone = defaultTimeZone();
    const QDateTime start = startsAt.toTimeZone(zone);
    const QString format = QStringLiteral("HH:mm");
    //: When and where: "Tuesday 24 November 2026, 11:00–11:15, Mairie du 1er arrondissement"
    return tr("%1, %2–%3, %4")
        .arg(QLocale().toString(start.date(), QLocale::LongFormat), start.toString(format),
             endsAt.toTimeZone(zone).toString(format), where.isValid() ? where.name : siteId);
}

void SlotPicker::setChosenText(const QString &text)
{
    m_chosenLabel->setText(text);
}

void SlotPicker::onReasonChanged()
{
    m_model->setServiceId(m_reason->currentData().toString());
    updateReasonInfo();
}

void SlotPicker::updateReasonInfo()
{
    const QString typed = m_reason->typedText();
    if (!typed.isEmpty() && m_reason->findTyped(typed) < 0) {
        m_reasonInfo->setText(tr("No reason matches “%1”.").arg(typed));
        return;
    }
    const Service chosen = service();
    if (!chosen.isValid()) {
        m_reasonInfo->setText(m_services.isEmpty() ? tr("No reason is known at this counter yet.")
                                                   : tr("Type a few letters of the reason, then Enter."));
        return;
    }
    QString text = tr("%n minute(s)", nullptr, chosen.durationMinutes);
    if (!chosen.documents.isEmpty())
        text += QStringLiteral(" · ") + tr("to bring: %1").arg(chosen.documents.join(QStringLiteral(", ")));
    m_reasonInfo->setText(text);
}

void SlotPicker::onReloaded()
{
    m_reloading = false;
    if (m_chosen.startsAt.isValid()) {
        const int row = m_model->rowOf(m_chosen.siteId, m_chosen.startsAt);
        if (row >= 0) {
            m_slots->selectRow(row);
        } else if (!m_finished) {
            // Taken by another booking (this counter's or one the server told of) meanwhile.
            const QString lost = whenAndWhere(m_chosen.siteId, m_chosen.startsAt, m_chosen.endsAt);
            m_chosen = FreeSlot();
            onCurrentChanged();
            emit slotTaken(lost);
        }
    } else if (m_slots->hasFocus() && m_model->rowCount() > 0) {
        m_slots->selectRow(0);
    }
    updateInfo();
}

void SlotPicker::onCurrentChanged()
{
    if (m_reloading)
        return;
    const QModelIndex current = m_slots->currentIndex();
    const FreeSlot before = m_chosen;
    if (current.isValid()) {
        m_chosen = m_model->slotAt(current.row());
        // The view made it current on entering the list without selecting it: show it chosen.
        if (!m_slots->selectionModel()->isRowSelected(current.row(), QModelIndex()))
            m_slots->selectRow(current.row());
    }
    if (m_chosen.startsAt.isValid())
        m_chosenLabel->setText(tr("Chosen: %1 (%2)")
                                   .arg(whenAndWhere(m_chosen.siteId, m_chosen.startsAt, m_chosen.endsAt),
                                        tr("%n place(s) free", nullptr, m_chosen.remaining())));
    else
        m_chosenLabel->setText(tr("No slot chosen yet."));
    if (m_chosen.siteId != before.siteId || m_chosen.startsAt != before.startsAt)
        emit chosenSlotChanged();
}

void SlotPicker::updateInfo()
{
    m_more->setEnabled(m_model->mayHaveMore());
    if (m_model->serviceId().isEmpty()) {
        m_slotsInfo->setText(tr("the reason's earliest free slots show here"));
        return;
    }
    if (!m_model->errorText().isEmpty()) {
        m_slotsInfo->setText(m_model->errorText());
        return;
    }
    const QString siteId = m_siteFilter->currentData().toString();
    const QString where = siteId.isEmpty() ? tr("at every site") : tr("at %1").arg(site(siteId).name);
    if (m_model->rowCount() == 0)
        m_slotsInfo->setText(tr("No free slot %1 in the %2 days from %3.")
                                 .arg(where)
                                 .arg(FreeSlotListModel::kDaysSearched)
                                 .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat)));
    else
        m_slotsInfo->setText(tr("earliest free slots %1, earliest first").arg(where));
}

void SlotPicker::focusSlots()
{
    m_slots->setFocus(Qt::TabFocusReason);
    if (!m_slots->currentIndex().isValid() && m_model->rowCount() > 0)
        m_slots->selectRow(0);
}

bool SlotPicker::enterFrom(QWidget *from, QString *problem)
{
    problem->clear();
    if (from == m_reason) {
        if (service().isValid())
            focusSlots();
        else
            *problem = tr("Choose the reason first: type a few letters of it.");
        return false;
    }
    if (from != m_slots) {
        if (from == m_more)
            m_model->showMore();
        focusSlots();
        return false;
    }
    if (!m_slots->currentIndex().isValid()) {
        // Nothing chosen (the list was read again): point at the first one, Enter takes it.
        if (m_model->rowCount() > 0)
            m_slots->selectRow(0);
        else
            *problem = tr("No free slot to choose: change the site or the day.");
        return false;
    }
    onCurrentChanged();
    return true;
}

} // namespace guichet
