// The demo city's local procedures (written for the demo; fictitious phone numbers).
#include "demo/DemoArticleSeeds.h"

namespace guichet {

const QList<DemoArticleSeed> &demoProcedureSeeds()
{
    static const QList<DemoArticleSeed> seeds = {
        {"cni-rdv", "Carte d'identité et passeport : prise de rendez-vous",
         "La demande de carte d'identité ou de passeport se fait uniquement sur rendez-vous, dans n'importe quelle mairie équipée.",
         "ville", "carte d'identité|CNI|passeport|rendez-vous|ANTS",
         "Numéro de pré-demande ANTS (ou formulaire papier)|Photo d'identité de moins de 6 mois|Justificatif de domicile de moins d'un an|Ancien titre|Timbre fiscal pour un passeport ou une carte perdue",
         R"(## Le principe

Les demandes de **carte nationale d'identité (CNI)** et de **passeport** sont reçues **uniquement sur rendez-vous**, à l'Hôtel de Ville et dans les neuf mairies d'arrondissement. L'usager peut déposer sa demande dans n'importe quelle mairie équipée d'un dispositif de recueil, quel que soit son domicile.

## Comment prendre rendez-vous

- au guichet, avec l'agent d'accueil (onglet Rendez-vous de Guichet, motif « Carte d'identité / passeport ») ;
- par téléphone au standard : 04 65 71 10 00 ;
- en ligne sur le site de la Ville.

Un rendez-vous = une personne. Pour une famille, réserver autant de créneaux que de demandes.

## Avant le rendez-vous

Conseiller la **pré-demande en ligne sur le site de l'ANTS** : l'usager note son numéro de pré-demande ou imprime le récapitulatif. Les personnes éloignées du numérique peuvent être accompagnées à la Maison France Services ou remplir un formulaire papier au guichet.

## Le jour du rendez-vous

Arriver 5 minutes en avance avec les pièces originales. Un mineur doit être présent avec son représentant légal. Les empreintes sont relevées à partir de 12 ans.

## Retrait

Le titre est retiré dans la mairie du dépôt, en général 3 à 6 semaines plus tard ; un SMS prévient l'usager. Un titre non retiré dans les 3 mois est détruit.)",
         "", "", "", "", "F1342|F21090|F1344|F21246|V-passeport-urgent"},
        {"passeport-urgent", "Passeport en urgence : que dire à l'usager",
         "En cas de départ imminent pour un motif impérieux, la mairie peut signaler la demande comme urgente ; la préfecture décide.",
         "ville", "passeport|urgence|voyage|préfecture",
         "Justificatif de l'urgence (billet, convocation, certificat médical)|Pièces habituelles du passeport",
         R"(## Ce que la mairie peut faire

Aucun passeport n'est délivré « en express » au guichet. Si l'usager doit partir pour un **motif impérieux** (raison médicale, professionnelle, décès d'un proche), l'agent :

1. propose le premier créneau disponible (voir aussi les créneaux libérés le matin même) ;
2. joint à la demande le justificatif de l'urgence ;
3. signale la demande comme urgente dans l'application de recueil.

## Passeport temporaire

Seule la **préfecture** peut délivrer un passeport temporaire, valable un an au plus. L'orienter vers la préfecture, sur rendez-vous.

À noter : un voyage touristique n'est pas un motif d'urgence.)",
         "Préfecture – bureau des titres", "106 rue Pierre Corneille", "Du lundi au vendredi, 9 h – 16 h, sur rendez-vous", "04 65 71 90 10", "F1373|F1035|V-cni-rdv"},
        {"acte-naissance", "Actes de naissance, de mariage et de décès",
         "Un acte d'état civil se demande à la mairie du lieu de l'événement, en ligne, par courrier ou au guichet.",
         "ville", "état civil|acte de naissance|acte de mariage|acte de décès|copie intégrale|extrait",
         "Pièce d'identité du demandeur|Livret de famille pour une copie intégrale demandée par un parent",
         R"(## Qui délivre l'acte

La mairie **du lieu de l'événement** (naissance, mariage, décès). Pour un événement survenu dans la ville, le service État civil de l'Hôtel de Ville ou la mairie d'arrondissement délivre l'acte, gratuitement.

## Comment le demander

- au guichet, sur présentation d'une pièce d'identité : délivrance immédiate pour les actes numérisés ;
- en ligne sur le site de la Ville : envoi par courrier sous 5 jours ouvrés ;
- par courrier, avec une enveloppe timbrée.

## Copie intégrale ou extrait ?

- la **copie intégrale** n'est délivrée qu'à la personne concernée, ses ascendants, descendants, conjoint, ou sur autorisation ;
- l'**extrait avec filiation** est souvent demandé pour un mariage ou un PACS ;
- l'**extrait sans filiation** peut être demandé par toute personne.

Né à l'étranger : orienter vers le Service central d'état civil de Nantes (démarche en ligne).)",
         "", "", "", "", "F1427|V-pacs"},
        {"pacs", "PACS : enregistrement en mairie",
         "La déclaration de PACS est enregistrée sur rendez-vous par l'officier d'état civil de la mairie de résidence commune.",
         "ville", "PACS|pacte civil de solidarité|couple|état civil",
         "Convention de PACS (formulaire cerfa 15726 ou convention rédigée)|Déclaration conjointe (cerfa 15725)|Attestations sur l'honneur de non-parenté et de résidence commune|Acte de naissance de moins de 3 mois de chaque partenaire|Pièce d'identité de chaque partenaire",
         R"(## Où

À la mairie de la **résidence commune** du couple (ou chez un notaire). Les deux partenaires viennent ensemble, **sur rendez-vous** (motif « PACS »).

## Déroulement

1. Dépôt du dossier complet au guichet, vérification par l'agent ;
2. rendez-vous d'enregistrement avec l'officier d'état civil, environ 20 minutes ;
3. remise du récépissé d'enregistrement et de la convention visée.

## Modification ou dissolution

Même mairie, sur rendez-vous ; la dissolution peut aussi être envoyée par courrier recommandé.

À noter : aucune cérémonie n'est organisée pour un PACS ; certains arrondissements proposent un moment convivial en salle des mariages, à demander lors du dépôt.)",
         "", "", "", "", "F1618|V-acte-naissance"},
        {"mariage", "Mariage : dépôt du dossier et publication des bans",
         "Le dossier de mariage se dépose au moins deux mois avant la date souhaitée, en présence des deux futurs époux.",
         "ville", "mariage|état civil|bans|témoins",
         "Dossier de mariage de la Ville complété|Acte de naissance de moins de 3 mois (6 mois si établi à l'étranger)|Justificatif de domicile|Pièce d'identité des futurs époux et des témoins",
         R"(## Où se marier

Dans la commune où l'un des futurs époux, ou l'un de leurs parents, a son domicile ou sa résidence depuis au moins un mois.

## Étapes

- retrait du dossier au guichet ou en ligne ;
- dépôt du dossier complet **sur rendez-vous**, au moins 2 mois avant la date ;
- audition des futurs époux si l'officier d'état civil l'estime nécessaire ;
- publication des bans pendant 10 jours ;
- célébration en salle des mariages.

Un usager qui ne parle pas français peut demander un interprète pour l'audition et la cérémonie : voir l'onglet Interprétariat.)",
         "", "", "", "", "V-acte-naissance"},
        {"recensement", "Recensement citoyen à 16 ans",
         "Tout jeune Français doit se faire recenser à la mairie de son domicile dans les trois mois qui suivent ses 16 ans.",
         "ville", "recensement|16 ans|JDC|journée défense et citoyenneté|jeunes",
         "Pièce d'identité du jeune|Livret de famille|Justificatif de domicile",
         R"(## Qui

Le jeune lui-même, ou son représentant légal, **sans rendez-vous** à la mairie du domicile, ou en ligne.

## Ce que remet la mairie

Une **attestation de recensement**, à conserver précieusement : elle est demandée pour s'inscrire aux examens (baccalauréat, permis de conduire) avant 25 ans. La mairie n'en délivre pas de duplicata : en cas de perte, orienter vers le centre du service national.

## Ensuite

Le jeune est convoqué à la **Journée défense et citoyenneté (JDC)** et inscrit automatiquement sur les listes électorales à 18 ans.)",
         "Centre du service national", "Quartier Général Frère, 22 avenue Leclerc", "Du lundi au vendredi, 9 h – 16 h", "04 65 71 90 30", ""},
        {"attestation-accueil", "Attestation d'accueil d'un visiteur étranger",
         "L'hébergeant demande en mairie la validation d'une attestation d'accueil pour un visiteur étranger venant pour moins de 3 mois.",
         "ville", "attestation d'accueil|étranger|visa|hébergement|visite familiale",
         "Pièce d'identité de l'hébergeant (ou titre de séjour)|Justificatif de domicile récent|Titre de propriété ou bail|Timbre fiscal de 30 €|Informations sur le visiteur (nom, date de naissance, passeport)",
         R"(## Qui fait la demande

L'**hébergeant**, en personne, à la mairie de son domicile, **sur rendez-vous** (motif « Attestation d'accueil »).

## Instruction

Le service vérifie que le logement permet d'accueillir le visiteur dans des conditions normales. Une visite du logement peut être demandée. Délai : jusqu'à un mois ; l'absence de réponse vaut refus.

## Après validation

L'hébergeant envoie l'original au visiteur, qui le présente au consulat pour sa demande de visa puis à la frontière.

À noter : le visiteur doit avoir une assurance médicale couvrant son séjour.)",
         "", "", "", "", "F2191"},
        {"legalisation", "Légalisation de signature",
         "La mairie certifie la signature d'un document sous seing privé, en présence du signataire.",
         "ville", "légalisation|signature|authentification",
         "Document à signer, non signé|Pièce d'identité avec photo|Justificatif de domicile",
         R"(## Conditions

Le signataire **habite la commune**, vient **en personne** et signe **devant l'agent**. Le document doit être rédigé en français (ou accompagné d'une traduction).

