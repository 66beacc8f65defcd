#pragma once

#include <QRandomGenerator>
#include <QString>

namespace guichet {

// A made-up visitor for a demo appointment: a name whose origin fits the language (most speak
// French, whatever their name), a fictitious mobile (06 39 98 …) and an address at example.org.
struct DemoVisitor
{
    QString name;
    QString phone; // may be empty
    QString email; // may be empty
    QString language = QStringLiteral("fr");
    bool interpreter = false;
    bool signLanguage = false;
    bool wheelchair = false;

    static DemoVisitor make(QRandomGenerator &rng);
    // Lower-case ASCII letters only ("Éloïse" → "eloise"), for logins and e-mail addresses.
    static QString asciiFold(const QString &text);
};

} // namespace guichet
