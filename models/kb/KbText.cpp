#include "kb/KbText.h"

#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace guichet::kbtext {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out;
}

QStringList tokenize(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

bool isStopWord(const QString &foldedWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"a",   "au",   "aux", "avec", "ce",  "ces",   "d",  "dans",    "de",   "des",
                              "du",  "en",   "et",  "est",  "il",  "j",     "je", "l",       "la",   "le",
                              "les", "leur", "ma",  "mes",  "mon", "n",     "ne", "on",      "ou",   "par",
                              "pas", "pour", "qu",  "que",  "qui", "s",     "sa", "se",      "ses",  "son",
                              "sur", "t",    "un",  "une",  "vos", "votre", "y",  "comment", "quoi", "faire"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words.contains(foldedWord);
}

QString lightStem(const QString &word)
{
    QString stem = word;
    if (stem.size() > 4 && (stem.endsWith(QLatin1Char('s')) || stem.endsWith(QLatin1Char('x'))))
        stem.chop(1);
    if (stem.size() > 4 && stem.endsWith(QLatin1Char('e')))
        stem.chop(1);
    return stem;
}

QString variantStem(const QString &word, const QStringList &suffixes, int minStem)
{
    for (const QString &suffix : suffixes)
        if (word.size() - suffix.size() >= minStem && word.endsWith(suffix))
            return word.left(word.size() - suffix.size());
    return word;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), row(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = int(i);
        int best = row[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, prev2[j - 2] + 1);
            row[j] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, row);
    }
    return std::min(prev[m], limit + 1);
}

} // namespace guichet::kbtext
