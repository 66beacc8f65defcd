#include "appointments/BookingDialog.h"

#include "appointments/SlipExport.h"
#include "appointments/SlotPicker.h"
#include "appointments/VisitorForm.h"
#include "domain/AppointmentStatusLabel.h"
#include "itemmodels/AppointmentDayModel.h"
#include "itemmodels/FreeSlotListModel.h"
#include "sms/SmsTemplates.h"
#include "store/StoreError.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

namespace {

// Stands for the reference in the SMS preview before booking: as long as a real one, so that
// the length shown is the length sent.
const QString kReferencePlaceholder = QStringLiteral("RDV-XXXXXXXX");

QString messageStyle(BookingDialog::Message kind)
{
    switch (kind) {
    case BookingDialog::Message::Error:
        return QStringLiteral("QLabel { color: white; background: #b3261e; padding: 8px; }");
    case BookingDialog::Message::Warning:
        return QStringLiteral("QLabel { color: black; background: #f6c343; padding: 8px; }");
    case BookingDialog::Message::Done:
        return QStringLiteral("QLabel { color: white; background: #1e6b34; padding: 8px; }");
    case BookingDialog::Message::None:
        break;
    }
    return {};
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

} // namespace

BookingDialog::BookingDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_booking(context.store, context.clock)
{
    init();
}

BookingDialog::BookingDialog(const UiContext &context, const Appointment &appointment, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_booking(context.store, context.clock)
    , m_moving(appointment)
{
    init();
}

void BookingDialog::init()
{
    setObjectName(QStringLiteral("BookingDialog"));
    setWindowTitle(isMoving() ? tr("Move an appointment") : tr("New appointment"));
    setAccessibleName(windowTitle());
    buildLayout();

    connect(m_picker, &SlotPicker::chosenSlotChanged, this, &BookingDialog::onChosenSlotChanged);
    connect(m_picker, &SlotPicker::slotTaken, this, [this](const QString &what) {
        m_warnedKey.clear();
        showMessage(Message::Warning, tr("The slot %1 has just been taken: choose another one.").arg(what));
    });
    connect(m_picker->list(), &QAbstractItemView::activated, this, [this] { moveOn(m_picker->list()); });
    connect(m_visitor, &VisitorForm::edited, this, &BookingDialog::onVisitorEdited);
    connect(m_visitor, &VisitorForm::languageChanged, this, &BookingDialog::updateSmsPreview);
    connect(m_confirm, &QPushButton::clicked, this, &BookingDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &BookingDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &BookingDialog::printSlip);
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_ics, &QPushButton::clicked, this, [this] { exportIcs(); });
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (!m_done.isValid())
                confirm();
        });
    // Enter moves on from field to field (and books from the last one): see moveOn().
    for (QWidget *widget : m_picker->fields() + m_visitor->fieldsInOrder())
        widget->installEventFilter(this);

    if (isMoving()) {
        m_title->setText(
            tr("Move the appointment of %1 (%2)").arg(m_moving.visitorName, m_moving.reference) +
            QLatin1Char('\n') +
            tr("Now: %1").arg(m_picker->whenAndWhere(m_moving.siteId, m_moving.startsAt, m_moving.endsAt)));
        m_picker->setReason(m_moving.serviceId);
        m_picker->lockReason();
        m_visitor->showAppointment(m_moving);
        setConfirmText(tr("&Move here"));
        m_picker->focusSlots();
    } else {
        m_title->setText(tr("New appointment"));
        m_picker->reasonField()->setFocus(Qt::OtherFocusReason);
    }
    updateSmsPreview();
}

void BookingDialog::buildLayout()
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAccessibleName(tr("Booking"));

    m_picker = new SlotPicker(m_context, this);
    m_visitorBox = new QGroupBox(tr("2. Visitor"), this);
    m_visitor = new VisitorForm(m_context.store, m_context.siteId, m_visitorBox);
    auto *visitorLayout = new QVBoxLayout(m_visitorBox);
    visitorLayout->addWidget(m_visitor);
    visitorLayout->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_picker, 3);
    body->addWidget(m_visitorBox, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("BookingMessage"));
    m_message->setAccessibleName(tr("Booking message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);
    m_message->hide();

    m_confirm = makeButton(tr("&Book"), QStringLiteral("BookingConfirm"), this);
    m_confirm->setToolTip(tr("Book this slot for the visitor (Enter from the last field, Ctrl+Return)"));
    QFont bold = m_confirm->font();
    bold.setBold(true);
    m_confirm->setFont(bold);
    m_close = makeButton(tr("Cancel"), QStringLiteral("BookingCancel"), this);
    m_close->setToolTip(tr("Close without booking (Escape)"));
    m_close->setAutoDefault(false);
    m_print = makeButton(tr("&Print the slip"), QStringLiteral("BookingPrint"), this);
    m_pdf = makeButton(tr("Save as P&DF"), QStringLiteral("BookingPdf"), this);
    m_ics = makeButton(tr("E&xport .ics"), QStringLiteral("BookingIcs"), this);
    m_ics->setToolTip(tr("The appointment as a calendar file, for the visitor's phone or e-mail"));
    for (QPushButton *button : {m_print, m_pdf, m_ics})
        button->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_ics);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_picker->fields().constLast(), m_visitor->nameField());
    setTabOrder(m_visitor->fieldsInOrder().constLast(), m_confirm);
    setTabOrder(m_confirm, m_close);
    setTabOrder(m_close, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_ics);
    resize(1120, 700);
}

