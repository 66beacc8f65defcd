#include "demo/DemoSyntheticArticles.h"

namespace guichet {

namespace {

const char *const kVariants[] = {
    "cas particulier",        "question fréquente",
    "note de service",        "rappel aux agents",
    "situation d'un mineur",  "usager hébergé",
    "usager né à l'étranger", "personne sous tutelle",
    "démarche par courrier",  "pendant les congés d'été",
    "période électorale",     "usager sans domicile stable",
    "personne âgée",          "usager malentendant",
    "démarche pour un tiers",
};

const char *const kSentences[] = {
    "Vérifier d'abord l'identité de l'usager et la pièce justificative présentée.",
    "Si le dossier est incomplet, remettre la liste des pièces manquantes et proposer un nouveau "
    "rendez-vous.",
    "L'agent peut créer une demande dans Guichet pour suivre la situation et prévenir l'usager par SMS.",
    "En cas de doute sur la compétence, consulter la fiche d'orientation ou appeler le support de la "
    "Direction des mairies.",
    "Les originaux sont rendus à l'usager immédiatement après vérification ; seules des copies sont "
    "conservées.",
    "Le délai de traitement constaté est de deux à trois semaines, davantage avant les vacances scolaires.",
    "Pour un usager qui ne parle pas français, proposer l'interprétariat par téléphone depuis l'onglet "
    "Interprétariat.",
    "Un justificatif de domicile de moins de trois mois est demandé : facture d'énergie, quittance de loyer "
    "ou avis d'imposition.",
    "Un mineur est accompagné de son représentant légal, muni de sa propre pièce d'identité.",
    "La démarche est gratuite ; seul un timbre fiscal peut être demandé dans certains cas.",
    "Noter dans la demande le nom du service contacté et la date de l'appel.",
    "Le service instructeur répond sous quinze jours ouvrés ; au-delà, une relance est envoyée "
    "automatiquement.",
    "Remettre à l'usager l'accusé de réception imprimé avec la référence de sa demande.",
    "Une permanence sans rendez-vous est organisée le premier samedi du mois dans certaines mairies.",
    "Les personnes éloignées du numérique peuvent être accompagnées par un conseiller numérique.",
    "Signaler au responsable de site toute difficulté répétée avec cette démarche.",
};

} // namespace

DemoSyntheticArticles::DemoSyntheticArticles(QList<Article> bases)
{
    for (Article &a : bases)
        if (a.siteId.isEmpty())
            m_bases << std::move(a);
}

Article DemoSyntheticArticles::make(int index, QRandomGenerator &rng) const
{
    const Article &base = m_bases.at(index % m_bases.size());
    const QString variant = QString::fromUtf8(kVariants[rng.bounded(quint32(std::size(kVariants)))]);
    Article a;
    a.source = Article::Source::City;
    a.externalId = QStringLiteral("V-var-%1").arg(index);
    a.title = QStringLiteral("%1 – %2 (n° %3)").arg(base.title, variant).arg(index + 1);
    a.summary = base.summary;
    QStringList paragraphs{QStringLiteral("Variante « %1 » de la fiche « %2 ».").arg(variant, base.title)};
    const int count = 3 + int(rng.bounded(5U));
    for (int i = 0; i < count; ++i)
        paragraphs << QString::fromUtf8(kSentences[rng.bounded(quint32(std::size(kSentences)))]);
    a.body = paragraphs.join(QStringLiteral("\n\n"));
    a.bodyFormat = Article::BodyFormat::Markdown;
    a.tags = base.tags;
    a.audience = base.audience;
    a.competence = base.competence;
    a.referral = base.referral;
    a.documents = base.documents;
    a.related = {{base.externalId, base.title}};
    return a;
}

} // namespace guichet
