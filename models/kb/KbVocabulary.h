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
    void load(const QSqlDatabase &db);
    bool isEmpty() const { return m_terms.isEmpty(); }
    qsizetype size() const { return m_terms.size(); }

    // Number of articles that hold `term` (0 when unknown).
    int documents(const QString &term) const;
    // Number of articles holding the most frequent word that starts with `prefix`.
    int bestPrefixDocuments(const QString &prefix) const;

    // Known words within a small edit distance of `word` (1 up to 7 letters, 2 above), the most
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

    QStringList m_terms;      // sorted
    QVector<int> m_documents; // parallel to m_terms
};

} // namespace guichet
