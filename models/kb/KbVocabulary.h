#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace guichet {

// The words of the knowledge-base index with the number of articles holding each, for typo
// tolerance: "acceuil" → "accueil", "pasport" → "passeport". Loaded once from articles_fts_vocab
// and kept in memory (tens of thousands of short words).
class KbVocabulary
{
public:
    void load(const QSqlDatabase &db) { load(db, QStringLiteral("articles_fts_vocab")); }
    // From another FTS5 'row' vocabulary table (the requests' lookup index has one too).
    void load(const QSqlDatabase &db, const QString &vocabularyTable);
    // Adds words met since the load (counted as one document each); keeps the order.
    void add(const QStringList &words);
    bool isEmpty() const { return m_terms.isEmpty(); }
    qsizetype size() const { return m_terms.size(); }

    // Number of articles that hold `term` (0 when unknown).
    int documents(const QString &term) const;
    // Number of articles holding the most frequent word that starts with `prefix`.
    int bestPrefixDocuments(const QString &prefix) const;

    // Upper bound of the number of articles holding a word that starts with `prefix` (the sum over
    // those words; O(log n)), to tell a selective query from one that matches most articles.
    qint64 prefixDocumentsSum(const QString &prefix) const;

    // Every known word starting with `prefix` when there are at most `max` of them, else none.
    QStringList completions(const QString &prefix, int max) const;

    // Known words within a small edit distance of `word` (1 up to 6 letters, 2 above), the most
    // frequent first, at most `count`; words rarer than `minDocuments` are left out.
    QStringList corrections(const QString &word, int count, int minDocuments = 1) const;
    // Known words whose beginning is within one edit of `prefix` (for the word being typed).
    QStringList prefixCorrections(const QString &prefix, int count, int minDocuments = 1) const;

private:
    struct Candidate
    {
        int index;
        int distance;
    };
    QStringList best(QVector<Candidate> candidates, int count) const;
    void computeCumulative();

    QStringList m_terms;      // sorted
    QVector<int> m_documents; // parallel to m_terms
    QVector<qint64> m_cumulative; // m_cumulative[i] = sum of m_documents before i (size + 1)
};

} // namespace guichet
