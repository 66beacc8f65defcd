#include "domain/LanguageNames.h"

#include <QHash>
#include <QLocale>

namespace guichet {

namespace {

const QHash<QString, QString> &frenchNames()
{
    static const QHash<QString, QString> names = [] {
        const char *const table[][2] = {
            {"af", "afrikaans"},  {"am", "amharique"},   {"ar", "arabe"},      {"az", "azéri"},
            {"be", "biélorusse"}, {"bg", "bulgare"},     {"bm", "bambara"},    {"bn", "bengali"},
            {"bs", "bosnien"},    {"ca", "catalan"},     {"cs", "tchèque"},    {"cy", "gallois"},
            {"da", "danois"},     {"de", "allemand"},    {"el", "grec"},       {"en", "anglais"},
            {"es", "espagnol"},   {"et", "estonien"},    {"eu", "basque"},     {"fa", "persan"},
            {"ff", "peul"},       {"fi", "finnois"},     {"fr", "français"},   {"ga", "irlandais"},
            {"he", "hébreu"},     {"hi", "hindi"},       {"hr", "croate"},     {"ht", "créole haïtien"},
            {"hu", "hongrois"},   {"hy", "arménien"},    {"id", "indonésien"}, {"it", "italien"},
            {"ja", "japonais"},   {"ka", "géorgien"},    {"kk", "kazakh"},     {"km", "khmer"},
            {"ko", "coréen"},     {"ku", "kurde"},       {"ky", "kirghiz"},    {"ln", "lingala"},
            {"lo", "lao"},        {"lt", "lituanien"},   {"lv", "letton"},     {"mg", "malgache"},
            {"mk", "macédonien"}, {"mn", "mongol"},      {"ms", "malais"},     {"my", "birman"},
            {"ne", "népalais"},   {"nl", "néerlandais"}, {"no", "norvégien"},  {"pa", "pendjabi"},
            {"pl", "polonais"},   {"ps", "pachto"},      {"pt", "portugais"},  {"ro", "roumain"},
            {"ru", "russe"},      {"rw", "kinyarwanda"}, {"sk", "slovaque"},   {"sl", "slovène"},
            {"so", "somali"},     {"sq", "albanais"},    {"sr", "serbe"},      {"sv", "suédois"},
            {"sw", "swahili"},    {"ta", "tamoul"},      {"th", "thaï"},       {"ti", "tigrigna"},
            {"tk", "turkmène"},   {"tl", "tagalog"},     {"tr", "turc"},       {"uk", "ukrainien"},
            {"ur", "ourdou"},     {"uz", "ouzbek"},      {"vi", "vietnamien"}, {"wo", "wolof"},
            {"yo", "yoruba"},     {"zh", "chinois"},
        };
        QHash<QString, QString> result;
        for (const auto &row : table)
            result.insert(QLatin1String(row[0]), QString::fromUtf8(row[1]));
        return result;
    }();
    return names;
}

QLocale::Language languageOf(const QString &code)
{
    return QLocale::codeToLanguage(code, QLocale::ISO639Part1);
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    return result.toLower();
}

} // namespace

QString LanguageNames::native(const QString &code)
{
    const QLocale::Language language = languageOf(code);
    if (language == QLocale::AnyLanguage)
        return code;
    // Qt gives the name of the language's default country variant ("American English", "español
    // de España", "简体中文"): the visitor reads the language's own plain name.
    static const QHash<QString, QString> plain = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("español")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
        {QStringLiteral("pt"), QStringLiteral("português")},
    };
    if (const auto it = plain.constFind(code); it != plain.constEnd())
        return it.value();
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? french(code) : name;
}

QString LanguageNames::french(const QString &code)
{
    const QString name = frenchNames().value(code);
    return name.isEmpty() ? english(code) : name;
}

QString LanguageNames::english(const QString &code)
{
    const QLocale::Language language = languageOf(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

QString LanguageNames::searchKey(const QString &code)
{
    return fold(QStringList{code, native(code), french(code), english(code)}.join(QLatin1Char('\n')));
}

bool LanguageNames::isKnownCode(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isLower() || !code.at(1).isLower())
        return false;
    return languageOf(code) != QLocale::AnyLanguage;
}

QStringList LanguageNames::knownCodes()
{
    static const QStringList codes = [] {
        QStringList result;
        for (int value = QLocale::AnyLanguage + 1; value <= QLocale::LastLanguage; ++value) {
            const QString code = QLocale::languageToCode(QLocale::Language(value), QLocale::ISO639Part1);
            if (code.size() == 2 && !result.contains(code))
                result << code;
        }
        result.sort();
        return result;
    }();
    return codes;
}

} // namespace guichet
