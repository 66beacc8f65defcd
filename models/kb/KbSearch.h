#pragma once

#include "domain/Article.h"
#include "kb/KbQueryBuilder.h"
#include "kb/KbVocabulary.h"

#include <QList>
#include <QMetaObject>
#include <QMultiHash>
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
    QString snippet; // a passage with the matches between KbSearch::MatchStart / MatchEnd
    Article::Source source = Article::Source::City;
    Competence competence = Competence::Ville;
    double score = 0; // higher is better (bm25, title and summary weighted above the body)
};

// Search as you type over the knowledge base (articles_fts): see KbQueryBuilder for how the text
// is read. Candidates are the articles holding any of the words, ranked by bm25 (title and summary
// weighted above the body), then re-ranked: an article holding every word gains, and so does one
// whose title holds the words (titles name the procedure precisely). Runs on the calling
// thread's connection.
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

    // Re-reads the synonyms and the vocabulary (done automatically when articles change).
    void reload();

    // The snippet as HTML (escaped, matches in <b>), and as plain text.
    static QString snippetHtml(const QString &snippet);
    static QString snippetText(const QString &snippet);

private:
    struct Ranked
    {
        qint64 rowid;
        double score;
    };
    void ensureLoaded();
    QList<Ranked> rank(const QString &expression, int limit) const;
    QList<Ranked> rerank(const KbQueryPlan &query, int limit) const;
    KbHit hitFor(const Ranked &ranked, const QString &expression) const;

    LocalStore &m_store;
    QMultiHash<QString, QString> m_synonyms;
    KbVocabulary m_vocabulary;
    bool m_loaded = false;
    QMetaObject::Connection m_changed;
};

} // namespace guichet
