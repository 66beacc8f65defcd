#include "appointments/AppointmentsArea.h"

#include "appointments/VisitorForm.h"

#include "appointments/AppointmentDetailsPane.h"
#include "appointments/AppointmentPrompts.h"
#include "appointments/AppointmentStatusDelegate.h"
#include "appointments/AppointmentWeekView.h"
#include "appointments/BookingDialog.h"
#include "appointments/SlipExport.h"
#include "booking/BookingService.h"
#include "domain/AppointmentStatusLabel.h"
#include "itemmodels/AppointmentDayModel.h"
#include "itemmodels/AppointmentWeekModel.h"
#include "repo/AppointmentRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "shell/ErrorBanner.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

AppointmentsArea::AppointmentsArea(const UiContext &context, QWidget *parent)
    : Area(parent)
    , m_context(context)
    , m_model(new AppointmentDayModel(context.store, this))
{
    setAccessibleName(tr("Appointments"));
    m_previousDay = createAction(tr("Previous day"), QKeySequence(Qt::ALT | Qt::Key_Left), nullptr);
    m_nextDay = createAction(tr("Next day"), QKeySequence(Qt::ALT | Qt::Key_Right), nullptr);
    m_today = createAction(tr("Today"), QKeySequence(Qt::ALT | Qt::Key_Home), nullptr);
    m_checkIn =
        createAction(tr("Check in"), QKeySequence(Qt::CTRL | Qt::Key_Return), &AppointmentsArea::checkIn);
    m_noShow = createAction(tr("No-show"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                            &AppointmentsArea::markNoShow);
    m_done =
        createAction(tr("Done"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &AppointmentsArea::markDone);
    m_reset = createAction(tr("Back to booked"), QKeySequence(), &AppointmentsArea::resetToBooked);
    m_new = createAction(tr("New appointment"), QKeySequence(Qt::CTRL | Qt::Key_N),
                         &AppointmentsArea::newAppointment);
    m_move = createAction(tr("Move"), QKeySequence(Qt::CTRL | Qt::Key_M), &AppointmentsArea::moveAppointment);
    m_cancel = createAction(tr("Cancel appointment"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                            &AppointmentsArea::cancelAppointment);
    m_print =
        createAction(tr("Print slip"), QKeySequence(Qt::CTRL | Qt::Key_P), &AppointmentsArea::printSlip);
    m_closeDay = createAction(tr("Close the day"), QKeySequence(), &AppointmentsArea::closeDay);
    m_new->setToolTip(tr("Book an appointment: the earliest free slots at every site (Ctrl+N)"));
    m_move->setToolTip(tr("Move the selected appointment to another slot (Ctrl+M)"));
    m_cancel->setToolTip(tr("Cancel the selected appointment, after a confirmation (Ctrl+Delete)"));
    m_print->setToolTip(tr("Print the visitor's slip of the selected appointment (Ctrl+P)"));
    m_closeDay->setToolTip(tr("End of the day: the visitors who did not come become no-shows, the ones "
                              "who came are done"));
    m_weekView = createAction(tr("Week"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), nullptr);
    m_weekView->setCheckable(true);
    m_weekView->setToolTip(tr("The week at a glance: appointments against places, by day and hour; Enter "
                              "opens a day (Ctrl+Shift+W)"));
    connect(m_weekView, &QAction::toggled, this, &AppointmentsArea::showWeek);
    connect(m_previousDay, &QAction::triggered, this,
            [this] { setDate(m_date.addDays(isWeekShown() ? -7 : -1)); });
    connect(m_nextDay, &QAction::triggered, this, [this] { setDate(m_date.addDays(isWeekShown() ? 7 : 1)); });
    connect(m_today, &QAction::triggered, this, [this] { setDate(today()); });
    m_checkIn->setToolTip(tr("The visitor has arrived (Ctrl+Return)"));
    m_noShow->setToolTip(tr("The visitor did not come (Ctrl+Shift+N)"));
    m_done->setToolTip(tr("The visitor has been served (Ctrl+Shift+D)"));
    m_reset->setToolTip(tr("Undo an arrival or a no-show marked by mistake"));

    buildLayout();
    connect(m_model, &AppointmentDayModel::reloaded, this, &AppointmentsArea::onModelReloaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AppointmentsArea::onSelectionChanged);

    m_model->setSite(m_context.siteId);
    m_week->setSite(m_context.siteId);
    setDate(today());
    updateHeader();

    // Late arrivals show as time passes.
    auto *lateTimer = new QTimer(this);
    lateTimer->setInterval(30 * 1000);
    connect(lateTimer, &QTimer::timeout, m_model, &AppointmentDayModel::refreshTimes);
    lateTimer->start();
}

QAction *AppointmentsArea::createAction(const QString &text, const QKeySequence &shortcut,
                                        void (AppointmentsArea::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the appointments area has the focus: other areas keep their own keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    if (slot != nullptr)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QPushButton *AppointmentsArea::addButton(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip().isEmpty()
                           ? QStringLiteral("%1 (%2)").arg(
                                 action->text(), action->shortcut().toString(QKeySequence::NativeText))
                           : action->toolTip());
    button->setAccessibleDescription(button->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
        button->setAccessibleName(action->text());
    });
    return button;
}

void AppointmentsArea::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_dateLabel = new QLabel(this);
    QFont big = m_dateLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_dateLabel->setFont(big);
    m_dateLabel->setAccessibleName(tr("Day shown"));
    m_siteLabel = new QLabel(this);
    m_siteLabel->setAccessibleName(tr("Site"));
    header->addWidget(m_dateLabel);
    header->addWidget(m_siteLabel, 1);
    header->addWidget(addButton(m_previousDay));
    header->addWidget(addButton(m_today));
    header->addWidget(addButton(m_nextDay));
    QPushButton *weekButton = addButton(m_weekView);
    weekButton->setCheckable(true);
    connect(m_weekView, &QAction::toggled, weekButton, &QPushButton::setChecked);
    header->addWidget(weekButton);
    layout->addLayout(header);

    auto *booking = new QHBoxLayout;
    QPushButton *newButton = addButton(m_new);
    QFont bold = newButton->font();
    bold.setBold(true);
    newButton->setFont(bold);
    booking->addWidget(newButton);
    booking->addWidget(addButton(m_move));
    booking->addWidget(addButton(m_cancel));
    booking->addWidget(addButton(m_print));
    booking->addStretch(1);
    booking->addWidget(addButton(m_closeDay));
    layout->addLayout(booking);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AppointmentStatusDelegate(m_table));
    m_table->setAccessibleName(tr("Appointments of the day"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 4);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AppointmentDayModel::VisitorColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AppointmentDayModel::ServiceColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AppointmentDayModel::NeedsColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    QFont rows = m_table->font();
    rows.setPointSizeF(rows.pointSizeF() * 1.15);
    m_table->setFont(rows);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_emptyLabel);
    leftLayout->addWidget(m_table, 1);

    m_details = new AppointmentDetailsPane(this);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 350});

    m_week = new AppointmentWeekView(m_context.store, this);
    connect(m_week, &AppointmentWeekView::daySelected, this, [this](const QDate &day) {
        m_weekView->setChecked(false);
        setDate(day);
    });
    connect(m_week->model(), &AppointmentWeekModel::reloaded, this, [this] {
        if (isWeekShown())
            updateCounts();
    });
    m_views = new QStackedWidget(this);
    m_views->addWidget(splitter);
    m_views->addWidget(m_week);
    layout->addWidget(m_views, 1);

    m_errorLabel = new ErrorBanner(this);
    layout->addWidget(m_errorLabel);

    auto *footer = new QHBoxLayout;
    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Counts of the day"));
    footer->addWidget(m_countsLabel, 1);
    footer->addWidget(addButton(m_reset));
    footer->addWidget(addButton(m_noShow));
    footer->addWidget(addButton(m_done));
    QPushButton *checkInButton = addButton(m_checkIn);
    QFont strong = checkInButton->font();
    strong.setBold(true);
    checkInButton->setFont(strong);
    footer->addWidget(checkInButton);
    layout->addLayout(footer);

    setTabOrder(m_table, checkInButton);
}

