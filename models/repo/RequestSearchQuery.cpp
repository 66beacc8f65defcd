#include "repo/RequestSearchQuery.h"

#include "domain/RequestReference.h"
#include "repo/RequestRepository.h"

#include <QRegularExpression>

namespace guichet {

namespace {

// Sorts after every character a prefix can be followed by (in SQLite's byte-wise UTF-8 order).
const QChar kHigh(0xFFFF);

bool isPhoneLike(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 .()/-]*$"));
    return pattern.match(text).hasMatch();
}

// The canonical spaced form of a partial French number: "046571" → "04 65 71", "+33465" → "04 65".
QString phonePrefix(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    if (text.startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("33")))
            return text; // foreign number: stored as typed
        digits = QLatin1Char('0') + digits.mid(2);
    }
    QString spaced;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 2 == 0 && i < 10)
            spaced += QLatin1Char(' ');
        spaced += digits.at(i);
    }
    return spaced;
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

void RequestSearchQuery::addRange(const QString &column, const QString &prefix, bool nocase)
{
    if (!m_where.isEmpty())
        m_where += QStringLiteral(" OR ");
    const QString collate = nocase ? QStringLiteral(" COLLATE NOCASE") : QString();
    m_where += QStringLiteral("(%1 >= ?%2 AND %1 < ?%2)").arg(column, collate);
    m_values << prefix << prefix + kHigh;
}

RequestSearchQuery::RequestSearchQuery(const QString &input, qint64 estimatedRows)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return;

    if (RequestReference::looksLikePrefix(text))
        addRange(QStringLiteral("reference"), RequestReference::normalized(text), false);

    if (isPhoneLike(text)) {
        int digits = 0;
        for (const QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 2)
            addRange(QStringLiteral("requester_phone"), phonePrefix(text), false);
        if (m_where.isEmpty())
            addRange(QStringLiteral("reference"), RequestReference::normalized(text), false);
        return;
    }

    if (text.contains(QLatin1Char('@'))) {
        addRange(QStringLiteral("requester_email"), text.toLower(), false);
        return;
    }

    addRange(QStringLiteral("requester_name"), text, true);
    const QString upper = folded(text);
    if (upper.compare(text, Qt::CaseInsensitive) != 0)
        addRange(QStringLiteral("requester_name"), upper, true);
    if (text.size() >= 3)
        addRange(QStringLiteral("requester_email"), text.toLower(), false);
    if (estimatedRows <= kScanLimit && text.size() >= 2) {
        // A later word of the name ("Marie" in "DUPONT Marie"): a scan, affordable on small stores.
        m_where += QStringLiteral(" OR requester_name LIKE ? ESCAPE '\\'");
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        m_values << QStringLiteral("% ") + escaped + QLatin1Char('%');
    }
}

} // namespace guichet
