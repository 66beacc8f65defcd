#include "sms/SmsSegments.h"

#include <QList>
#include <QStringView>

namespace guichet {

namespace {

// The basic table of GSM 03.38 outside printable ASCII, and the ASCII characters it lacks (they
// are in the extension table, or not at all for the backquote).
constexpr QStringView kBasicNonAscii = u"£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà";
constexpr QStringView kAsciiNotBasic = u"`[]{}\\^|~";
constexpr QStringView kExtension = u"\f^{}\\[~]|€";

// Look-alikes that a decomposition does not give.
struct Fold
{
    char16_t from;
    const char16_t *to;
};
constexpr Fold kFolds[] = {
    {u'\u2018', u"'"},  {u'\u2019', u"'"},  {u'\u201A', u"'"},  {u'\u2032', u"'"},   {u'\u00B4', u"'"},
    {u'\u201C', u"\""}, {u'\u201D', u"\""}, {u'\u201E', u"\""}, {u'\u00AB', u"\""},  {u'\u00BB', u"\""},
    {u'\u2010', u"-"},  {u'\u2011', u"-"},  {u'\u2013', u"-"},  {u'\u2014', u"-"},   {u'\u2212', u"-"},
    {u'\u00A0', u" "},  {u'\u202F', u" "},  {u'\u2009', u" "},  {u'\u2026', u"..."}, {u'\u0153', u"oe"},
    {u'\u0152', u"OE"}, {u'\u00B0', u"o"},  {u'\u2022', u"-"},  {u'`', u"'"},
};

} // namespace

bool SmsSegments::isGsmBasic(char32_t c)
{
    if (c == u'\n' || c == u'\r')
        return true;
    if (c >= 0x20 && c < 0x7F)
        return !kAsciiNotBasic.contains(QChar(static_cast<char16_t>(c)));
    return c < 0x10000 && kBasicNonAscii.contains(QChar(static_cast<char16_t>(c)));
}

bool SmsSegments::isGsmExtension(char32_t c)
{
    return c < 0x10000 && kExtension.contains(QChar(static_cast<char16_t>(c)));
}

bool SmsSegments::isGsm(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (!isGsmBasic(c) && !isGsmExtension(c))
            return false;
    return true;
}

SmsSegments SmsSegments::measure(const QString &text)
{
    SmsSegments result;
    const QList<uint> codePoints = text.toUcs4();
    result.characters = static_cast<int>(codePoints.size());
    int septets = 0;
    bool gsm = true;
    for (const uint c : codePoints) {
        if (isGsmBasic(c)) {
            septets += 1;
        } else if (isGsmExtension(c)) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    result.encoding = gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    result.units = gsm ? septets : static_cast<int>(text.size());
    const int single = gsm ? kGsmSingle : kUcs2Single;
    const int part = gsm ? kGsmPart : kUcs2Part;
    if (result.units == 0)
        result.segments = 0;
    else if (result.units <= single)
        result.segments = 1;
    else
        result.segments = (result.units + part - 1) / part;
    return result;
}

int SmsSegments::unitsPerSegment() const
{
    if (encoding == Encoding::Gsm7)
        return segments > 1 ? kGsmPart : kGsmSingle;
    return segments > 1 ? kUcs2Part : kUcs2Single;
}

QString SmsSegments::foldToGsm(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isGsmBasic(c) || isGsmExtension(c)) {
            folded += QString::fromUcs4(&c, 1);
            continue;
        }
        bool done = false;
        for (const Fold &fold : kFolds) {
            if (fold.from == c) {
                folded += QString::fromUtf16(fold.to);
                done = true;
                break;
            }
        }
        if (done)
            continue;
        // ô = o + circumflex, ç = c + cedilla: keep the letter when it is in the alphabet.
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        if (decomposed.size() > 1 && isGsmBasic(decomposed.at(0).unicode()))
            folded += decomposed.at(0);
        else
            folded += QString::fromUcs4(&c, 1);
    }
    return folded;
}

} // namespace guichet
