#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// Names of a language given by its ISO 639-1 code: in the language itself (from Qt's CLDR data,
// e.g. "العربية", "українська") and in French (the counter's language, e.g. "arabe", "ukrainien").
class LanguageNames
{
public:
    static QString native(const QString &code);
    static QString french(const QString &code);
    static QString english(const QString &code);
    // Lower-case, without accents: for matching what an agent types ("ukr", "arabe", "deutsch").
    static QString searchKey(const QString &code);

    // Whether `code` is a two-letter ISO 639-1 code that QLocale knows ("ar", "uk"; not "xx", "AR").
    static bool isKnownCode(const QString &code);
    // Every ISO 639-1 code QLocale knows, sorted by code.
    static QStringList knownCodes();
};

} // namespace guichet
