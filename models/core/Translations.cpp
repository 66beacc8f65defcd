#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

QString interfaceLanguageFor(const QStringList &uiLanguages, const QString &requested)
{
    if (requested == QLatin1String("fr") || requested == QLatin1String("en"))
        return requested;
    const QString first = uiLanguages.isEmpty() ? QString() : uiLanguages.first();
    // English is the source language; every other language without a translation gets French.
    return first.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
}

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    const QString language = interfaceLanguageFor(QLocale::system().uiLanguages(), requested);
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return language;
    }
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    auto *guichet = new QTranslator(&app);
    if (guichet->load(QStringLiteral(":/i18n/guichet_fr.qm")))
        QCoreApplication::installTranslator(guichet);
    else
        qWarning("guichet: the French translation is missing from the build");
    return language;
}

} // namespace guichet
