#pragma once

#include <QString>
#include <QStringList>

namespace guichet::kbtext {

// Text as the index sees it (FTS5 unicode61, remove_diacritics 2): lower case, accents removed.
QString fold(const QString &text);

// The words of `text`, folded, split on anything that is not a letter or a digit (so that
// "d'identité" gives "d", "identite", as the index does).
QStringList tokenize(const QString &text);

// Short French words that carry no meaning in a query ("de", "la", "pour", "en"…).
bool isStopWord(const QString &foldedWord);

// A light French stem for prefix matching: plural and feminine endings removed
// ("perdues" → "perdu", "mineurs" → "mineur", "etrangere" → "etranger").
QString lightStem(const QString &foldedWord);

// The form shared by a word's French variants, for prefix matching: the first of `suffixes`
// (longest first) whose removal leaves at least `minStem` letters is removed ("declarer" →
// "declar", matching "declaration"; "renouveler" → "renouvel"). The word itself when none applies.
QString variantStem(const QString &foldedWord, const QStringList &suffixes, int minStem = 5);

// Edit distance with transpositions (optimal string alignment), stopping early above `limit`
// (returns limit + 1 then).
int editDistance(const QString &a, const QString &b, int limit);

} // namespace guichet::kbtext