QString AppointmentsArea::areaTitle() const
{
    return tr("Appointments");
}

QString AppointmentsArea::searchPlaceholder() const
{
    return tr("Find a visitor in the day's appointments");
}

QDate AppointmentsArea::today() const
{
    return m_context.clock.todayIn(m_model->timeZone());
}

void AppointmentsArea::setSite(const QString &siteId)
{
    m_context.siteId = siteId;
    m_errorLabel->hide();
    m_model->setSite(siteId);
    m_week->setSite(siteId);
    updateHeader();
}

void AppointmentsArea::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_errorLabel->hide();
    m_model->setDate(date);
    m_week->setDate(date);
    updateHeader();
}

bool AppointmentsArea::isWeekShown() const
{
    return m_views->currentWidget() == m_week;
}

void AppointmentsArea::showWeek(bool shown)
{
    if (shown == isWeekShown())
        return;
    m_weekView->setChecked(shown);
    m_views->setCurrentWidget(shown ? static_cast<QWidget *>(m_week) : m_views->widget(0));
    m_week->setDate(m_date);
    m_previousDay->setText(shown ? tr("Previous week") : tr("Previous day"));
    m_nextDay->setText(shown ? tr("Next week") : tr("Next day"));
    updateHeader();
    updateActions();
    updateCounts();
    focusPrimary();
}

