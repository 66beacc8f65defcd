#include "core/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace guichet {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Why Parse() refused the text, in the agent's words.
QString parseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::tr("The country code of this phone number is not known.");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneNumber::tr("This is not a phone number.");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumber::tr("This phone number is too short.");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::tr("This phone number is too long.");
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return PhoneNumber::tr("This is not a valid phone number.");
}

// Why a number that parsed is still not one that exists (length first: the most common slip).
QString invalidReason(const PhoneNumberUtil &util, const i18n::phonenumbers::PhoneNumber &number)
{
    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneNumber::tr("This phone number is too short.");
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNumber::tr("This phone number is too long.");
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneNumber::tr("This phone number does not have the right number of digits.");
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNumber::tr("The country code of this phone number is not known.");
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    }
    return PhoneNumber::tr("This phone number does not exist.");
}

} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber result;
    const QString typed = input.trimmed();
    if (typed.isEmpty()) {
        result.error = tr("The phone number is empty.");
        return result;
    }
    // The utility is a thread-safe singleton: counters parse in the UI thread, the server in its own.
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const PhoneNumberUtil::ErrorType error =
        util.Parse(typed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.error = parseError(error);
        return result;
    }
    if (!util.IsValidNumber(number)) {
        result.error = invalidReason(util, number);
        return result;
    }
    result.valid = true;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = fromStd(formatted);
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    // A French counter reads French numbers the French way ("06 12 34 56 78"); any other number
    // keeps its country code so that nobody dials it as a French one.
    util.Format(number, region == "FR" ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                &formatted);
    result.display = fromStd(formatted);
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    result.mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    return result;
}

QString PhoneNumber::searchKey(const QString &input, const QString &defaultRegion)
{
    QString digits;
    for (const QChar c : input)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    // Fast path, the usual case: a French national number of ten digits.
    if (defaultRegion.compare(QLatin1String("FR"), Qt::CaseInsensitive) == 0 && digits.size() == 10 &&
        digits.startsWith(QLatin1Char('0')) && digits.at(1) != QLatin1Char('0') &&
        !input.trimmed().startsWith(QLatin1Char('+')))
        return QStringLiteral("33") + digits.mid(1);
    const PhoneNumber whole = parse(input, defaultRegion);
    if (whole.valid)
        return whole.e164.mid(1);
    const QString typed = input.trimmed();
    if (typed.startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2);
    if (defaultRegion.compare(QLatin1String("FR"), Qt::CaseInsensitive) == 0 &&
        digits.startsWith(QLatin1Char('0')))
        return QStringLiteral("33") + digits.mid(1);
    return digits;
}

} // namespace guichet
