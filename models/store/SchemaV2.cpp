// Schema 2 of the local store: the knowledge base's full-text index (FTS5), kept in step with
// `articles` by triggers. Accent-insensitive (unicode61, remove_diacritics 2), with prefix
// indexes for search-as-you-type. Title and summary are columns of their own so that ranking can
// weigh them above the body.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV2(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, body, tags,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles WHEN new.deleted = 0 BEGIN
    INSERT INTO articles_fts(rowid, title, summary, body, tags)
    VALUES (new.rowid, new.title, new.summary, new.body, new.tags);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles WHEN old.deleted = 0 BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
    VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.tags);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, summary, body, tags, deleted ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
    SELECT 'delete', old.rowid, old.title, old.summary, old.body, old.tags WHERE old.deleted = 0;
    INSERT INTO articles_fts(rowid, title, summary, body, tags)
    SELECT new.rowid, new.title, new.summary, new.body, new.tags WHERE new.deleted = 0;
END;
INSERT INTO articles_fts(rowid, title, summary, body, tags)
    SELECT rowid, title, summary, body, tags FROM articles WHERE deleted = 0
)SQL"));
}

} // namespace guichet
