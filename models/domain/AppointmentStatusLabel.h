#pragma once

#include "domain/Appointment.h"

namespace guichet {

// The agent-facing word for a status, translated (context "guichet::AppointmentStatus"):
// Booked → "Réservé", Pending → "À confirmer", CheckedIn → "Arrivé", Done → "Terminé",
// NoShow → "Absent", Cancelled → "Annulé".
QString appointmentStatusLabel(Appointment::Status status);

} // namespace guichet
