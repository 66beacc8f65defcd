#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace guichet {

class KbVocabulary;

// Turns what an agent types into an indexed WHERE clause over requests:
// - a reference or its start ("M3-2026-00") → a range on the reference;
// - a phone number typed any way ("04 65 71", "+33 4 65…", "0033…", a foreign one) → a range on
//   its E.164 digits (PhoneNumber::searchKey);
// - an email address or its start → a range on the email;
// - words → the full-text index over the requester's name, the subject and the address: every
//   word must match, accents and case ignored, each as a prefix ("dup mar" finds "DUPONT Marie").
// Typos: a word the index does not hold also matches the known words within one edit (two from
// seven letters: "lefebvre" → "lefevre"). Such matches are "approximate": `exactExpression()` is the
// full-text query without them, `approximateExpression()` what only they add, so that the exact
// matches can be listed first.
// Ranges (reference, phone, email) give where(); words give the full-text expressions instead.
class RequestSearchQuery
{
public:
    // `vocabulary`: the lookup index's words (RequestVocabulary); null = no typo tolerance.
    RequestSearchQuery(const QString &text, const KbVocabulary *vocabulary = nullptr);

    bool isEmpty() const { return m_where.isEmpty() && m_exact.isEmpty(); }
    bool isFullText() const { return !m_exact.isEmpty(); }

    // Ranges: an indexed WHERE clause over requests and its values.
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }

    // Words: FTS5 expressions over requests_fts.
    QString exactExpression() const { return m_exact; }
    // What likely corrections add ("(a OR b) NOT a"); empty when no word was widened.
    QString approximateExpression() const { return m_approximate; }
    bool hasApproximate() const { return !m_approximate.isEmpty(); }
    QStringList corrections() const { return m_corrections; }

    // Upper-case, without accents: "Lefèvre" → "LEFEVRE".
    static QString folded(const QString &text);

private:
    void addRange(const QString &column, const QString &prefix);
    void addWords(const QString &text, const KbVocabulary *vocabulary);

    QString m_where;
    QVariantList m_values;
    QString m_exact;
    QString m_approximate;
    QStringList m_corrections;
};

} // namespace guichet