void AppointmentsArea::search(const QString &text)
{
    m_keepSelected = selectedId();
    m_model->setNameFilter(text);
}

void AppointmentsArea::focusPrimary()
{
    if (isWeekShown()) {
        m_week->table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool hadCurrent = m_table->currentIndex().isValid();
    m_table->setFocus(Qt::OtherFocusReason);
    if (hadCurrent || m_model->rowCount() == 0)
        return;
    // Start on the next visitor expected: the first booked appointment not yet over.
    const QDateTime now = m_context.clock.nowUtc();
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Appointment appointment = m_model->appointmentAt(r);
        if (appointment.status == Appointment::Status::Booked && appointment.endsAt > now) {
            row = r;
            break;
        }
    }
    m_table->selectRow(row);
}

QString AppointmentsArea::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AppointmentDayModel::IdRole).toString() : QString();
}

void AppointmentsArea::selectAppointment(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void AppointmentsArea::checkIn()
{
    changeStatus(Appointment::Status::CheckedIn);
}

void AppointmentsArea::markNoShow()
{
    changeStatus(Appointment::Status::NoShow);
}

void AppointmentsArea::markDone()
{
    changeStatus(Appointment::Status::Done);
}

void AppointmentsArea::resetToBooked()
{
    changeStatus(Appointment::Status::Booked);
}

void AppointmentsArea::changeStatus(Appointment::Status status)
{
    const Appointment appointment = m_model->appointmentAt(m_table->currentIndex().row());
    if (!appointment.isValid() || !Appointment::canChange(appointment.status, status))
        return;
    m_keepSelected = appointment.id;
    try {
        AppointmentRepository(m_context.store).setStatus(appointment.id, status, m_context.agentId);
        m_errorLabel->hide();
        emit statusMessage(tr("%1: %2. The change will be sent to the server.")
                               .arg(appointment.visitorName, appointmentStatusLabel(status)));
    } catch (const StoreError &error) {
        showError(tr("The change was not saved: %1").arg(error.message()));
    }
}

Appointment AppointmentsArea::selectedAppointment() const
{
    return m_model->appointmentAt(m_table->currentIndex().row());
}

void AppointmentsArea::showError(const QString &message)
{
    m_errorLabel->showMessage(message);
    emit statusMessage(message);
}

void AppointmentsArea::openBookingDialog(BookingDialog *dialog)
{
    if (m_bookingDialog)
        m_bookingDialog->close();
    m_bookingDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, &AppointmentsArea::onBooked);
    connect(dialog, &BookingDialog::statusMessage, this, &Area::statusMessage);
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
    dialog->activateWindow();
}

