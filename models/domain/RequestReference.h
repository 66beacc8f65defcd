#pragma once

#include <QChar>
#include <QString>

namespace guichet {

// A request's human-friendly reference: "<site code>-<year>-<6-digit number>-<check letter>",
// e.g. "M3-2026-004127-K". The check letter catches a mistyped or swapped character when an
// agent reads a reference over the phone: weighted sum of the characters modulo 23 (a prime),
// mapped to 23 letters without I, O and U (never confused with 1, 0 or V).
//
// A counter synced with a server takes its numbers from blocks the server leased to it. When it
// has none left (offline for long), it files the request under a provisional reference that is
// still unique: the device's own tag and a per-device number, "M3-2026-X7K2Q9-0001-K". The server
// keeps it as it is (it is unique: no other device has the tag, and the middle group never looks
// like a six-digit number because it starts with a letter).
class RequestReference
{
public:
    static QString make(const QString &siteCode, int year, int number);

    // "M3-2026": what a block of leased numbers is for (numbering restarts every site and year).
    static QString prefix(const QString &siteCode, int year);

    // "M3-2026-X7K2Q9-0001-K" (see above); the number has at least four digits.
    static QString makeProvisional(const QString &siteCode, int year, const QString &deviceTag, int number);

    // Six characters derived from the device id (SHA-256): a letter, then letters and digits,
    // without I, O, U, 0 and 1 so that it reads aloud without doubt. Always the same for a device.
    static QString deviceTag(const QString &deviceId);

    static bool isProvisional(const QString &reference);

    // The check letter of the body "M3-2026-004127" (dashes ignored, case-insensitive).
    static QChar checkCharacter(const QString &body);

    // Well-formed (leased/local or provisional) and with the right check letter.
    static bool isValid(const QString &reference);

    // Upper-cases, trims, and turns spaces into dashes ("m3 2026 004127 k" → "M3-2026-004127-K").
    static QString normalized(const QString &text);

    // True when the text could be the start of a reference (a site code followed by a dash).
    static bool looksLikePrefix(const QString &text);
};

} // namespace guichet