FreeSlot BookingDialog::chosenSlot() const
{
    return m_picker->chosenSlot();
}

FreeSlotListModel *BookingDialog::slotModel() const
{
    return m_picker->model();
}

QTableView *BookingDialog::slotList() const
{
    return m_picker->list();
}

void BookingDialog::setReason(const QString &serviceId)
{
    m_picker->setReason(serviceId);
}

void BookingDialog::setConfirmText(const QString &text)
{
    m_confirm->setText(text);
    m_confirm->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void BookingDialog::onChosenSlotChanged()
{
    if (!m_done.isValid()) {
        // Another slot: what was said about the previous one (taken, the same visitor nearby) is over.
        m_warnedKey.clear();
        setConfirmText(isMoving() ? tr("&Move here") : tr("&Book"));
        if (m_picker->chosenSlot().startsAt.isValid() && m_messageKind != Message::None)
            showMessage(Message::None, {});
    }
    updateSmsPreview();
}

void BookingDialog::updateSmsPreview()
{
    const Service service = m_picker->service();
    FreeSlot slot = m_picker->chosenSlot();
    if (m_done.isValid()) // booked: its own slot (which may have just left the list, full)
        slot = FreeSlot{m_done.siteId, m_done.serviceId, m_done.startsAt, m_done.endsAt, 0, 0};
    if (!slot.startsAt.isValid() || !service.isValid()) {
        m_visitor->setSmsText(QString());
        return;
    }
    Appointment draft;
    draft.reference = m_done.isValid() ? m_done.reference
                      : isMoving()     ? m_moving.reference
                                       : kReferencePlaceholder;
    draft.startsAt = slot.startsAt;
    draft.endsAt = slot.endsAt;
    draft.serviceName = service.name;
    draft.visitorLanguage = m_visitor->languageCode();
    m_visitor->setSmsText(SmsTemplates::builtIn().render(SmsTemplates::Kind::Confirmation, draft,
                                                         m_picker->site(slot.siteId), service));
}

void BookingDialog::onVisitorEdited()
{
    // What the duplicate warning was about has changed: ask again.
    if (!m_warnedKey.isEmpty() && !m_done.isValid()) {
        m_warnedKey.clear();
        setConfirmText(tr("&Book"));
        if (m_messageKind == Message::Warning)
            showMessage(Message::None, {});
    }
}

bool BookingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers others = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && others == Qt::NoModifier) {
            if (auto *widget = qobject_cast<QWidget *>(watched)) {
                moveOn(widget);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BookingDialog::moveOn(QWidget *from)
{
    if (m_picker->fields().contains(from)) {
        QString problem;
        const bool taken = m_picker->enterFrom(from, &problem);
        if (!problem.isEmpty())
            showMessage(Message::Error, problem);
        if (taken && isMoving())
            confirm();
        else if (taken)
            m_visitor->nameField()->setFocus(Qt::TabFocusReason);
        return;
    }
    const QList<QWidget *> fields = m_visitor->fieldsInOrder();
    for (qsizetype at = fields.indexOf(from) + 1; at > 0 && at < fields.size(); ++at) {
        QWidget *next = fields.at(at);
        if (next->isEnabled() && next->isVisible()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    confirm(); // from the last field
}

BookingRequest BookingDialog::request() const
{
    const FreeSlot slot = m_picker->chosenSlot();
    BookingRequest request;
    request.siteId = slot.siteId;
    request.serviceId = m_picker->service().id;
    request.startsAt = slot.startsAt;
    request.channel = Appointment::Channel::Counter;
    m_visitor->fillRequest(request);
    return request;
}

QString BookingDialog::requestKey(const BookingRequest &request)
{
    return QStringList{request.siteId,
                       request.serviceId,
                       request.startsAt.toString(Qt::ISODate),
                       AppointmentDayModel::foldForSearch(request.visitorName),
                       request.visitorPhone,
                       request.visitorEmail}
        .join(QLatin1Char('\n'));
}

void BookingDialog::confirm()
{
    if (m_done.isValid())
        return;
    if (!m_picker->service().isValid()) {
        showMessage(Message::Error, tr("Choose the reason first: type a few letters of it."));
        m_picker->reasonField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const FreeSlot slot = m_picker->chosenSlot();
    if (!slot.startsAt.isValid()) {
        showMessage(Message::Error, tr("Choose a slot first (Enter on a slot of the list)."));
        m_picker->focusSlots();
        return;
    }
    if (isMoving()) {
        try {
            showDone(m_booking.reschedule(m_moving.id, slot.siteId, slot.startsAt));
        } catch (const StoreError &error) {
            showMessage(Message::Error, tr("Not moved: %1").arg(error.message()));
        }
        return;
    }
    const BookingRequest draft = request();
    if (draft.visitorName.isEmpty()) {
        showMessage(Message::Error, tr("The visitor's name is needed to book."));
        m_visitor->nameField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_visitor->phoneTyped() && !m_visitor->phone().valid) {
        showMessage(Message::Error, tr("The phone number is not valid: %1 Correct it, or leave it empty.")
                                        .arg(m_visitor->phone().error));
        m_visitor->phoneField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString key = requestKey(draft);
    if (key != m_warnedKey) {
        QList<Appointment> similar;
        try {
            similar = m_booking.similar(draft);
        } catch (const StoreError &error) {
            // Only a warning: booking goes on without it.
            qWarning("guichet: similar appointments could not be read: %s", qPrintable(error.message()));
        }
        if (!similar.isEmpty()) {
            m_warnedKey = key;
            QStringList lines;
            const QList<Appointment> shown = similar.mid(0, 3);
            for (const Appointment &other : shown)
                lines << QStringLiteral("• ") +
                             tr("%1 — %2 (%3)")
                                 .arg(m_picker->whenAndWhere(other.siteId, other.startsAt, other.endsAt),
                                      other.reference, appointmentStatusLabel(other.status));
            showMessage(Message::Warning,
                        tr("%1 already has an appointment for this reason nearby:").arg(draft.visitorName) +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                            tr("To book this one as well, press Enter again (“Book anyway”)."));
            setConfirmText(tr("Book &anyway"));
            m_confirm->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    try {
        showDone(m_booking.book(draft, m_context.agentId));
    } catch (const StoreError &error) {
        showMessage(Message::Error, tr("Not booked: %1").arg(error.message()));
    }
}

void BookingDialog::showDone(const Appointment &appointment)
{
    const bool moved = isMoving();
    m_done = appointment;
    m_picker->finish();
    m_visitor->lock();
    updateSmsPreview();
    const QString when = m_picker->whenAndWhere(appointment.siteId, appointment.startsAt, appointment.endsAt);
    m_picker->setChosenText(when);
    QString text = moved ? tr("Moved: %1, %2.").arg(appointment.visitorName, when)
                         : tr("Booked: %1, %2.").arg(appointment.visitorName, when);
    text += QLatin1Char('\n') + tr("Reference %1 · Status: %2")
                                    .arg(appointment.reference, appointmentStatusLabel(appointment.status));
    if (appointment.status == Appointment::Status::Pending)
        text += QLatin1Char('\n') + tr("To be confirmed by the server: it will be as soon as the counter is "
                                       "online, then the SMS goes.");
    m_doneText = text;
    showMessage(Message::Done, text);
    m_title->setText(moved ? tr("Appointment moved") : tr("Appointment booked"));
    m_confirm->hide();
    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close (Escape)"));
    for (QPushButton *button : {m_print, m_pdf, m_ics})
        button->show();
    m_print->setFocus(Qt::OtherFocusReason);
    emit booked(appointment);
    emit statusMessage(
        moved
            ? tr("%1 moved to %2. The change will be sent to the server.").arg(appointment.visitorName, when)
            : tr("%1 booked for %2 (%3). It will be sent to the server.")
                  .arg(appointment.visitorName, when, appointment.reference));
}

void BookingDialog::showMessage(Message kind, const QString &text)
{
    m_messageKind = text.isEmpty() ? Message::None : kind;
    m_message->setText(text);
    m_message->setStyleSheet(messageStyle(m_messageKind));
    m_message->setVisible(m_messageKind != Message::None);
}

QString BookingDialog::messageText() const
{
    return m_messageKind == Message::None ? QString() : m_message->text();
}

void BookingDialog::showOutcome(bool done, const QString &message)
{
    if (message.isEmpty())
        return; // the agent cancelled the print or file dialog
    emit statusMessage(message);
    if (!done) {
        showMessage(Message::Error, message);
        return;
    }
    // The booking's message stays, the latest outcome under it.
    showMessage(Message::Done, m_doneText + QLatin1Char('\n') + message);
}

void BookingDialog::printSlip()
{
    if (!m_done.isValid())
        return;
    const SlipExport::Outcome outcome = SlipExport::print(m_context.store, m_done.id, this);
    showOutcome(outcome.done, outcome.message);
}

void BookingDialog::savePdf(const QString &path)
{
    if (!m_done.isValid())
        return;
    const SlipExport::Outcome outcome = SlipExport::savePdf(m_context.store, m_done.id, this, path);
    showOutcome(outcome.done, outcome.message);
}

void BookingDialog::exportIcs(const QString &path)
{
    if (!m_done.isValid())
        return;
    const SlipExport::Outcome outcome = SlipExport::exportIcs(m_context.store, m_done.id, this, path);
    showOutcome(outcome.done, outcome.message);
}

void BookingDialog::reject()
{
    if (m_done.isValid())
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace guichet