void AppointmentsArea::newAppointment()
{
    if (m_context.siteId.isEmpty())
        return;
    m_errorLabel->hide();
    openBookingDialog(new BookingDialog(m_context, this));
}

void AppointmentsArea::newAppointmentWithInterpreter(const QString &languageCode, bool signLanguage)
{
    if (m_context.siteId.isEmpty())
        return;
    m_errorLabel->hide();
    auto *dialog = new BookingDialog(m_context, this);
    dialog->visitorForm()->presetNeeds(languageCode, !signLanguage, signLanguage);
    openBookingDialog(dialog);
}

void AppointmentsArea::moveAppointment()
{
    const Appointment appointment = selectedAppointment();
    if (!m_move->isEnabled() || !appointment.isValid())
        return;
    m_errorLabel->hide();
    openBookingDialog(new BookingDialog(m_context, appointment, this));
}

void AppointmentsArea::onBooked(const Appointment &appointment)
{
    // Show it in the day view when it is at this counter's site.
    if (appointment.siteId != m_context.siteId)
        return;
    m_keepSelected = appointment.id;
    const QDate day = appointment.startsAt.toTimeZone(m_model->timeZone()).date();
    if (day != m_date)
        setDate(day);
    selectAppointment(appointment.id);
}

void AppointmentsArea::cancelAppointment()
{
    const Appointment appointment = selectedAppointment();
    if (!m_cancel->isEnabled() || !appointment.isValid() || !AppointmentPrompts::confirmCancel(this, appointment, m_model->timeZone()))
        return;
    m_keepSelected = appointment.id;
    try {
        BookingService(m_context.store, m_context.clock).cancel(appointment.id, m_context.agentId);
        m_errorLabel->hide();
        emit statusMessage(tr("The appointment of %1 is cancelled. The change will be sent to the server.")
                               .arg(appointment.visitorName));
    } catch (const StoreError &error) {
        showError(tr("The appointment was not cancelled: %1").arg(error.message()));
    }
}

void AppointmentsArea::printSlip()
{
    const Appointment appointment = selectedAppointment();
    if (!m_print->isEnabled() || !appointment.isValid())
        return;
    const SlipExport::Outcome outcome = SlipExport::print(m_context.store, appointment.id, this);
    if (!outcome.done && !outcome.message.isEmpty())
        showError(outcome.message);
    else if (!outcome.message.isEmpty())
        emit statusMessage(outcome.message);
}

void AppointmentsArea::closeDay()
{
    if (m_context.siteId.isEmpty())
        return;
    BookingService::DayClosed preview;
    try {
        preview = BookingService(m_context.store, m_context.clock).closeDayPreview(m_context.siteId, m_date);
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    if (preview.noShows + preview.done == 0) {
        emit statusMessage(preview.toCome > 0 ? tr("Nothing to settle yet: the appointments left are still to come.")
                                      : tr("Nothing to settle: the day is already closed."));
        return;
    }
    if (!AppointmentPrompts::confirmCloseDay(this, m_date, m_siteLabel->text(), preview.noShows,
                                             preview.done, preview.toCome))
        return;
    m_keepSelected = selectedId();
    try {
        const BookingService::DayClosed closed =
            BookingService(m_context.store, m_context.clock).closeDay(m_context.siteId, m_date);
        m_errorLabel->hide();
        emit statusMessage(tr("Day closed: %1 no-show(s), %2 done. The changes will be sent to the server.")
                               .arg(closed.noShows)
                               .arg(closed.done));
    } catch (const StoreError &error) {
        showError(tr("The day was not closed: %1").arg(error.message()));
    }
}

void AppointmentsArea::onModelReloaded()
{
    const QString keep = m_keepSelected.isEmpty() ? m_details->shownId() : m_keepSelected;
    m_keepSelected.clear();
    const int row = keep.isEmpty() ? -1 : m_model->rowOfId(keep);
    if (row >= 0)
        m_table->selectRow(row);
    else
        onSelectionChanged();
    if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(m_model->totalCount() > 0 ? tr("No visitor of this day matches the search.")
                                                        : tr("No appointment on this day."));
        m_emptyLabel->show();
    } else {
        m_emptyLabel->hide();
    }
    updateCounts();
}

