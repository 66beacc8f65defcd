#pragma once

#include "domain/Article.h"
#include "kb/KbLexicon.h"
#include "kb/KbQueryBuilder.h"
#include "kb/KbVocabulary.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QString>

namespace guichet {

class LocalStore;

// One search result.
struct KbHit
{
    QString id;
    QString externalId;
    QString title;
    QString summary;
    // The summary with the matches between KbSearch::MatchStart / MatchEnd when it holds one, else
    // (for the first hits) a passage of the body so marked, else the summary as it is.
    QString snippet;
    Article::Source source = Article::Source::City;
    Competence competence = Competence::Ville;
    double score = 0; // higher is better (bm25, title and summary weighted above the body)
};

// Search as you type over the knowledge base (articles_fts): see KbQueryBuilder for how the text
// is read. Candidates are the articles holding every word and those holding some of the words in
// their title, summary or tags, each list ranked by bm25 (title and summary weighted above the
// body), then re-ranked: an article holding every word gains, and so does one whose title holds
// the words, starts with one of them, or holds them side by side (titles name the procedure
// precisely). Fast on every keystroke: bm25 never ranks more than a budget of articles (a query
// matching more is narrowed to the short columns, then to the titles), snippets are made for the
// returned hits only, in one statement, and the last results are kept per query. Runs on the
// calling thread's connection.
class KbSearch
{
public:
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    explicit KbSearch(LocalStore &store);
    ~KbSearch();
    KbSearch(const KbSearch &) = delete;
    KbSearch &operator=(const KbSearch &) = delete;

    QList<KbHit> search(const QString &text, int limit = 20);
    KbQueryPlan plan(const QString &text);

    // Re-reads the lexicon (resources/kb/kb-lexicon.json and the kb_synonyms table) and the
    // vocabulary, and forgets the kept results (done automatically when articles change).
    void reload();

    // Forgets the kept results: the next searches run afresh (they are forgotten by themselves
    // when articles or synonyms change).
    void forgetResults() { m_cache.clear(); }

    // The snippet as HTML (escaped, matches in <b>), and as plain text.
    static QString snippetHtml(const QString &snippet);
    static QString snippetText(const QString &snippet);

private:
    struct Ranked
    {
        qint64 rowid;
        double score;
    };
    struct CacheEntry
    {
        QString key;
        QList<KbHit> hits;
    };
    void ensureLoaded();
    qint64 estimate(const QList<KbAlternative> &clause) const;
    QList<Ranked> rank(const QString &expression, int limit, bool firstMatches) const;
    qint64 probe(const QString &expression, int offset) const;
    QList<Ranked> rankWithinBudget(const QString &expression, qint64 estimate, int limit, int firstTier) const;
    QList<KbHit> rerank(const KbQueryPlan &query, int limit) const;
    void addSnippets(QList<KbHit> &hits, const QList<qint64> &rowids, const QString &expression) const;

    LocalStore &m_store;
    KbLexicon m_lexicon;
    KbVocabulary m_vocabulary;
    bool m_loaded = false;
    QList<CacheEntry> m_cache; // the last searches, most recent first
    struct TitleWords
    {
        QStringList words; // folded, no stop words
        bool question = false;
    };
    mutable QHash<qint64, TitleWords> m_titleWords; // by rowid
    QMetaObject::Connection m_changed;
};

} // namespace guichet
