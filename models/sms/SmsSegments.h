#pragma once

#include <QString>

namespace guichet {

// How many SMS a text takes (GSM 03.38 / 3GPP TS 23.038), to show the agent before it goes and to
// keep the templates short. A text entirely in the GSM 7-bit default alphabet is counted in
// septets (the extension characters ^ { } \ [ ~ ] | € and form feed take two: an escape and the
// character) and fits 160 in one SMS, 153 per part once split (the rest carries the
// concatenation header). One character outside it — ê, â, î, ô, û, lowercase ç, an emoji, any
// non-Latin script — sends the whole text in UCS-2: 70 UTF-16 units in one SMS, 67 per part.
struct SmsSegments
{
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };
    static constexpr int kGsmSingle = 160;
    static constexpr int kGsmPart = 153;
    static constexpr int kUcs2Single = 70;
    static constexpr int kUcs2Part = 67;

    Encoding encoding = Encoding::Gsm7;
    int characters = 0; // what a reader counts (Unicode code points)
    int units = 0;      // septets (GSM 7-bit) or UTF-16 code units (UCS-2)
    int segments = 0;   // SMS sent and billed; 0 for an empty text (nothing to send)

    static SmsSegments measure(const QString &text);

    // The most units one SMS holds in this encoding, once split or not (160/153, 70/67).
    int unitsPerSegment() const;
    bool isGsm() const { return encoding == Encoding::Gsm7; }

    // The GSM 7-bit default alphabet: in the basic table (one septet) or the extension (two).
    static bool isGsmBasic(char32_t c);
    static bool isGsmExtension(char32_t c);
    static bool isGsm(const QString &text);

    // `text` with what has a plain GSM look-alike replaced by it (ô → o, ç → c, typographic quotes
    // and dashes, non-breaking spaces, œ → oe), so that a site or service name does not push a
    // whole French SMS into UCS-2 and twice the segments. What has none (Arabic, Chinese, emoji)
    // is kept: that text needs UCS-2 anyway.
    static QString foldToGsm(const QString &text);
};

} // namespace guichet
