#include "appointments/AppointmentPrompts.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace guichet {

bool AppointmentPrompts::confirmCancel(QWidget *parent, const Appointment &appointment, const QTimeZone &zone)
{
    const QDateTime start = appointment.startsAt.toTimeZone(zone);
    QMessageBox box(QMessageBox::Question, tr("Cancel the appointment?"),
                    tr("Cancel the appointment of %1 on %2 at %3 (%4)? The slot is freed for someone else.")
                        .arg(appointment.visitorName, QLocale().toString(start.date(), QLocale::LongFormat),
                             start.toString(QStringLiteral("HH:mm")), appointment.reference),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("ConfirmCancelAppointment"));
    QPushButton *cancel = box.addButton(tr("Cancel the appointment"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == cancel;
}

bool AppointmentPrompts::confirmCloseDay(QWidget *parent, const QDate &day, const QString &siteName, int noShows,
                                         int done, int toCome)
{
    QStringList lines;
    lines << tr("%n visitor(s) expected who did not come will be marked no-show.", nullptr, noShows)
          << tr("%n visitor(s) who came will be marked done.", nullptr, done);
    if (toCome > 0)
        lines << tr("%n appointment(s) still to come stay as they are.", nullptr, toCome);
    QMessageBox box(QMessageBox::Question, tr("Close the day?"),
                    tr("Close %1 at %2?").arg(QLocale().toString(day, QLocale::LongFormat), siteName),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("ConfirmCloseDay"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *close = box.addButton(tr("Close the day"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Not now"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == close;
}

} // namespace guichet
