#pragma once

#include "appointments/BookingDialog.h"
#include "domain/Appointment.h"
#include "shell/Area.h"
#include "shell/UiContext.h"

#include <QDate>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace guichet {

class AppointmentDayModel;
class AppointmentDetailsPane;
class ErrorBanner;
class AppointmentWeekView;

// The day at the counter: the site's appointments for one day (today by default), the selected
// visitor's details and documents to bring, and the actions of the counter — arrived, no-show,
// done — each written with its outbox mutation. Keyboard: Alt+Left / Alt+Right change the day
// (the week in the week view), Alt+Home comes back to today, Ctrl+Shift+W shows the week
// (AppointmentWeekView), Ctrl+Return checks the visitor in, Ctrl+Shift+N marks a no-show,
// Ctrl+Shift+D marks the appointment done. Booking: Ctrl+N books a new appointment (BookingDialog,
// every site searched, this one first in the filter), Ctrl+M moves the selected one to another
// slot, Ctrl+Delete cancels it (after a confirmation), Ctrl+P prints its slip; "Close the day"
// settles the day's remaining appointments at once, after saying how many. Visitors expected
// and more than 10 minutes late are shown late (refreshed every half minute).
class AppointmentsArea : public Area
{
    Q_OBJECT

public:
    explicit AppointmentsArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("appointments"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void setAgent(const QString &agentId) override { m_context.agentId = agentId; }
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // The week view (Ctrl+Shift+W) instead of the day's list; Enter on a day of the week opens it.
    bool isWeekShown() const;
    void showWeek(bool shown);
    AppointmentWeekView *weekView() const { return m_week; }
    QString selectedId() const;
    void selectAppointment(const QString &id);

    // The counter's actions on the selected appointment (also bound to the buttons and shortcuts).
    void checkIn();
    void markNoShow();
    void markDone();
    void resetToBooked();

    // Booking (also bound to the buttons and shortcuts).
    void newAppointment();
    // A new appointment for a visitor who needs an interpreter (in `languageCode`) or sign language.
    void newAppointmentWithInterpreter(const QString &languageCode, bool signLanguage);
    void moveAppointment();
    void cancelAppointment();
    void printSlip();
    void closeDay();
    // The booking dialog on show (new appointment or move), null when none.
    BookingDialog *bookingDialog() const { return m_bookingDialog; }

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut,
                          void (AppointmentsArea::*slot)());
    QPushButton *addButton(QAction *action);
    void buildLayout();
    void changeStatus(Appointment::Status status);
    void openBookingDialog(BookingDialog *dialog);
    void onBooked(const Appointment &appointment);
    void showError(const QString &message);
    Appointment selectedAppointment() const;
    void onModelReloaded();
    void onSelectionChanged();
    void updateHeader();
    void updateCounts();
    void updateActions();
    QDate today() const;

    UiContext m_context;
    QDate m_date;
    QString m_keepSelected;
    AppointmentDayModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    AppointmentDetailsPane *m_details = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_siteLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ErrorBanner *m_errorLabel = nullptr;
    QAction *m_previousDay = nullptr;
    QAction *m_nextDay = nullptr;
    QAction *m_today = nullptr;
    QAction *m_checkIn = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_done = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_new = nullptr;
    QAction *m_move = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_print = nullptr;
    QAction *m_closeDay = nullptr;
    QAction *m_weekView = nullptr;
    AppointmentWeekView *m_week = nullptr;
    QStackedWidget *m_views = nullptr;
    QPointer<BookingDialog> m_bookingDialog;
};

} // namespace guichet
