#pragma once

#include <QCoreApplication>
#include <QString>

namespace guichet {

// A visitor's phone number, checked and normalised with libphonenumber: what the agent typed
// ("06 12 34 56 78", "+44 20 7946 0958", "0033612345678") becomes E.164 ("+33612345678") to store
// and send SMS to, and a national form to show. Only a mobile number can receive an SMS.
struct PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(guichet::PhoneNumber)

public:
    bool valid = false;
    QString e164;     // "+33612345678" (empty when not valid)
    QString display;  // "06 12 34 56 78" for a French number, "+44 20 7946 0958" for another
    bool mobile = false; // a mobile number (or one that may be: FIXED_LINE_OR_MOBILE)
    QString error;    // why it is not valid, for the agent (translated)

    // `defaultRegion`: the ISO 3166 country of a number typed without its international prefix.
    static PhoneNumber parse(const QString &input, const QString &defaultRegion = QStringLiteral("FR"));

    // The digits under which a number is stored and looked up: E.164 without the '+'
    // ("33465711234") for a whole number typed in any way, and for the start of one what its
    // E.164 form starts with ("04 65 7" → "33465 7" without the space → "334657"; "+44 20" →
    // "4420"; "0044 20" → "4420"). Empty when the text holds no digit. Only French national
    // prefixes are completed for a partial number (`defaultRegion` FR); others keep their digits.
    static QString searchKey(const QString &input, const QString &defaultRegion = QStringLiteral("FR"));
};

} // namespace guichet
