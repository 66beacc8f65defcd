#pragma once

#include "booking/BookingService.h"
#include "booking/SlotEngine.h"
#include "domain/Appointment.h"
#include "domain/Service.h"
#include "shell/UiContext.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class FreeSlotListModel;
class SlotPicker;
class VisitorForm;

// Booking at the counter, keyboard only: the reason (type a few letters of it) → its earliest free
// slots at every site of the city (or at one: the counter's site comes first in the filter), from
// a day, a page more on request (SlotPicker) → the visitor (VisitorForm: name, phone checked as typed,
// e-mail, language, needs, SMS with its exact text and length) → Book. Enter moves on to the next field and
// books from the last one (Ctrl+Return books from anywhere), Escape closes; every field has a mnemonic and a
// place in the Tab order; the reason has the focus first. The same visitor already booked for the same reason
// nearby is a warning shown in the dialog: a second Enter ("Book anyway") books all the same. A refusal is
// shown in the dialog too, and everything typed stays. Once booked, the appointment is shown "to be
// confirmed" (until the server confirms it) with its reference, and the slip can be printed, saved as a PDF,
// or the event exported to an .ics file. The same dialog moves an appointment (reschedule): the reason and
// the visitor as booked, a new slot to choose.
class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Message
    {
        None,
        Error,
        Warning,
        Done
    };

    // A new appointment; the counter's site is context.siteId.
    explicit BookingDialog(const UiContext &context, QWidget *parent = nullptr);
    // Moving `appointment` to another slot.
    BookingDialog(const UiContext &context, const Appointment &appointment, QWidget *parent = nullptr);

    bool isMoving() const { return m_moving.isValid(); }
    // The appointment booked or moved here (as the store has it now); invalid until then.
    Appointment appointment() const { return m_done; }
    FreeSlot chosenSlot() const;
    FreeSlotListModel *slotModel() const;
    QTableView *slotList() const;
    VisitorForm *visitorForm() const { return m_visitor; }
    Message messageKind() const { return m_messageKind; }
    QString messageText() const;

    void setReason(const QString &serviceId);
    // The Book / Book anyway / Move button.
    void confirm();
    // After booking: the slip and the calendar event (`path` given: no file dialog).
    void printSlip();
    void savePdf(const QString &path = {});
    void exportIcs(const QString &path = {});

signals:
    // Booked or moved (the appointment as now stored).
    void booked(const Appointment &appointment);
    void statusMessage(const QString &message);

public slots:
    // Escape or Close: once booked, the dialog is accepted anyway.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init();
    void buildLayout();
    void onChosenSlotChanged();
    void onVisitorEdited();
    void updateSmsPreview();
    void moveOn(QWidget *from);
    BookingRequest request() const;
    static QString requestKey(const BookingRequest &request);
    void setConfirmText(const QString &text);
    void showMessage(Message kind, const QString &text);
    void showDone(const Appointment &appointment);
    void showOutcome(bool done, const QString &message);

    UiContext m_context;
    BookingService m_booking;
    Appointment m_moving;
    Appointment m_done;
    QString m_warnedKey;
    QString m_doneText;
    Message m_messageKind = Message::None;

    QLabel *m_title = nullptr;
    SlotPicker *m_picker = nullptr;
    QGroupBox *m_visitorBox = nullptr;
    VisitorForm *m_visitor = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_ics = nullptr;
};

} // namespace guichet
