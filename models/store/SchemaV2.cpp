// Schema 2 of the local store: the knowledge base's search.
// - articles_fts: full-text index (FTS5) kept in step with `articles` by triggers; accent- and
//   case-insensitive (unicode61, remove_diacritics 2), prefix indexes for search as you type.
//   Title, summary, body and tags are columns of their own so that ranking (bm25) can weigh the
//   title and summary above the body. Deleted articles are not indexed. Only what an agent should
//   find is indexed: the Service-Public fiches' time-limited warnings live in `extra`, not here.
// - articles_fts_vocab: the index's vocabulary (term, documents), read by the typo tolerance.
// - kb_synonyms: a small editable table of acronyms and everyday words (query side): a term of
//   the query (accents removed, lower case, words separated by one space) also matches each of its
//   alternatives, written as an agent would write them.
#include "store/Migrations.h"
#include "store/Sql.h"

namespace guichet {

void applySchemaV2(const QSqlDatabase &db)
{
    sql::execScript(db, QStringLiteral(R"SQL(
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, body, tags,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row');
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
    SELECT rowid, title, summary, body, tags FROM articles WHERE deleted = 0;
CREATE TABLE kb_synonyms (
    term TEXT NOT NULL,
    alternative TEXT NOT NULL,
    PRIMARY KEY (term, alternative)
) WITHOUT ROWID;
INSERT INTO kb_synonyms (term, alternative) VALUES
    ('cni', 'carte nationale d''identité'),
    ('cni', 'carte d''identité'),
    ('passport', 'passeport'),
    ('carte grise', 'certificat d''immatriculation'),
    ('certificat d immatriculation', 'carte grise'),
    ('pacs', 'pacte civil de solidarité'),
    ('ants', 'agence nationale des titres sécurisés'),
    ('caf', 'caisse d''allocations familiales'),
    ('cpam', 'caisse primaire d''assurance maladie'),
    ('cpam', 'assurance maladie'),
    ('ccas', 'centre communal d''action sociale'),
    ('rsa', 'revenu de solidarité active'),
    ('apl', 'aide personnalisée au logement'),
    ('aah', 'allocation aux adultes handicapés'),
    ('mdph', 'maison départementale des personnes handicapées'),
    ('jdc', 'journée défense et citoyenneté'),
    ('hlm', 'logement social'),
    ('ehpad', 'établissement d''hébergement pour personnes âgées dépendantes'),
    ('titre de sejour', 'carte de séjour'),
    ('pv', 'procès-verbal'),
    ('pv', 'amende'),
    ('crit air', 'certificat qualité de l''air'),
    ('vignette', 'certificat qualité de l''air'),
    ('perdu', 'perte'),
    ('perdue', 'perte'),
    ('perdus', 'perte'),
    ('vole', 'vol'),
    ('volee', 'vol'),
    ('urgent', 'urgence'),
    ('changer', 'changement'),
    ('renouveler', 'renouvellement'),
    ('demenager', 'déménagement'),
    ('demenagement', 'changement d''adresse'),
    ('inscrire', 'inscription'),
    ('se marier', 'mariage'),
    ('chomage', 'allocation chômage'),
    ('retraite', 'pension de retraite')
)SQL"));
}

} // namespace guichet
