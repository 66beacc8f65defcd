// Schema 5 of the local store: the life of the city's own articles (issue 5, "Article life").
// - article_versions is rebuilt: every revision keeps the article's other fields (`details`, JSON:
//   summary, tags, competence, referral, documents, owner, review due…) so that a restore brings
//   the whole article back; `kind` says what made it (created, edit, restore, baseline: the content
//   an article had before its first edit here) and `restored_from` which revision a restore copied.
//   `revision_key` ("ARTICLE_ID:REVISION") is the natural key the server keeps unique across the
//   city: two supervisors who both save revision n+1 offline cannot both have it (the second is
//   refused "duplicate" instead of stopping every counter's sync). The old UNIQUE (article_id,
//   revision) goes: a refused revision stays here, marked deleted, while the server's takes its
//   number.
// - article_favourites: an agent's favourite articles, synced (they follow a substitute to another
//   counter). One row per (agent, article), its id derived from the pair, so that two counters of
//   one agent write the same record; `active` is switched off and on (a soft delete could not be
//   undone). `pair_key` ("AGENT_ID:ARTICLE_ID") is the natural key.
// - article_feedback: "utile / obsolète" from any agent, with a comment. Obsolete feedback, and any
//   with a comment, is a review task for the article's owner until a supervisor resolves it.
// - article_recent: the articles an agent opened lately at this counter, `seq` giving the order of
//   opening (two in the same millisecond too). Local only, never synced.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV5(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
CREATE TABLE article_versions_v5 (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    revision_key TEXT UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    kind TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('created', 'edit', 'restore', 'baseline')),
    restored_from INTEGER,
    edited_by TEXT REFERENCES agents(id),
    edited_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
INSERT INTO article_versions_v5 (id, article_id, revision, revision_key, title, body, edited_by, edited_at,
                                 version, updated_at, deleted)
    SELECT id, article_id, revision, article_id || ':' || revision, title, body, edited_by, edited_at,
           version, updated_at, deleted
    FROM article_versions;
DROP TABLE article_versions;
ALTER TABLE article_versions_v5 RENAME TO article_versions;
CREATE INDEX article_versions_article ON article_versions(article_id, revision);
CREATE TABLE article_favourites (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    pair_key TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    favourited_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_favourites_agent ON article_favourites(agent_id, active, favourited_at);
CREATE TABLE article_feedback (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    agent_id TEXT REFERENCES agents(id),
    kind TEXT NOT NULL CHECK (kind IN ('useful', 'obsolete')),
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT REFERENCES agents(id),
    resolution TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX article_feedback_article ON article_feedback(article_id, created_at);
CREATE INDEX article_feedback_open ON article_feedback(resolved_at, article_id);
CREATE TABLE article_recent (
    agent_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (agent_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_recent_agent ON article_recent(agent_id, seq);
CREATE INDEX articles_review_due ON articles(source, review_due)
)SQL"));
}

} // namespace guichet
