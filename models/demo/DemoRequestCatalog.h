#pragma once

#include "domain/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// The French vocabulary of the demo requests: what a town hall is asked about, who is competent,
// who asks, where they live, and the wording of each step of a request's history.
class DemoRequestCatalog
{
public:
    struct Category
    {
        QString name; // "Voirie", "État civil", …
        Request::Competence competence;
        QString service; // the competent service
        int weight;      // how often it comes up
        bool located;    // about a place in the street (description gives it)
        QStringList subjects;
    };

    QList<Category> categories;
    int totalWeight = 0;
    QStringList firstNames;
    QStringList surnames;      // upper case, without accents ("LEFEVRE"), as filed
    QStringList surnameEmails; // lower-case ASCII ("lefevre") for email addresses
    QStringList firstNameEmails;
    QStringList streets;
    QStringList notes;     // follow-up notes
    QString ackText[6];    // by Request::Channel
    QString answerText[6]; // by the channel the answer goes through
    QStringList closeTexts;

    static const DemoRequestCatalog &instance();

    // Lower-case ASCII without accents, spaces and apostrophes: "Aïcha" → "aicha".
    static QString emailPart(const QString &text);

private:
    DemoRequestCatalog();
};

} // namespace guichet