void AppointmentsArea::onSelectionChanged()
{
    const Appointment appointment = m_model->appointmentAt(m_table->currentIndex().row());
    try {
        if (appointment.isValid())
            m_details->showAppointment(appointment,
                                       ServiceRepository(m_context.store).byId(appointment.serviceId),
                                       m_model->timeZone());
        else
            m_details->clear();
    } catch (const StoreError &error) {
        m_details->clear();
        emit statusMessage(error.message());
    }
    updateActions();
}

void AppointmentsArea::updateActions()
{
    // The week shows no one appointment: the actions on one wait for the day view.
    const Appointment appointment =
        isWeekShown() ? Appointment() : m_model->appointmentAt(m_table->currentIndex().row());
    const bool valid = appointment.isValid();
    m_checkIn->setEnabled(valid &&
                          Appointment::canChange(appointment.status, Appointment::Status::CheckedIn));
    m_noShow->setEnabled(valid && Appointment::canChange(appointment.status, Appointment::Status::NoShow));
    m_done->setEnabled(valid && Appointment::canChange(appointment.status, Appointment::Status::Done));
    m_reset->setEnabled(valid && Appointment::canChange(appointment.status, Appointment::Status::Booked));
    const bool active = valid && (appointment.status == Appointment::Status::Booked ||
                                  appointment.status == Appointment::Status::Pending);
    m_move->setEnabled(active);
    m_cancel->setEnabled(active);
    m_print->setEnabled(valid && appointment.status != Appointment::Status::Cancelled);
    m_new->setEnabled(!m_context.siteId.isEmpty());
    m_closeDay->setEnabled(!m_context.siteId.isEmpty() && !isWeekShown());
}

void AppointmentsArea::updateHeader()
{
    const QString day = QLocale().toString(m_date, QLocale::LongFormat);
    if (isWeekShown())
        m_dateLabel->setText(tr("Week of %1").arg(QLocale().toString(m_week->model()->weekStart(), QLocale::LongFormat)));
    else
        m_dateLabel->setText(m_date == today() ? tr("%1 (today)").arg(day) : day);
    Site site;
    try {
        site = SiteRepository(m_context.store).byId(m_context.siteId);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
    m_siteLabel->setText(site.isValid() ? site.name : tr("No site chosen"));
    m_today->setEnabled(m_date != today());
}

void AppointmentsArea::updateCounts()
{
    if (isWeekShown()) {
        int booked = 0;
        int places = 0;
        for (int column = 0; column < m_week->model()->columnCount(); ++column) {
            booked += m_week->model()->bookedOn(column);
            places += m_week->model()->placesOn(column);
        }
        m_countsLabel->setText(tr("Week: %1 appointment(s) for %2 place(s) open").arg(booked).arg(places));
        return;
    }
    QMap<Appointment::Status, int> counts;
    try {
        counts = AppointmentRepository(m_context.store).countByStatus(m_context.siteId, m_date);
    } catch (const StoreError &error) {
        m_countsLabel->setText(error.message());
        return;
    }
    using S = Appointment::Status;
    QStringList parts;
    parts << tr("Booked: %1").arg(counts.value(S::Booked) + counts.value(S::Pending))
          << tr("Arrived: %1").arg(counts.value(S::CheckedIn))
          << tr("No-show: %1").arg(counts.value(S::NoShow)) << tr("Done: %1").arg(counts.value(S::Done))
          << tr("Cancelled: %1").arg(counts.value(S::Cancelled));
    if (counts.value(S::Pending) > 0)
        parts << tr("to be confirmed: %1").arg(counts.value(S::Pending));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace guichet
