#pragma once

#include "domain/Appointment.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

class QWidget;

namespace guichet {

// The questions the appointments area asks before an action that cannot be taken back. Each
// defaults to the harmless answer (Enter or Escape keep things as they are).
class AppointmentPrompts
{
    Q_DECLARE_TR_FUNCTIONS(guichet::AppointmentPrompts)

public:
    static bool confirmCancel(QWidget *parent, const Appointment &appointment, const QTimeZone &zone);
    static bool confirmCloseDay(QWidget *parent, const QDate &day, const QString &siteName, int noShows,
                                int done, int toCome);
};

} // namespace guichet
