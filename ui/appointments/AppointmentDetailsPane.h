#pragma once

#include "domain/Appointment.h"
#include "domain/Service.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace guichet {

// The selected appointment in full: visitor, contact, language and needs, service, the documents
// the visitor must bring, how it was booked, the notes and where its SMS (confirmation, reminder)
// stand: queued, sent or failed. Every value can be selected and copied with the keyboard.
class AppointmentDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AppointmentDetailsPane(QWidget *parent = nullptr);

    void showAppointment(const Appointment &appointment, const Service &service, const QTimeZone &zone);
    void clear();
    QString shownId() const { return m_shownId; }

    // "Confirmation: sent · Reminder: queued", or why no SMS goes.
    static QString smsText(const Appointment &appointment);
    // "queued", "sent", "failed", "not sent yet" (state "none"), translated.
    static QString smsStateText(const QString &state);

private:
    QLabel *addRow(QVBoxLayout *form, const QString &label);

    QString m_shownId;
    QLabel *m_title = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sms = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_needs = nullptr;
    QLabel *m_booking = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_documents = nullptr;
};

} // namespace guichet
