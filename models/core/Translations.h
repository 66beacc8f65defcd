#pragma once

#include <QString>

class QCoreApplication;

namespace guichet {

// Installs the translators: French for a French system, and French too when the system's language
// has no translation of its own (a French counter); English only when asked for (source strings)
// or when the system is English. `requested` is "fr", "en" or empty (follow the system).
// Returns the language in use ("fr" or "en").
QString installTranslations(QCoreApplication &app, const QString &requested = {});

// The language chosen for the system's UI languages (QLocale::uiLanguages, most wanted first).
QString interfaceLanguageFor(const QStringList &uiLanguages, const QString &requested = {});

} // namespace guichet
