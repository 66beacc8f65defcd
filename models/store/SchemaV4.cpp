// Schema 4 of the local store: what booking at any site and the SMS need.
// - appointments.confirmation_state: the confirmation SMS, as the server reports it (none, queued,
//   sent, failed); reminder_state (schema 1) is the reminder's. sms_opt_in: the visitor agreed to
//   receive them (only a mobile number gets one).
// - slot_counts: how many bookings the server holds in each slot of every site (no visitor detail),
//   kept by the server alone and sent to every counter of the city, so that a counter finds the
//   next free slot at any site, offline too, without holding other sites' visitors.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV4(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
ALTER TABLE appointments ADD COLUMN confirmation_state TEXT NOT NULL DEFAULT 'none'
    CHECK (confirmation_state IN ('none', 'queued', 'sent', 'failed'));
ALTER TABLE appointments ADD COLUMN sms_opt_in INTEGER NOT NULL DEFAULT 0;
CREATE TABLE slot_counts (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX slot_counts_service ON slot_counts(service_id, starts_at);
CREATE INDEX appointments_visitor ON appointments(visitor_phone, service_id)
)SQL"));
}

} // namespace guichet
