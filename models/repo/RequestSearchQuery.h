#pragma once

#include <QString>
#include <QVariantList>

namespace guichet {

// Turns what an agent types into an indexed WHERE clause over requests: reference prefix,
// phone-number prefix, email prefix, requester-name prefix. Each term is a range on an indexed
// column, so that SQLite answers with a union of index ranges even over a million rows. A name's
// later words ("Marie" in "DUPONT Marie") are matched too when the store is small enough for a scan.
class RequestSearchQuery
{
public:
    // `estimatedRows`: roughly how many requests the store holds (max rowid).
    RequestSearchQuery(const QString &text, qint64 estimatedRows);

    bool isEmpty() const { return m_where.isEmpty(); }
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }

    // Above this, only indexed terms are used.
    static constexpr qint64 kScanLimit = 100000;

    // Upper-case, without accents: "Lefèvre" → "LEFEVRE".
    static QString folded(const QString &text);

private:
    void addRange(const QString &column, const QString &prefix, bool nocase);

    QString m_where;
    QVariantList m_values;
};

} // namespace guichet
