#pragma once

#include <QChar>
#include <QString>

namespace guichet {

// A request's human-friendly reference: "<site code>-<year>-<6-digit number>-<check letter>",
// e.g. "M3-2026-004127-K". The check letter catches a mistyped or swapped character when an
// agent reads a reference over the phone: weighted sum of the characters modulo 23 (a prime),
// mapped to 23 letters without I, O and U (never confused with 1, 0 or V).
class RequestReference
{
public:
    static QString make(const QString &siteCode, int year, int number);

    // The check letter of the body "M3-2026-004127" (dashes ignored, case-insensitive).
    static QChar checkCharacter(const QString &body);

    // Well-formed and with the right check letter.
    static bool isValid(const QString &reference);

    // Upper-cases, trims, and turns spaces into dashes ("m3 2026 004127 k" → "M3-2026-004127-K").
    static QString normalized(const QString &text);

    // True when the text could be the start of a reference (a site code followed by a dash).
    static bool looksLikePrefix(const QString &text);
};

} // namespace guichet
