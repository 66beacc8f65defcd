#pragma once

#include <QMultiHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guichet {

class KbVocabulary;

// One way a query word can match: a sequence of index words, the last one possibly a prefix.
struct KbAlternative
{
    QStringList words;
    bool prefix = false;

    // A phrase holding short words ("carte d identite") is written as its meaningful words near
    // each other: the same articles, without reading the positions of "d" in every one of them.
    QString toFts() const;
    // The words without the stop words (all of them when every word is one).
    QStringList meaningfulWords() const;
    // True when the alternative occurs in `tokens` (folded words, e.g. of a title).
    bool occursIn(const QStringList &tokens) const { return matchIn(tokens, nullptr); }
    // Same, adding the positions of the matching tokens to `positions` (every occurrence).
    bool matchIn(const QStringList &tokens, QSet<qsizetype> *positions) const;
};

// What the agent typed, turned into FTS5 expressions over articles_fts.
struct KbQueryPlan
{
    QList<QList<KbAlternative>> clauses; // one per meaningful word or synonym group
    QString allTerms;                    // every word (or one of its alternatives) must match
    QString anyTerm;       // at least one must match (to fill the list when `allTerms` finds few)
    // Same as `anyTerm` without the clauses of a word still being typed that is too short to
    // select anything ("pacs en mai" → no "mai"*): empty when only such clauses remain.
    QString anyStrong;
    QString allStrong; // same for `allTerms` (the short word is then only looked for in titles)
    QList<bool> shortPrefix; // parallel to `clauses`: the clause is such a short word being typed
    QStringList corrected; // "acceuil → accueil": typo corrections that were added
    bool isEmpty() const { return allTerms.isEmpty(); }
};

// Builds the FTS5 expressions: accents and case folded, stop words dropped, plural and feminine
// endings matched (prefix of a light stem), the last word as a prefix while it is being typed,
// acronyms and everyday words expanded from the synonyms (KbLexicon), French variants matched by a
// shorter stem ("declarer" also finds "declaration"), unknown words widened to the nearest known
// words of the index. Words are always quoted: nothing typed can break the expression.
class KbQueryBuilder
{
public:
    // `synonyms`: folded term (words separated by one space) → alternatives as written.
    // `vocabulary` may be null or empty (no typo tolerance then). `variantSuffixes`: the endings
    // removed to match a word's variants (kbtext::variantStem); none when empty.
    KbQueryBuilder(const QMultiHash<QString, QString> &synonyms, const KbVocabulary *vocabulary,
                   const QStringList &variantSuffixes = {});

    KbQueryPlan build(const QString &text) const;

private:
    QList<KbAlternative> wordClause(const QString &word, bool typing, QStringList *corrected) const;

    const QMultiHash<QString, QString> &m_synonyms;
    const KbVocabulary *m_vocabulary;
    QStringList m_suffixes;
};

} // namespace guichet
