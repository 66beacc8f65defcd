#include "domain/RequestReference.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace guichet {

namespace {

constexpr char kLetters[] = "ABCDEFGHJKLMNPQRSTVWXYZ";               // 23 letters: no I, O, U
constexpr char kTagCharacters[] = "ABCDEFGHJKLMNPQRSTVWXYZ23456789"; // and no 0, 1
constexpr int kTagSize = 6;

const QRegularExpression &standardPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z][A-Z0-9]{0,5})-(\\d{4})-(\\d{6})-([A-Z])$"));
    return pattern;
}

const QRegularExpression &provisionalPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z][A-Z0-9]{0,5})-(\\d{4})-([A-Z][A-Z2-9]{5})-(\\d{4,})-([A-Z])$"));
    return pattern;
}

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return 10 + (u - u'A');
    return -1;
}

} // namespace

QChar RequestReference::checkCharacter(const QString &body)
{
    int sum = 0;
    int weight = 1;
    for (const QChar c : body) {
        const int value = valueOf(c);
        if (value < 0)
            continue;
        // Weights 1, 2, … 22, 1, … are all distinct and non-zero modulo 23: a single wrong
        // character or two swapped neighbours change the sum.
        sum = (sum + value * weight) % 23;
        weight = weight % 22 + 1;
    }
    return QLatin1Char(kLetters[sum]);
}

QString RequestReference::make(const QString &siteCode, int year, int number)
{
    const QString body = QStringLiteral("%1-%2-%3")
                             .arg(siteCode.toUpper())
                             .arg(year, 4, 10, QLatin1Char('0'))
                             .arg(number, 6, 10, QLatin1Char('0'));
    return body + QLatin1Char('-') + checkCharacter(body);
}

QString RequestReference::prefix(const QString &siteCode, int year)
{
    return QStringLiteral("%1-%2").arg(siteCode.toUpper()).arg(year, 4, 10, QLatin1Char('0'));
}

QString RequestReference::makeProvisional(const QString &siteCode, int year, const QString &deviceTag,
                                          int number)
{
    const QString body = QStringLiteral("%1-%2-%3")
                             .arg(prefix(siteCode, year), deviceTag.toUpper())
                             .arg(number, 4, 10, QLatin1Char('0'));
    return body + QLatin1Char('-') + checkCharacter(body);
}

QString RequestReference::deviceTag(const QString &deviceId)
{
    const QByteArray hash = QCryptographicHash::hash(deviceId.toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | static_cast<quint8>(hash.at(i));
    QString tag;
    tag += QLatin1Char(kLetters[bits % 23]);
    bits /= 23;
    for (int i = 1; i < kTagSize; ++i) {
        tag += QLatin1Char(kTagCharacters[bits % 31]);
        bits /= 31;
    }
    return tag;
}

bool RequestReference::isProvisional(const QString &reference)
{
    return provisionalPattern().match(reference).hasMatch() &&
           checkCharacter(reference.left(reference.size() - 2)) == reference.back();
}

bool RequestReference::isValid(const QString &reference)
{
    if (!standardPattern().match(reference).hasMatch() && !provisionalPattern().match(reference).hasMatch())
        return false;
    return checkCharacter(reference.left(reference.size() - 2)) == reference.back();
}

QString RequestReference::normalized(const QString &text)
{
    QString result = text.trimmed().toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s_./]+"));
    result.replace(separators, QStringLiteral("-"));
    return result;
}

bool RequestReference::looksLikePrefix(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,5}-[0-9A-Z-]*$"));
    return pattern.match(normalized(text)).hasMatch();
}

} // namespace guichet
