#include "repo/RequestSearchQuery.h"

#include "core/PhoneNumber.h"
#include "domain/RequestReference.h"
#include "kb/KbText.h"
#include "kb/KbVocabulary.h"

#include <QRegularExpression>

namespace guichet {

namespace {

// Sorts after every character a prefix can be followed by (in SQLite's byte-wise UTF-8 order).
const QChar kHigh(0xFFFF);

// Corrections tried per word: a few, the most frequent first.
constexpr int kCorrectionsPerWord = 4;
// Shorter words are names' initials or typing in progress: no typo tolerance.
constexpr int kMinTypoLength = 4;
// A word being typed stands for at most this many known words, named; above, a prefix query.
constexpr int kMaxCompletions = 8;

bool isPhoneLike(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 .()/-]*$"));
    return pattern.match(text).hasMatch();
}

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The start of a reference: a site code, a dash, then digits (or nothing yet): "HDV-", "M3-2026-0".
// Not "Jean-Pierre".
bool looksLikeReference(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,5}-([0-9]|$)"));
    return RequestReference::looksLikePrefix(text) && pattern.match(RequestReference::normalized(text)).hasMatch();
}

} // namespace

QString RequestSearchQuery::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    return result.toUpper();
}

void RequestSearchQuery::addRange(const QString &column, const QString &prefix)
{
    if (!m_where.isEmpty())
        m_where += QStringLiteral(" OR ");
    m_where += QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
    m_values << prefix << prefix + kHigh;
}

void RequestSearchQuery::addWords(const QString &text, const KbVocabulary *vocabulary)
{
    QStringList words = kbtext::tokenize(text);
    // "de", "la", "rue"… say nothing of whom or what: left out when other words remain.
    QStringList meaningful;
    for (const QString &word : std::as_const(words))
        if (!kbtext::isStopWord(word) && word.size() > 1)
            meaningful << word;
    if (!meaningful.isEmpty())
        words = meaningful;
    if (words.isEmpty())
        return;
    QStringList exact;
    QStringList widened;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const bool last = i == words.size() - 1;
        // The word being typed is a prefix; the words before it are whole (a prefix of a short word
        // would merge huge lists: "ru*" at a million addresses). Whole words are widened to their
        // prefix among the approximate matches ("dup mar").
        const bool prefix = last && word.size() >= 2;
        QString term = quoted(word) + (prefix ? QStringLiteral("*") : QString());
        if (prefix && vocabulary) {
            // A prefix merges every list it covers in memory ("69001*": a whole arrondissement);
            // the few words it stands for, named, are read lazily.
            const QStringList completions = vocabulary->completions(word, kMaxCompletions);
            if (completions.size() == 1)
                term = quoted(completions.first());
            else if (!completions.isEmpty()) {
                QStringList named;
                for (const QString &completion : completions)
                    named << quoted(completion);
                term = QLatin1Char('(') + named.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            }
        }
        exact << term;
        QStringList alternatives;
        if (vocabulary && word.size() >= kMinTypoLength) {
            // A typo, or a name heard rather than read ("Lefebvre" for LEFÈVRE): the known words a
            // letter or two away, listed after the exact matches. Even a known word is widened so:
            // "lefebvre" is a name of its own, and may not be this visitor's.
            alternatives = vocabulary->corrections(word, kCorrectionsPerWord);
            if (last && !vocabulary->prefixDocumentsSum(word))
                for (const QString &c : vocabulary->prefixCorrections(word, kCorrectionsPerWord))
                    if (!alternatives.contains(c))
                        alternatives << c;
        }
        m_corrections << alternatives;
        QStringList terms{term};
        if (!prefix && word.size() >= 2 && vocabulary && vocabulary->prefixDocumentsSum(word) > vocabulary->documents(word))
            terms << quoted(word) + QLatin1Char('*');
        for (const QString &alternative : std::as_const(alternatives))
            terms << quoted(alternative);
        widened << (terms.size() == 1 ? term : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    m_exact = exact.join(QStringLiteral(" AND "));
    const QString widenedExpression = widened.join(QStringLiteral(" AND "));
    if (widenedExpression != m_exact)
        m_approximate = QStringLiteral("(%1) NOT (%2)").arg(widenedExpression, m_exact);
}

RequestSearchQuery::RequestSearchQuery(const QString &input, const KbVocabulary *vocabulary)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return;

    if (looksLikeReference(text)) {
        addRange(QStringLiteral("reference"), RequestReference::normalized(text));
        return;
    }

    if (isPhoneLike(text)) {
        int digits = 0;
        for (const QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 2)
            addRange(QStringLiteral("requester_phone_key"), PhoneNumber::searchKey(text));
        if (m_where.isEmpty())
            addRange(QStringLiteral("reference"), RequestReference::normalized(text));
        return;
    }

    if (text.contains(QLatin1Char('@'))) {
        addRange(QStringLiteral("requester_email"), text.toLower());
        return;
    }

    addWords(text, vocabulary);
}

} // namespace guichet
