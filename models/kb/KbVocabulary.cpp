#include "kb/KbVocabulary.h"

#include "kb/KbText.h"
#include "store/Sql.h"

#include <algorithm>

namespace guichet {

void KbVocabulary::load(const QSqlDatabase &db, const QString &vocabularyTable)
{
    m_terms.clear();
    m_documents.clear();
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT term, doc FROM \"%1\" ORDER BY term").arg(vocabularyTable));
    while (q.next()) {
        m_terms << q.value(0).toString();
        m_documents << q.value(1).toInt();
    }
    computeCumulative();
}

void KbVocabulary::add(const QStringList &words)
{
    bool added = false;
    for (const QString &word : words) {
        const auto it = std::lower_bound(m_terms.begin(), m_terms.end(), word);
        const qsizetype at = it - m_terms.begin();
        if (it != m_terms.end() && *it == word) {
            ++m_documents[at];
        } else {
            m_terms.insert(at, word);
            m_documents.insert(at, 1);
        }
        added = true;
    }
    if (added)
        computeCumulative();
}

void KbVocabulary::computeCumulative()
{
    m_cumulative.clear();
    m_cumulative.reserve(m_documents.size() + 1);
    m_cumulative << 0;
    for (const int documents : std::as_const(m_documents))
        m_cumulative << m_cumulative.last() + documents;
}

qint64 KbVocabulary::prefixDocumentsSum(const QString &prefix) const
{
    if (m_terms.isEmpty())
        return 0;
    const auto first = std::lower_bound(m_terms.cbegin(), m_terms.cend(), prefix);
    // Every word starting with `prefix` sorts before `prefix` followed by the highest character.
    const auto last = std::lower_bound(first, m_terms.cend(), prefix + QChar(0xffff));
    return m_cumulative.at(last - m_terms.cbegin()) - m_cumulative.at(first - m_terms.cbegin());
}

int KbVocabulary::documents(const QString &term) const
{
    const auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), term);
    return it != m_terms.cend() && *it == term ? m_documents.at(it - m_terms.cbegin()) : 0;
}

int KbVocabulary::bestPrefixDocuments(const QString &prefix) const
{
    int best = 0;
    for (auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), prefix);
         it != m_terms.cend() && it->startsWith(prefix); ++it)
        best = std::max(best, m_documents.at(it - m_terms.cbegin()));
    return best;
}

QStringList KbVocabulary::completions(const QString &prefix, int max) const
{
    const auto first = std::lower_bound(m_terms.cbegin(), m_terms.cend(), prefix);
    const auto last = std::lower_bound(first, m_terms.cend(), prefix + QChar(0xffff));
    if (last - first > max)
        return {};
    return QStringList(first, last);
}

QStringList KbVocabulary::best(QVector<Candidate> candidates, int count) const
{
    std::sort(candidates.begin(), candidates.end(), [this](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return m_documents.at(a.index) > m_documents.at(b.index);
    });
    QStringList words;
    for (const Candidate &c : candidates) {
        if (words.size() >= count)
            break;
        words << m_terms.at(c.index);
    }
    return words;
}

QStringList KbVocabulary::corrections(const QString &word, int count, int minDocuments) const
{
    const int limit = word.size() >= 7 ? 2 : 1;
    QVector<Candidate> candidates;
    for (int i = 0; i < m_terms.size(); ++i) {
        const QString &term = m_terms.at(i);
        if (m_documents.at(i) < minDocuments || std::abs(term.size() - word.size()) > limit || term == word)
            continue;
        // A typo rarely hits both of the first two letters.
        if (term.at(0) != word.at(0) && (term.size() < 2 || word.size() < 2 || term.at(1) != word.at(1)))
            continue;
        const int distance = kbtext::editDistance(word, term, limit);
        if (distance <= limit)
            candidates.append({i, distance});
    }
    return best(std::move(candidates), count);
}

QStringList KbVocabulary::prefixCorrections(const QString &prefix, int count, int minDocuments) const
{
    QVector<Candidate> candidates;
    for (int i = 0; i < m_terms.size(); ++i) {
        const QString &term = m_terms.at(i);
        if (m_documents.at(i) < minDocuments || term.size() + 1 < prefix.size() || term.at(0) != prefix.at(0))
            continue;
        int distance = 2;
        for (qsizetype length = prefix.size() - 1; length <= prefix.size() + 1 && distance > 0; ++length) {
            if (length < 1 || length > term.size())
                continue;
            distance = std::min(distance, kbtext::editDistance(prefix, term.left(length), 1));
        }
        if (distance == 1)
            candidates.append({i, distance});
    }
    return best(std::move(candidates), count);
}

} // namespace guichet
