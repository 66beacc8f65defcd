#pragma once

#include "domain/Article.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace guichet {

// What is said about an article wherever it is shown or printed (the reading pane, the
// "where to go" slip): who is competent, where to send the visitor, and, for a Service-Public
// fiche, the attribution its licence (Licence Ouverte 2.0) requires. No widgets: the print
// library and guichet-cli use it too.
class ArticleText
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleText)

public:
    static QString competenceLabel(Competence competence)
    {
        switch (competence) {
        case Competence::Ville:
            return tr("City (Ville)");
        case Competence::Metropole:
            return tr("Metropolis (Métropole)");
        case Competence::Etat:
            return tr("State (État)");
        case Competence::Ccas:
            return tr("Social action centre (CCAS)");
        case Competence::Autre:
            break;
        }
        return tr("Another body");
    }

    // The licence's attribution line for a Service-Public fiche (plain text), with the fiche's own
    // last-update date written in `locale`. It must not suggest any endorsement.
    static QString attribution(const Article &article, const QLocale &locale = QLocale())
    {
        const QString date = locale.toString(article.sourceModified, QStringLiteral("d MMMM yyyy"));
        return tr("Source: Direction de l'information légale et administrative (DILA) – Service-Public.fr, "
                  "“Vos droits et démarches” fiches (Particuliers), fiche %1 last updated on %2, reused "
                  "under the Licence Ouverte / Open Licence 2.0 (Etalab). Content reformatted as plain text "
                  "(XML tags removed). This reuse does not imply that the DILA or any public body endorses "
                  "this application.")
            .arg(article.externalId, date);
    }

    // The places a visitor is sent to, each once, in order: the referral's service (several
    // separated by " ; " for a Service-Public fiche), else, for a Service-Public fiche, the
    // "Où s'adresser : …" lines of its body.
    static QStringList places(const Article &article)
    {
        QStringList result;
        const auto add = [&result](const QString &place) {
            const QString trimmed = place.trimmed();
            if (!trimmed.isEmpty() && !result.contains(trimmed, Qt::CaseInsensitive))
                result << trimmed;
        };
        if (!article.isServicePublic()) {
            add(article.referral.service);
            return result;
        }
        for (const QString &place : article.referral.service.split(QStringLiteral(" ; ")))
            add(place);
        if (!result.isEmpty())
            return result;
        static const QString prefix = QStringLiteral("Où s'adresser :");
        for (const QString &block : article.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            const QString line = block.trimmed();
            if (line.startsWith(prefix))
                add(line.mid(prefix.size()));
        }
        return result;
    }

    // The online services and forms a Service-Public fiche links to (its "services"): title
    // and resource id ("R45668"), in the fiche's order.
    struct OnlineService
    {
        QString id;
        QString type; // "Téléservice", "Formulaire"…
        QString title;
    };
    static QList<OnlineService> onlineServices(const Article &article)
    {
        QList<OnlineService> result;
        for (const QJsonValue &value : article.extra.value(QStringLiteral("services")).toArray()) {
            const QJsonObject service = value.toObject();
            const QString title = service.value(QStringLiteral("title")).toString().trimmed();
            if (!title.isEmpty())
                result.append({service.value(QStringLiteral("id")).toString(),
                               service.value(QStringLiteral("type")).toString(), title});
        }
        return result;
    }
};

} // namespace guichet
