// Schema 1 of the local store: every entity of DESIGN §3.
// Every synced table has: id (UUID born where the record is born), version (server change
// number, 0 until the server accepted it), updated_at (UTC, ISO 8601 ms) and a soft `deleted`.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV1(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('hotel_de_ville', 'mairie_arrondissement', 'annexe')),
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
    opening_hours TEXT NOT NULL DEFAULT '[]',
    alsace_moselle INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE site_closures (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CHECK (last_day >= first_day)
);
CREATE INDEX site_closures_site ON site_closures(site_id, first_day);
CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    home_site_id TEXT REFERENCES sites(id),
    in_pool INTEGER NOT NULL DEFAULT 0,
    languages TEXT NOT NULL DEFAULT '[]',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    site_id TEXT REFERENCES sites(id),
    registered_at TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE services (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    documents TEXT NOT NULL DEFAULT '[]',
    article_id TEXT,
    min_notice_hours INTEGER NOT NULL DEFAULT 0,
    max_per_person INTEGER NOT NULL DEFAULT 0,
    max_per_person_days INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE schedules (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    service_id TEXT NOT NULL REFERENCES services(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    valid_from TEXT,
    valid_to TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CHECK (end_time > start_time)
);
CREATE INDEX schedules_site_service ON schedules(site_id, service_id, weekday);
CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL DEFAULT '',
    site_id TEXT NOT NULL REFERENCES sites(id),
    service_id TEXT NOT NULL REFERENCES services(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    counter_no INTEGER NOT NULL DEFAULT 1,
    visitor_name TEXT NOT NULL,
    visitor_phone TEXT NOT NULL DEFAULT '',
    visitor_email TEXT NOT NULL DEFAULT '',
    visitor_language TEXT NOT NULL DEFAULT 'fr',
    need_interpreter INTEGER NOT NULL DEFAULT 0,
    need_sign_language INTEGER NOT NULL DEFAULT 0,
    need_wheelchair INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('booked', 'pending', 'checked_in', 'done', 'no_show', 'cancelled')),
    reminder_state TEXT NOT NULL DEFAULT 'none' CHECK (reminder_state IN ('none', 'queued', 'sent', 'failed')),
    booked_by TEXT REFERENCES agents(id),
    channel TEXT NOT NULL DEFAULT 'counter' CHECK (channel IN ('counter', 'phone', 'web')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_site_start ON appointments(site_id, starts_at);
CREATE INDEX appointments_service_start ON appointments(service_id, starts_at);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('city', 'service-public')),
    external_id TEXT UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    body_format TEXT NOT NULL DEFAULT 'markdown' CHECK (body_format IN ('markdown', 'plain', 'service-public')),
    tags TEXT NOT NULL DEFAULT '[]',
    audience TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    competence TEXT NOT NULL DEFAULT 'ville' CHECK (competence IN ('ville', 'metropole', 'etat', 'ccas', 'autre')),
    referral TEXT NOT NULL DEFAULT '{}',
    documents TEXT NOT NULL DEFAULT '[]',
    related TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}',
    site_id TEXT REFERENCES sites(id),
    owner_agent_id TEXT REFERENCES agents(id),
    review_due TEXT,
    verified_at TEXT,
    source_url TEXT NOT NULL DEFAULT '',
    source_modified TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
-- Browsing lists the city's own articles first ('city' < 'service-public'), then by title.
CREATE INDEX articles_title ON articles(source, title COLLATE NOCASE);
CREATE INDEX articles_site ON articles(site_id);
CREATE TABLE article_versions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    edited_by TEXT REFERENCES agents(id),
    edited_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, revision)
);
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'mail', 'email', 'web', 'social')),
    site_id TEXT REFERENCES sites(id),
    requester_name TEXT NOT NULL,
    requester_phone TEXT NOT NULL DEFAULT '',
    requester_email TEXT NOT NULL DEFAULT '',
    requester_address TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0,
    subject TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    competence TEXT NOT NULL DEFAULT 'ville' CHECK (competence IN ('ville', 'metropole', 'etat', 'ccas', 'autre')),
    competent_service TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_progress', 'answered', 'closed')),
    due_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES agents(id),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX requests_created ON requests(created_at);
CREATE INDEX requests_name ON requests(requester_name COLLATE NOCASE);
CREATE INDEX requests_phone ON requests(requester_phone);
CREATE INDEX requests_email ON requests(requester_email);
CREATE INDEX requests_status_due ON requests(status, due_date);
CREATE TABLE request_events (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES requests(id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'acknowledged', 'assigned', 'note', 'reminder_sent', 'answered', 'closed')),
    at TEXT NOT NULL,
    agent_id TEXT REFERENCES agents(id),
    channel TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_events_request ON request_events(request_id, at);
CREATE TABLE interpreter_providers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('video', 'phone', 'sip', 'app')),
    modes TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    address TEXT NOT NULL,
    hours TEXT NOT NULL DEFAULT '[]',
    site_ids TEXT NOT NULL DEFAULT '[]',
    is_example INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE call_logs (
    id TEXT PRIMARY KEY,
    agent_id TEXT REFERENCES agents(id),
    site_id TEXT REFERENCES sites(id),
    provider_id TEXT REFERENCES interpreter_providers(id),
    mode TEXT NOT NULL CHECK (mode IN ('foreign', 'lsf', 'lpc', 'transcription', 'agent_network')),
    language TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    duration_s INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'done' CHECK (outcome IN ('done', 'no_answer', 'closed', 'failed', 'cancelled')),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX call_logs_started ON call_logs(started_at);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    payload TEXT NOT NULL,
    base_version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
)SQL"));
}

} // namespace guichet
