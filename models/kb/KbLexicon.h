#pragma once

#include <QMultiHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace guichet {

// The query side's editable vocabulary: synonyms (acronyms, everyday words, English words, word
// forms the light stem cannot join such as "perdu" → "perte") and the French word endings that
// make variants of a word ("déclarer" / "déclaration"). Data, not code: the defaults come from
// resources/kb/kb-lexicon.json (compiled in), a city's own terms from the kb_synonyms table.
class KbLexicon
{
public:
    static QString defaultResource() { return QStringLiteral(":/kb/kb-lexicon.json"); }

    // Adds the entries of a kb-lexicon.json document; false (and `error`) when it is malformed.
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    bool loadFile(const QString &path, QString *error = nullptr);
    // Adds the rows of kb_synonyms (term → alternative, one way).
    void loadTable(const QSqlDatabase &db);
    void clear();

    // `term` also matches `alternative` (both as written; stored folded and tokenized).
    void addSynonym(const QString &term, const QString &alternative);

    // Folded term (its words separated by one space) → alternatives as written.
    const QMultiHash<QString, QString> &synonyms() const { return m_synonyms; }
    // Endings removed to join the variants of a word, longest first.
    const QStringList &variantSuffixes() const { return m_suffixes; }

private:
    QMultiHash<QString, QString> m_synonyms;
    QStringList m_suffixes;
};

} // namespace guichet
