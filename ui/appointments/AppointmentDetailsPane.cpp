#include "appointments/AppointmentDetailsPane.h"

#include "domain/AppointmentStatusLabel.h"
#include "itemmodels/AppointmentDayModel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace guichet {

AppointmentDetailsPane::AppointmentDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Appointment details"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);

    m_placeholder = new QLabel(
        tr("Select an appointment to see the visitor's details and the documents to bring."), this);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_body = new QWidget(this);
    // Caption above value: word-wrapped values keep their full height (a form layout clips them).
    auto *form = new QVBoxLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(2);
    m_when = addRow(form, tr("Time"));
    m_service = addRow(form, tr("Service"));
    m_status = addRow(form, tr("Status"));
    m_sms = addRow(form, tr("SMS"));
    m_phone = addRow(form, tr("Phone"));
    m_email = addRow(form, tr("Email"));
    m_language = addRow(form, tr("Language"));
    m_needs = addRow(form, tr("Needs"));
    m_booking = addRow(form, tr("Booked"));
    m_notes = addRow(form, tr("Notes"));
    m_documents = addRow(form, tr("Documents to bring"));
    layout->addWidget(m_body);
    layout->addStretch(1);
    clear();
}

QLabel *AppointmentDetailsPane::addRow(QVBoxLayout *form, const QString &label)
{
    auto *name = new QLabel(label, m_body);
    QFont captionFont = name->font();
    captionFont.setBold(true);
    name->setFont(captionFont);
    auto *value = new QLabel(m_body);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    value->setContentsMargins(0, 0, 0, 6);
    name->setBuddy(value);
    form->addWidget(name);
    form->addWidget(value);
    return value;
}

void AppointmentDetailsPane::clear()
{
    m_shownId.clear();
    m_title->setText(tr("No appointment selected"));
    m_placeholder->show();
    m_body->hide();
}

void AppointmentDetailsPane::showAppointment(const Appointment &appointment, const Service &service,
                                             const QTimeZone &zone)
{
    m_shownId = appointment.id;
    m_placeholder->hide();
    m_body->show();
    m_title->setText(appointment.visitorName);
    m_title->setAccessibleName(tr("Visitor: %1").arg(appointment.visitorName));
    const QLocale locale;
    const QDateTime start = appointment.startsAt.toTimeZone(zone);
    const QDateTime end = appointment.endsAt.toTimeZone(zone);
    m_when->setText(tr("%1, %2–%3 (counter %4)")
                        .arg(locale.toString(start.date(), QLocale::LongFormat),
                             start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")))
                        .arg(appointment.counterNo));
    m_service->setText(service.isValid() ? tr("%1 (%2 min)").arg(service.name).arg(service.durationMinutes)
                                         : appointment.serviceName);
    m_status->setText(
        appointment.status == Appointment::Status::Pending
            ? tr("%1 (the server has not confirmed it yet)").arg(appointmentStatusLabel(appointment.status))
            : appointmentStatusLabel(appointment.status));
    m_sms->setText(smsText(appointment));
    m_phone->setText(appointment.visitorPhone.isEmpty() ? tr("none given") : appointment.visitorPhone);
    m_email->setText(appointment.visitorEmail.isEmpty() ? tr("none given") : appointment.visitorEmail);
    m_language->setText(AppointmentDayModel::languageText(appointment.visitorLanguage));
    const QString needs = AppointmentDayModel::needsText(appointment);
    m_needs->setText(needs.isEmpty() ? tr("none") : needs);
    QString channel;
    switch (appointment.channel) {
    case Appointment::Channel::Counter:
        channel = tr("at the counter");
        break;
    case Appointment::Channel::Phone:
        channel = tr("by phone");
        break;
    case Appointment::Channel::Web:
        channel = tr("online");
        break;
    }
    m_booking->setText(
        tr("%1, on %2, reference %3")
            .arg(channel,
                 locale.toString(appointment.createdAt.toTimeZone(zone).date(), QLocale::ShortFormat),
                 appointment.reference));
    m_notes->setText(appointment.notes.isEmpty() ? tr("no notes") : appointment.notes);
    QStringList documents;
    for (const QString &document : service.documents)
        documents << QStringLiteral("• ") + document;
    m_documents->setText(documents.isEmpty() ? tr("nothing in particular")
                                             : documents.join(QLatin1Char('\n')));
}

QString AppointmentDetailsPane::smsStateText(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("queued");
    if (state == QLatin1String("sent"))
        return tr("sent");
    if (state == QLatin1String("failed"))
        return tr("failed");
    return tr("not sent yet");
}

QString AppointmentDetailsPane::smsText(const Appointment &appointment)
{
    if (!appointment.smsOptIn)
        return appointment.visitorPhone.isEmpty() ? tr("none (no phone number)") : tr("none (not wanted)");
    return tr("Confirmation: %1 · Reminder: %2")
        .arg(smsStateText(appointment.confirmationState), smsStateText(appointment.reminderState));
}

} // namespace guichet
