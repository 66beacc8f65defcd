// Schema 6 of the local store: citizens' requests (issue 6).
// - requests.requester_phone_key: the requester's number as E.164 digits without the '+'
//   ("33465711234"), so that a number typed in any way ("04 65 71 12 34", "+33465711234",
//   "0033 4 65…", a foreign one) is found through one index range (PhoneNumber::searchKey).
// - requests.service_contact: how to reach the competent service (address, hours, phone), copied
//   from the knowledge base's "where to go" when the request was routed, so that the receipt and
//   every counter can tell the visitor even if the article changes later.
// - requests.article_id: the knowledge-base article the request was routed with (no foreign key:
//   the article may be deleted later; the request keeps its routing).
// - requests.attachments: JSON list of references to what the visitor handed over (a scanned
//   letter's number, "photo jointe au courriel du 12/11"…). The files themselves are not copied.
// - covering indexes for the lookup by reference, phone or email: a range of keys gives its
//   matches' dates and rowids without reading the rows (few matches: sorted; many: the date index
//   walked newest first, the keys read from it). They replace the single-column ones.
// - requests_fts: full-text index over the requester's name, the subject and the address,
//   accent- and case-insensitive, prefix indexes for lookup as you type; requests_fts_vocab gives
//   the typo tolerance its words.
// - record_openings: every opening of a requester's record at this counter (who, when, what for).
//   Pushed to the server's audit log, never pulled back; kept here only until pushed and within
//   the retention window.
#include "core/PhoneNumber.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace guichet {

void applySchemaV6(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
ALTER TABLE requests ADD COLUMN requester_phone_key TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN service_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN article_id TEXT;
ALTER TABLE requests ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
CREATE INDEX requests_phone_key ON requests(requester_phone_key, created_at, deleted);
CREATE INDEX requests_email_created ON requests(requester_email, created_at, deleted);
CREATE INDEX requests_reference_created ON requests(reference, created_at, deleted);
CREATE INDEX requests_created_keys ON requests(created_at, requester_phone_key, reference, requester_email, deleted);
DROP INDEX requests_phone;
DROP INDEX requests_email;
CREATE VIRTUAL TABLE requests_fts USING fts5(
    requester_name, subject, requester_address,
    content = 'requests', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE requests_fts_vocab USING fts5vocab(requests_fts, 'row');
CREATE TRIGGER requests_fts_ai AFTER INSERT ON requests WHEN new.deleted = 0 BEGIN
    INSERT INTO requests_fts(rowid, requester_name, subject, requester_address)
    VALUES (new.rowid, new.requester_name, new.subject, new.requester_address);
END;
CREATE TRIGGER requests_fts_ad AFTER DELETE ON requests WHEN old.deleted = 0 BEGIN
    INSERT INTO requests_fts(requests_fts, rowid, requester_name, subject, requester_address)
    VALUES ('delete', old.rowid, old.requester_name, old.subject, old.requester_address);
END;
CREATE TRIGGER requests_fts_au AFTER UPDATE OF requester_name, subject, requester_address, deleted
    ON requests BEGIN
    INSERT INTO requests_fts(requests_fts, rowid, requester_name, subject, requester_address)
    SELECT 'delete', old.rowid, old.requester_name, old.subject, old.requester_address
    WHERE old.deleted = 0;
    INSERT INTO requests_fts(rowid, requester_name, subject, requester_address)
    SELECT new.rowid, new.requester_name, new.subject, new.requester_address WHERE new.deleted = 0;
END;
INSERT INTO requests_fts(rowid, requester_name, subject, requester_address)
    SELECT rowid, requester_name, subject, requester_address FROM requests WHERE deleted = 0;
CREATE TABLE record_openings (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    agent_id TEXT,
    site_id TEXT,
    opened_at TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT 'view' CHECK (action IN ('view', 'receipt', 'online_view')),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX record_openings_request ON record_openings(request_id, opened_at);
CREATE INDEX record_openings_at ON record_openings(opened_at);
)SQL"));

    // The phone keys of the requests already here (libphonenumber, so not in SQL).
    QSqlQuery rows = sql::exec(
        db, QStringLiteral("SELECT rowid, requester_phone FROM requests WHERE requester_phone <> ''"));
    QList<QPair<qint64, QString>> keys;
    while (rows.next())
        keys.append({rows.value(0).toLongLong(), PhoneNumber::searchKey(rows.value(1).toString())});
    rows.finish();
    for (const auto &[rowid, key] : keys)
        sql::exec(db, QStringLiteral("UPDATE requests SET requester_phone_key = ? WHERE rowid = ?"),
                  {key, rowid});
}

} // namespace guichet
