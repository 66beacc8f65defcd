#include "kb/KbQueryBuilder.h"

#include "kb/KbText.h"
#include "kb/KbVocabulary.h"

namespace guichet {

namespace {

constexpr int kMaxSynonymWords = 4;
constexpr int kMinTypoLength = 4;
constexpr int kMinVariantLength = 6; // shorter words have too few letters to spare
constexpr int kShortPrefix = 3;      // a word being typed this short matches too much to select

constexpr int kMaxCompletions = 24;
constexpr qint64 kMinCompletionDocuments = 2000; // below, merging the prefix's lists costs less than many words

// A prefix of many articles but few known completions is written as those words: FTS5 then reads
// only the parts of their lists it needs, where a prefix query merges the full lists of every
// completion first
// (for each statement). Short prefixes keep FTS5's own prefix index.
QString clauseToFts(const QList<KbAlternative> &alternatives, const KbVocabulary *vocabulary)
{
    QStringList parts;
    const auto add = [&parts](const QString &part) {
        if (!parts.contains(part)) // a variant's words hold the word's own: each once
            parts << part;
    };
    for (const KbAlternative &a : alternatives) {
        const bool expand = a.prefix && a.words.size() == 1 && vocabulary &&
                            vocabulary->prefixDocumentsSum(a.words.first()) >= kMinCompletionDocuments;
        const QStringList words =
            expand ? vocabulary->completions(a.words.first(), kMaxCompletions) : QStringList();
        if (words.isEmpty())
            add(a.toFts());
        for (const QString &word : words)
            add(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    return parts.size() == 1 ? parts.first()
                             : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

QStringList KbAlternative::meaningfulWords() const
{
    QStringList meaningful = words;
    meaningful.removeIf(kbtext::isStopWord);
    return meaningful.isEmpty() ? words : meaningful;
}

QString KbAlternative::toFts() const
{
    // Words hold letters and digits only (kbtext::tokenize): quoting them is always safe.
    const QString star = prefix ? QStringLiteral("*") : QString();
    const QStringList meaningful = meaningfulWords();
    const qsizetype gaps = words.size() - meaningful.size();
    if (gaps == 0 || (prefix && kbtext::isStopWord(words.last())))
        return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') + star;
    if (meaningful.size() == 1)
        return QLatin1Char('"') + meaningful.first() + QLatin1Char('"') + star;
    // NEAR counts every token between the first and the last word.
    return QStringLiteral("NEAR(\"%1\"%2, %3)")
        .arg(meaningful.join(QLatin1String("\" \"")), star)
        .arg(words.size() - 2);
}

bool KbAlternative::matchIn(const QStringList &tokens, QSet<qsizetype> *positions) const
{
    bool found = false;
    for (qsizetype start = 0; start + words.size() <= tokens.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < words.size() && all; ++k) {
            const QString &token = tokens.at(start + k);
            all = (prefix && k == words.size() - 1) ? token.startsWith(words.at(k)) : token == words.at(k);
        }
        if (!all)
            continue;
        if (!positions)
            return true;
        found = true;
        for (qsizetype k = 0; k < words.size(); ++k)
            positions->insert(start + k);
    }
    return found;
}

KbQueryBuilder::KbQueryBuilder(const QMultiHash<QString, QString> &synonyms, const KbVocabulary *vocabulary,
                               const QStringList &variantSuffixes)
    : m_synonyms(synonyms)
    , m_vocabulary(vocabulary && !vocabulary->isEmpty() ? vocabulary : nullptr)
    , m_suffixes(variantSuffixes)
{}

QList<KbAlternative> KbQueryBuilder::wordClause(const QString &word, bool typing,
                                                QStringList *corrected) const
{
    QList<KbAlternative> alternatives;
    // Variants: a shorter stem as a prefix ("declarer" → "declar"*), next to the word's own stem so
    // that the word as typed still scores above its variants.
    const auto addVariant = [&](const QString &stem) {
        if (word.size() < kMinVariantLength || word.front().isDigit() || m_suffixes.isEmpty())
            return;
        const QString variant = kbtext::variantStem(word, m_suffixes);
        if (variant != stem && stem.startsWith(variant))
            alternatives.append({{variant}, true});
    };
    if (typing) {
        alternatives.append({{kbtext::lightStem(word)}, true});
        addVariant(kbtext::lightStem(word));
        if (m_vocabulary && word.size() >= kMinTypoLength && m_vocabulary->bestPrefixDocuments(word) == 0) {
            for (const QString &fix : m_vocabulary->prefixCorrections(word, 3)) {
                alternatives.append({{fix}, false});
                *corrected << word + QStringLiteral(" → ") + fix;
            }
        }
        return alternatives;
    }
    const bool longWord = word.size() >= kMinTypoLength;
    const QString stem = kbtext::lightStem(word);
    alternatives.append({{longWord ? stem : word}, longWord});
    addVariant(stem);
    if (m_vocabulary && longWord && !word.front().isDigit()) {
        const int known = m_vocabulary->bestPrefixDocuments(stem);
        // Unknown, or so rare next to a near word that it is more likely a typo in the source.
        if (known <= 2) {
            for (const QString &fix : m_vocabulary->corrections(word, 3, known == 0 ? 1 : 25 * (known + 1))) {
                alternatives.append({{fix}, false});
                *corrected << word + QStringLiteral(" → ") + fix;
            }
        }
    }
    return alternatives;
}

KbQueryPlan KbQueryBuilder::build(const QString &text) const
{
    KbQueryPlan plan;
    const QStringList words = kbtext::tokenize(text);
    if (words.isEmpty())
        return plan;
    // The last word is still being typed unless a space or punctuation follows it.
    const bool typingLast = !text.isEmpty() && text.back().isLetterOrNumber();
    const bool allStopWords = std::all_of(words.cbegin(), words.cend(), kbtext::isStopWord);

    for (qsizetype i = 0; i < words.size();) {
        // The longest run of words that the synonyms table knows.
        qsizetype length = std::min<qsizetype>(kMaxSynonymWords, words.size() - i);
        for (; length > 0; --length)
            if (m_synonyms.contains(words.mid(i, length).join(QLatin1Char(' '))))
                break;
        if (length > 0) {
            const QStringList run = words.mid(i, length);
            QList<KbAlternative> alternatives;
            if (run.size() == 1)
                alternatives = wordClause(run.first(), false, &plan.corrected);
            else
                alternatives.append({run, false});
            const auto values = m_synonyms.values(run.join(QLatin1Char(' ')));
            for (const QString &alternative : values) {
                const QStringList altWords = kbtext::tokenize(alternative);
                if (!altWords.isEmpty())
                    alternatives.append({altWords, false});
            }
            plan.clauses << alternatives;
            plan.shortPrefix << false;
            i += length;
            continue;
        }
        const QString &word = words.at(i);
        const bool last = i == words.size() - 1;
        ++i;
        if (kbtext::isStopWord(word) && !allStopWords)
            continue;
        if (last && typingLast && word.size() == 1)
            continue; // one letter being typed matches too much to help: wait for the second
        plan.clauses << wordClause(word, last && typingLast, &plan.corrected);
        plan.shortPrefix << (last && typingLast && word.size() <= kShortPrefix);
    }
    QStringList parts;
    QStringList strong;
    for (qsizetype c = 0; c < plan.clauses.size(); ++c) {
        parts << clauseToFts(plan.clauses.at(c), m_vocabulary);
        if (!plan.shortPrefix.at(c))
            strong << parts.last();
    }
    plan.allTerms = parts.join(QLatin1String(" AND "));
    plan.anyTerm = parts.join(QLatin1String(" OR "));
    plan.allStrong = strong.join(QLatin1String(" AND "));
    plan.anyStrong = strong.join(QLatin1String(" OR "));
    return plan;
}

} // namespace guichet
