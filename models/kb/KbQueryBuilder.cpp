#include "kb/KbQueryBuilder.h"

#include "kb/KbText.h"
#include "kb/KbVocabulary.h"

namespace guichet {

namespace {

constexpr int kMaxSynonymWords = 3;
constexpr int kMinTypoLength = 4;

QString clauseToFts(const QList<KbAlternative> &alternatives)
{
    QStringList parts;
    for (const KbAlternative &a : alternatives)
        parts << a.toFts();
    return parts.size() == 1 ? parts.first()
                             : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

QString KbAlternative::toFts() const
{
    // Words hold letters and digits only (kbtext::tokenize): quoting them is always safe.
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (prefix ? QStringLiteral("*") : QString());
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

KbQueryBuilder::KbQueryBuilder(const QMultiHash<QString, QString> &synonyms, const KbVocabulary *vocabulary)
    : m_synonyms(synonyms)
    , m_vocabulary(vocabulary && !vocabulary->isEmpty() ? vocabulary : nullptr)
{}

QList<KbAlternative> KbQueryBuilder::wordClause(const QString &word, bool typing,
                                                QStringList *corrected) const
{
    QList<KbAlternative> alternatives;
    if (typing) {
        alternatives.append({{kbtext::lightStem(word)}, true});
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
    }
    QStringList parts;
    for (const QList<KbAlternative> &clause : std::as_const(plan.clauses))
        parts << clauseToFts(clause);
    plan.allTerms = parts.join(QLatin1String(" AND "));
    plan.anyTerm = parts.join(QLatin1String(" OR "));
    return plan;
}

} // namespace guichet
