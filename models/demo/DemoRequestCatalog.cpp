#include "demo/DemoRequestCatalog.h"

#include "repo/RequestSearchQuery.h"

namespace guichet {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

QString DemoRequestCatalog::emailPart(const QString &text)
{
    QString result;
    for (const QChar c : RequestSearchQuery::folded(text).toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'))
            result += c;
    return result;
}

const DemoRequestCatalog &DemoRequestCatalog::instance()
{
    static const DemoRequestCatalog catalog;
    return catalog;
}

DemoRequestCatalog::DemoRequestCatalog()
{
    using C = Request::Competence;
    const auto add = [this](const char *name, C competence, const char *service, int weight, bool located,
                            std::initializer_list<const char *> subjects) {
        categories.append({QString::fromUtf8(name), competence, QString::fromUtf8(service), weight, located,
                           list(subjects)});
        totalWeight += weight;
    };
    add("Voirie", C::Metropole, "Métropole – service Voirie (signalements)", 12, true,
        {"Nid-de-poule sur la chaussée", "Trottoir dégradé, risque de chute", "Plaque d'égout descellée",
         "Demande d'abaissement de trottoir", "Marquage effacé sur un passage piéton"});
    add("Propreté", C::Metropole, "Métropole – Propreté", 10, true,
        {"Dépôt sauvage d'encombrants", "Tags sur une façade", "Corbeille de rue qui déborde",
         "Déjections canines dans un square", "Nettoyage de la place après le marché"});
    add("Déchets", C::Metropole, "Métropole – Gestion des déchets", 8, true,
        {"Bac d'ordures ménagères non collecté", "Demande d'un bac de tri supplémentaire",
         "Bac cassé à remplacer", "Horaires de la déchèterie", "Demande d'un composteur collectif"});
    add("Bruit", C::Ville, "Service Hygiène et santé de la Ville", 6, true,
        {"Nuisances sonores d'un bar en soirée", "Bruit de chantier avant 7 heures",
         "Aboiements répétés dans le voisinage", "Musique amplifiée la nuit"});
    add("État civil", C::Ville, "Service de l'état civil", 12, false,
        {"Copie intégrale d'acte de naissance", "Extrait d'acte de mariage",
         "Rectification d'une erreur sur un acte", "Acte de décès pour une succession",
         "Reconnaissance anticipée d'un enfant", "Changement de prénom : constitution du dossier"});
    add("Urbanisme", C::Ville, "Service Urbanisme appliqué", 7, true,
        {"Question sur une déclaration préalable de travaux", "Suivi d'un permis de construire",
         "Consultation du plan local d'urbanisme", "Travaux sans autorisation signalés"});
    add("Stationnement", C::Ville, "Service du stationnement", 6, true,
        {"Carte de stationnement résident", "Véhicule ventouse signalé",
         "Contestation d'un forfait post-stationnement", "Demande d'une place de livraison"});
    add("Éclairage public", C::Ville, "Service de l'éclairage public", 5, true,
        {"Lampadaire en panne", "Éclairage allumé en plein jour", "Rue entière dans le noir",
         "Candélabre endommagé après un accident"});
    add("Espaces verts", C::Ville, "Service des Espaces verts", 5, true,
        {"Élagage d'un arbre devant une fenêtre", "Aire de jeux dégradée",
         "Arrosage automatique du square en panne", "Demande de plantation dans la rue"});
    add("Logement", C::Ville, "Service Habitat de la Ville (guichet enregistreur)", 5, false,
        {"Suivi d'une demande de logement social", "Signalement d'un logement insalubre",
         "Chauffage en panne chez un bailleur social", "Aide pour constituer un dossier de logement"});
    add("Aide sociale", C::Ccas, "CCAS – accueil social", 6, false,
        {"Demande d'aide alimentaire", "Domiciliation administrative", "Aide pour une facture d'énergie",
         "Portage de repas pour une personne âgée", "Rendez-vous avec une assistante sociale"});
    add("Titres d'identité (ANTS)", C::Etat, "Mairie – service des titres d'identité", 7,
        false,
        {"Pré-demande ANTS bloquée", "Passeport non reçu après six semaines",
         "Perte de carte d'identité : démarches", "Suivi d'une demande de permis de conduire",
         "Erreur d'adresse sur un certificat d'immatriculation"});
    add("Élections", C::Ville, "Service des élections", 3, false,
        {"Inscription sur les listes électorales", "Établir une procuration de vote",
         "Carte électorale non reçue"});
    add("Éducation", C::Ville, "Direction de l'éducation", 4, false,
        {"Inscription scolaire en cours d'année", "Dérogation de secteur scolaire",
         "Facture de cantine contestée", "Inscription au périscolaire"});
    add("Eau", C::Metropole, "Service de l'eau (service clients)", 2, true,
        {"Fuite d'eau sur la voie publique", "Eau trouble au robinet", "Bouche d'incendie qui fuit"});
    add("Cimetières", C::Ville, "Conservation des cimetières", 1, false,
        {"Renouvellement d'une concession", "Entretien d'une allée du cimetière"});
    add("Impôts", C::Etat, "Service des impôts des particuliers", 1, false,
        {"Question sur la taxe foncière", "Taxe d'habitation sur une résidence secondaire"});
    add("Transports", C::Autre, "Agence commerciale du réseau de transports", 2, true,
        {"Arrêt de bus déplacé", "Abonnement de transport pour un senior"});
    add("Accueil", C::Ville, "Accueil général de la mairie", 1, false,
        {"Objet trouvé déclaré", "Demande d'information générale"});

    firstNames =
        list({"Marie",     "Jean",      "Camille",  "Léa",     "Lucas",   "Chloé",   "Hugo",     "Manon",
              "Louis",     "Inès",      "Nathalie", "Sophie",  "Pierre",  "Michel",  "Isabelle", "Philippe",
              "Catherine", "Nicolas",   "Sandrine", "Julien",  "Aurélie", "Thomas",  "Emma",     "Nathan",
              "Jade",      "Karim",     "Fatima",   "Mohamed", "Amina",   "Youssef", "Aïcha",    "Mamadou",
              "Awa",       "Mehmet",    "Elif",     "Minh",    "Linh",    "Ana",     "João",     "Giulia",
              "Hélène",    "Françoise", "Gérard",   "Josiane", "Renée",   "Noël",    "Zoé",      "Éloïse",
              "Maël",      "Anaïs",     "Théo",     "Benoît",  "Cécile",  "Agnès",   "Joël",     "Stéphane",
              "Thérèse",   "Jérôme",    "Gaëlle",   "Océane"});
    const QStringList names = list(
        {"Martin",   "Bernard",  "Dubois",   "Thomas",   "Robert",   "Richard",   "Petit",    "Durand",
         "Leroy",    "Moreau",   "Simon",    "Laurent",  "Lefèvre",  "Michel",    "Garcia",   "David",
         "Bertrand", "Roux",     "Vincent",  "Fournier", "Morel",    "Girard",    "André",    "Lefebvre",
         "Mercier",  "Dupont",   "Lambert",  "Bonnet",   "François", "Martinez",  "Legrand",  "Garnier",
         "Faure",    "Rousseau", "Blanc",    "Guérin",   "Müller",   "Henry",     "Roussel",  "Perrin",
         "Morin",    "Mathieu",  "Clément",  "Gauthier", "Dumont",   "Lopez",     "Fontaine", "Chevalier",
         "Benali",   "Haddad",   "Nguyen",   "Diallo",   "Traoré",   "Mendy",     "Kaya",     "Yılmaz",
         "Rossi",    "Pereira",  "Da Silva", "Ferreira", "Cohen",    "Ben Salah", "Boucher",  "Brun",
         "Meyer",    "Schmitt",  "Colin",    "Caron",    "Lemaire",  "N'Diaye"});
    for (const QString &name : names) {
        surnames << RequestSearchQuery::folded(name);
        surnameEmails << emailPart(name);
    }
    for (const QString &name : std::as_const(firstNames))
        firstNameEmails << emailPart(name);

    streets = list({"rue de la République",
                    "rue Victor-Hugo",
                    "avenue Jean-Jaurès",
                    "rue Garibaldi",
                    "cours Gambetta",
                    "rue Paul-Bert",
                    "rue Duguesclin",
                    "rue de Marseille",
                    "avenue Berthelot",
                    "rue Saint-Georges",
                    "montée de la Grande-Côte",
                    "rue Vendôme",
                    "quai Saint-Vincent",
                    "rue Mercière",
                    "boulevard des Belges",
                    "rue de Créqui",
                    "avenue Félix-Faure",
                    "rue Marietton",
                    "grande rue de la Croix-Rousse",
                    "rue Ney",
                    "rue des Tables-Claudiennes",
                    "place du Marché",
                    "chemin de Montauban",
                    "rue du Bourbonnais",
                    "avenue des Frères-Lumière",
                    "rue Pasteur",
                    "rue Sainte-Hélène",
                    "allée des Tilleuls",
                    "impasse des Jardins",
                    "rue de l'Abondance"});
    notes = list({"Usager rappelé : précisions obtenues sur le lieu exact.",
                  "Pièce complémentaire reçue par courriel et jointe au dossier.",
                  "Relance téléphonique du service instructeur.",
                  "L'usager est passé à l'accueil pour connaître l'avancement ; informé du délai.",
                  "Intervention programmée par le service, date communiquée à l'usager.",
                  "Photo transmise par l'usager, ajoutée au dossier.",
                  "Usager orienté vers la permanence du service le mardi matin."});
    const QStringList acks = list(
        {"Accusé de réception remis au guichet", "Accusé de réception envoyé par SMS",
         "Accusé de réception envoyé par courrier", "Accusé de réception automatique envoyé par courriel",
         "Accusé de réception automatique envoyé par courriel",
         "Accusé de réception envoyé en message privé"});
    const QStringList answers =
        list({"Réponse remise à l'usager au guichet", "Usager rappelé : réponse donnée par téléphone",
              "Réponse envoyée par courrier", "Réponse envoyée par courriel", "Réponse envoyée par courriel",
              "Réponse envoyée en message privé"});
    for (int i = 0; i < 6; ++i) {
        ackText[i] = acks.at(i);
        answerText[i] = answers.at(i);
    }
    closeTexts = list({"Demande close : intervention réalisée.", "Demande close après réponse à l'usager.",
                       "Demande close : l'usager confirme que c'est réglé.",
                       "Demande close : réorientée vers le service compétent."});
}

} // namespace guichet