## Ce que la mairie ne fait pas

- certifier conforme une copie (supprimé depuis 2001) ;
- légaliser un acte destiné à l'étranger : orienter vers le bureau des légalisations du ministère des affaires étrangères.)",
         "", "", "", "", ""},
        {"listes-electorales", "Inscription sur les listes électorales",
         "L'inscription se fait toute l'année, en ligne ou au guichet, jusqu'au sixième vendredi avant un scrutin.",
         "ville", "élections|listes électorales|inscription|vote",
         "Pièce d'identité en cours de validité|Justificatif de domicile de moins de 3 mois|Formulaire cerfa 12669",
         R"(## Comment s'inscrire

- en ligne sur service-public.fr ;
- au guichet de la mairie d'arrondissement du domicile, sans rendez-vous.

## Cas particuliers

- jeune de 18 ans recensé : inscrit d'office ;
- déménagement dans la ville : signaler la nouvelle adresse pour changer de bureau de vote ;
- ressortissant européen : listes complémentaires pour les municipales et les européennes.

L'usager peut vérifier sa situation électorale en ligne.)",
         "", "", "", "", "F1604|V-procuration"},
        {"procuration", "Procuration de vote : où l'établir",
         "La procuration s'établit au commissariat, à la gendarmerie ou au tribunal, pas à la mairie.",
         "etat", "procuration|vote|élections",
         "Pièce d'identité du mandant|Informations sur le mandataire",
         R"(## À dire à l'usager

La mairie **n'établit pas** les procurations. L'électeur (le mandant) se présente au **commissariat**, à la **gendarmerie** ou au tribunal, avec une pièce d'identité, après avoir éventuellement rempli sa demande en ligne.

## Ce que fait la mairie

Elle reçoit la procuration et l'inscrit sur la liste d'émargement. Le jour du vote, le mandataire se présente au bureau de vote du mandant avec sa propre pièce d'identité.)",
         "Commissariat de police de l'arrondissement", "Voir la liste des commissariats sur le site de la préfecture", "24 h/24", "17", "F1604|F35316"},
        {"salles-municipales", "Location de salles municipales",
         "Les associations et les habitants peuvent louer une salle municipale pour une réunion ou une fête familiale.",
         "ville", "salle|location|association|fête|réunion",
         "Formulaire de demande de salle|Attestation d'assurance responsabilité civile|Statuts de l'association (associations)|Chèque de caution",
         R"(## Qui peut réserver

Les associations domiciliées dans la ville, les habitants pour un événement familial, les copropriétés pour leurs assemblées générales.

## Comment

Demande écrite **au moins 6 semaines avant**, à la mairie d'arrondissement où se trouve la salle. La réservation n'est ferme qu'après signature de la convention et versement de la caution.

## Tarifs

Gratuité pour les associations de l'arrondissement en semaine ; tarif selon la salle et la durée pour les particuliers. Le barème est affiché au guichet.)",
         "", "", "", "", ""},
        {"objets-trouves", "Objets trouvés",
         "Les objets trouvés sur la voie publique sont centralisés au service des objets trouvés de la Ville.",
         "ville", "objets trouvés|perte|papiers perdus|clés",
         "Pièce d'identité|Description précise de l'objet",
         R"(## Un usager a trouvé un objet

L'objet peut être déposé dans n'importe quelle mairie : l'agent remplit la fiche de dépôt et le transmet au service central. Les **papiers d'identité** trouvés sont remis au commissariat ou à la mairie, qui les renvoie à la préfecture.

## Un usager a perdu un objet

Le service des objets trouvés conserve les objets un an et un jour. Les recherches se font sur place ou par téléphone.

À noter : un objet perdu dans les transports en commun est d'abord à rechercher auprès du réseau de transport.)",
         "Service municipal des objets trouvés", "Hôtel de Ville, 1 place de la Comédie", "Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 16 h 30", "04 65 71 10 25", "V-perte-papiers"},
        {"cimetieres", "Cimetières : concessions et inhumations",
         "Achat, renouvellement et reprise des concessions funéraires, autorisations d'inhumation.",
         "ville", "cimetière|concession|inhumation|obsèques|décès",
         "Acte de décès|Titre de concession|Pièce d'identité du demandeur",
         R"(## Concessions

Les concessions sont accordées pour 15, 30 ou 50 ans. Le **renouvellement** est possible dans les deux ans qui suivent l'échéance ; au-delà, la Ville peut reprendre l'emplacement.

## Inhumation

L'entreprise de pompes funèbres choisie par la famille fait les démarches auprès du service des cimetières. La famille n'a en général pas à se déplacer.

## Orienter

Pour toute question de concession : conservation des cimetières. Pour une déclaration de décès : service État civil.)",
         "Conservation des cimetières", "Cimetière de Loyasse, place de Loyasse", "Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 16 h 30", "04 65 71 10 40", "V-deces"},
        {"deces", "Déclaration de décès",
         "Un décès est déclaré dans les 24 heures à la mairie du lieu du décès, le plus souvent par l'entreprise de pompes funèbres.",
         "ville", "décès|déclaration|état civil|obsèques",
         "Certificat de décès établi par le médecin|Pièce d'identité du défunt|Livret de famille",
         R"(## Qui déclare

Un proche ou, le plus souvent, l'entreprise de pompes funèbres, à la mairie **du lieu du décès**.

## Ensuite

L'état civil établit l'acte de décès ; des copies sont délivrées gratuitement aux proches. L'agent peut remettre la fiche « Démarches après un décès » (banque, caisses de retraite, CAF, impôts).)",
         "", "", "", "", "V-cimetieres"},
        {"inscription-scolaire", "Inscription scolaire en maternelle et en élémentaire",
         "Les inscriptions dans les écoles publiques se font auprès de la mairie d'arrondissement, puis à l'école.",
         "ville", "école|inscription scolaire|maternelle|élémentaire|enfant",
         "Livret de famille ou acte de naissance de l'enfant|Justificatif de domicile de moins de 3 mois|Carnet de santé (vaccinations)|Jugement de divorce le cas échéant",
         R"(## Calendrier

Pour la rentrée de septembre, les inscriptions ont lieu de **janvier à mars**. En cours d'année (déménagement), s'adresser au guichet sans attendre.

## Étapes

1. inscription en mairie d'arrondissement ou en ligne : la mairie affecte l'école de secteur ;
2. admission par la directrice ou le directeur de l'école, avec le certificat d'inscription.

## Dérogation

Une demande de dérogation de secteur se fait par écrit ; la commission se réunit en mai.)",
         "", "", "", "", "V-cantine"},
        {"cantine", "Restauration scolaire et accueil périscolaire",
         "Inscription à la cantine et au périscolaire, tarifs selon le quotient familial.",
         "ville", "cantine|restauration scolaire|périscolaire|quotient familial|tarif",
         "Attestation de quotient familial CAF|Justificatif de domicile",
         R"(## Inscription

En ligne sur l'espace famille de la Ville, ou au guichet de la mairie d'arrondissement. L'inscription est annuelle.

## Tarifs

Le tarif dépend du **quotient familial** ; sans attestation, le tarif maximal s'applique. Un usager en difficulté pour payer peut être orienté vers le CCAS.)",
         "", "", "", "", "V-inscription-scolaire|V-ccas-aides"},
        {"changement-adresse", "Déménagement : les démarches à signaler",
         "Ce que l'usager qui déménage dans la ville doit signaler, et à qui.",
         "ville", "déménagement|changement d'adresse|listes électorales|carte grise",
         "",
         R"(## À la mairie

- changement de bureau de vote (listes électorales) ;
- changement d'école, de cantine ;
- ramassage des encombrants (Métropole).

## En ligne

Le service en ligne de changement de coordonnées prévient en une fois les caisses (CAF, CPAM, retraite), les impôts et les fournisseurs d'énergie. La **carte grise** doit être modifiée dans le mois sur le site de l'ANTS.)",
         "", "", "", "", "V-listes-electorales"},
        {"bruit", "Nuisances sonores : bruit de voisinage",
         "Que conseiller à un usager gêné par le bruit d'un voisin, d'un chantier ou d'un établissement.",
         "ville", "bruit|voisinage|nuisances|tapage|chantier",
         "",
         R"(## Bruit de voisinage

Conseiller d'abord le dialogue, puis un courrier, puis le **conciliateur de justice** (permanence gratuite en mairie). En cas de tapage nocturne : police municipale ou police nationale (17).

## Chantier, bar, commerce

Signalement au service Hygiène et santé de la Ville, qui peut faire un contrôle.)",
         "Police municipale", "Hôtel de Ville, 1 place de la Comédie", "7 j/7, 7 h – 2 h", "04 65 71 10 17", "V-conciliateur"},
        {"perte-papiers", "Papiers perdus ou volés : que faire",
         "Selon le document perdu ou volé, la démarche se fait en mairie, au commissariat ou en ligne.",
         "ville", "perte|vol|papiers|carte d'identité|passeport|permis|carte grise",
         "",
         R"(## Carte d'identité ou passeport

- **perte** : la déclaration se fait lors de la demande du nouveau titre, en mairie, sur rendez-vous ;
- **vol** : déclaration au commissariat ou à la gendarmerie, puis rendez-vous en mairie.

Un timbre fiscal est demandé pour remplacer une carte d'identité perdue ou volée.

## Permis de conduire, carte grise

Démarche en ligne sur le site de l'ANTS ; en cas de vol, déclaration au commissariat d'abord.)",
         "", "", "", "", "F1344|F1153|F21246|F1726|V-cni-rdv"},
        {"ecrivain-public", "Écrivain public : aide aux courriers et dossiers",
         "Des écrivains publics aident gratuitement les usagers à rédiger un courrier ou remplir un dossier.",
         "ville", "écrivain public|courrier|aide administrative|numérique",
         "",
         R"(## Pour qui

Toute personne qui a besoin d'aide pour écrire un courrier, comprendre un document ou remplir un formulaire, y compris en ligne.

## Où et quand

Permanences gratuites dans chaque mairie d'arrondissement, sur rendez-vous au guichet. Voir la fiche du site pour les horaires.

Pour les démarches en ligne de l'État (impôts, CAF, ANTS), la Maison France Services propose aussi un accompagnement.)",
         "", "", "", "", "V-france-services"},
        {"conciliateur", "Conciliateur de justice",
         "Le conciliateur aide à régler à l'amiable un litige de la vie quotidienne, gratuitement.",
         "autre", "conciliateur|litige|voisinage|justice|amiable",
         "Tout document utile au litige (courriers, contrat, photos)",
         R"(## Pour quels litiges

Conflits de voisinage, litiges entre locataire et propriétaire, avec un artisan ou un commerçant. Pas les affaires familiales ni les litiges avec l'administration.

## Comment

Permanences gratuites en mairie, sur rendez-vous au guichet.)",
         "Conciliateur de justice (permanence en mairie)", "Mairie d'arrondissement", "Sur rendez-vous", "04 65 71 10 60", "V-bruit"},
        {"carte-stationnement-residant", "Stationnement résidant",
         "Les habitants peuvent obtenir un abonnement de stationnement résidant dans leur zone.",
         "ville", "stationnement|résidant|voiture|abonnement",
         "Carte grise du véhicule à l'adresse|Justificatif de domicile|Avis d'imposition ou quittance de loyer",
         R"(## Demande

En ligne sur le site de la Ville, ou au guichet de l'Hôtel de Ville. Le véhicule doit être immatriculé à l'adresse du domicile.

Un usager qui conteste un forfait post-stationnement est orienté vers la procédure de recours indiquée sur l'avis.)",
         "", "", "", "", ""},
        {"animaux", "Chiens dangereux : permis de détention",
         "Le propriétaire d'un chien de 1re ou 2e catégorie demande un permis de détention à la mairie.",
         "ville", "chien|animal|permis de détention|catégorie",
         "Attestation d'aptitude|Évaluation comportementale|Assurance responsabilité civile|Certificat de vaccination antirabique|Identification du chien",
         R"(## Démarche

Dépôt du dossier complet à la mairie du domicile, sur rendez-vous. Le permis est délivré par le maire.

Animal errant ou perdu : fourrière animale de la Métropole.)",
         "", "", "", "", ""},
        {"debit-boissons", "Ouverture d'un débit de boissons temporaire",
         "Une association qui tient une buvette doit la déclarer à la mairie au moins 15 jours avant.",
         "ville", "buvette|débit de boissons|association|manifestation",
         "Formulaire de demande d'autorisation|Statuts de l'association",
         R"(## Démarche

Demande écrite au service Réglementation de la Ville, **15 jours** au moins avant la manifestation. Cinq autorisations par an au plus pour une association.)",
         "", "", "", "", ""},
        {"occupation-domaine", "Occupation du domaine public : terrasse, échafaudage, déménagement",
         "Toute occupation du trottoir ou de la chaussée demande une autorisation préalable.",
         "ville", "voirie|terrasse|échafaudage|déménagement|stationnement",
         "Formulaire de demande|Plan de l'emplacement",
         R"(## Qui décide

Pour les déménagements et les échafaudages, la demande se fait en ligne au moins 10 jours avant. Pour les terrasses, service de l'occupation du domaine public de la Ville.

Pour les travaux sur la chaussée ou les trottoirs eux-mêmes : la Métropole (voir la fiche « Voirie »).)",
         "", "", "", "", "V-voirie"},
        {"duplicata-livret", "Livret de famille : duplicata et mise à jour",
         "Un second livret de famille se demande à la mairie du domicile ; la mise à jour est faite par la mairie de l'événement.",
         "ville", "livret de famille|duplicata|état civil",
         "Pièce d'identité|Justificatif de domicile|Informations sur les actes (dates et lieux)",
         R"(## Duplicata

En cas de perte, de vol, de divorce ou de séparation : demande à la mairie du domicile, qui le fait établir auprès des mairies qui détiennent les actes. Délai : plusieurs semaines.)",
         "", "", "", "", "V-acte-naissance"},
        {"certificat-vie", "Certificat de vie et autres attestations",
         "La mairie délivre certains certificats (vie, résidence) seulement lorsqu'un organisme étranger l'exige.",
         "ville", "certificat de vie|attestation|retraite étrangère|résidence",
         "Pièce d'identité|Formulaire de l'organisme étranger",
         R"(## À savoir

Les certificats de résidence, de vie commune ou d'hérédité ne sont plus délivrés pour les démarches françaises (une attestation sur l'honneur suffit). Pour une **caisse de retraite étrangère**, la mairie complète le formulaire de l'organisme, en présence de l'usager.)",
         "", "", "", "", ""},
    };
    return seeds;
}

} // namespace guichet
