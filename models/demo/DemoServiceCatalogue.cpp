// Demo city: the services (motifs) with precise lists of documents to bring, and the schedules on
// which each site offers them (slot = the service's duration, capacity = counters in parallel).
#include "demo/DemoServiceCatalogue.h"

#include "domain/OpeningHours.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {

struct ServiceSeed
{
    const char *code;
    const char *name;
    const char *description;
    int minutes;
    int minNoticeHours;
    int maxPerPerson;
    int maxPerPersonDays;
    const char *documents; // separated by '|'
};

const ServiceSeed kServices[] = {
    {"CNI-PASSEPORT", "Carte d'identité / passeport",
     "Dépôt d'une demande de carte nationale d'identité ou de passeport (prise d'empreintes).", 20, 24, 1, 30,
     "Numéro de pré-demande ANTS (ou formulaire cerfa rempli au guichet)|"
     "Une photo d'identité de moins de 6 mois, conforme aux normes|"
     "Justificatif de domicile de moins d'un an à votre nom|"
     "Ancienne carte d'identité ou ancien passeport|"
     "Timbre fiscal (passeport : 86 € pour un adulte ; carte perdue ou volée : 25 €)|"
     "Déclaration de perte ou de vol, le cas échéant|"
     "Acte de naissance de moins de 3 mois si la commune de naissance n'est pas dématérialisée"},
    {"ETAT-CIVIL", "Acte d'état civil",
     "Copie ou extrait d'acte de naissance, de mariage ou de décès, livret de famille.", 15, 2, 0, 0,
     "Pièce d'identité en cours de validité|"
     "Livret de famille, le cas échéant|"
     "Justificatif du lien de parenté pour l'acte d'un proche"},
    {"ELECTIONS", "Inscription sur les listes électorales",
     "Inscription ou changement d'adresse sur les listes électorales de Lyon.", 15, 2, 0, 0,
     "Pièce d'identité en cours de validité ou périmée depuis moins de 5 ans|"
     "Justificatif de domicile de moins de 3 mois|"
     "Formulaire cerfa n° 12669 (rempli sur place si besoin)"},
    {"RECENSEMENT", "Recensement citoyen",
     "Recensement des jeunes de 16 ans, obligatoire pour s'inscrire aux examens et au permis.", 15, 2, 0, 0,
     "Pièce d'identité du jeune (carte d'identité ou passeport)|"
     "Livret de famille des parents|"
     "Justificatif de domicile des parents de moins de 3 mois"},
    {"ATTESTATION-ACCUEIL", "Attestation d'accueil",
     "Attestation pour héberger un visiteur étranger pour un séjour de moins de 3 mois.", 20, 24, 1, 30,
     "Pièce d'identité de l'hébergeant (titre de séjour pour un étranger)|"
     "Titre de propriété ou bail de location|"
     "Justificatif de domicile récent|"
     "Justificatifs de ressources (3 derniers bulletins de salaire ou avis d'imposition)|"
     "Nom, date de naissance et numéro de passeport de la personne accueillie|"
     "Timbre fiscal de 30 €|"
     "Engagement de souscrire une assurance médicale si la personne n'en a pas"},
    {"LEGALISATION", "Légalisation de signature",
     "Certification de la signature d'une personne domiciliée dans la commune.", 10, 2, 0, 0,
     "Document à légaliser, non signé (la signature se fait devant l'agent)|"
     "Pièce d'identité avec photo et signature|"
     "Justificatif de domicile à Lyon"},
    {"PACS", "Enregistrement de PACS",
     "Enregistrement d'un pacte civil de solidarité, les deux partenaires présents.", 45, 72, 1, 90,
     "Convention de PACS signée (cerfa n° 15726 ou convention rédigée)|"
     "Déclaration conjointe d'un PACS et attestations sur l'honneur (cerfa n° 15725)|"
     "Acte de naissance de moins de 3 mois (6 mois si né à l'étranger) de chaque partenaire|"
     "Pièce d'identité en cours de validité de chaque partenaire"},
    {"MARIAGE", "Dépôt de dossier de mariage",
     "Dépôt du dossier et audition des futurs époux, au moins deux mois avant la date souhaitée.", 45, 168, 1,
     90,
     "Dossier de mariage complété et signé|"
     "Pièce d'identité de chaque futur époux|"
     "Acte de naissance de moins de 3 mois (6 mois si délivré à l'étranger)|"
     "Deux justificatifs de domicile de moins de 3 mois|"
     "Liste des témoins et copie de leur pièce d'identité|"
     "Certificat du notaire en cas de contrat de mariage"},
    {"INSCRIPTION-SCOLAIRE", "Inscription scolaire",
     "Inscription en maternelle ou en élémentaire dans une école publique de la ville.", 20, 2, 0, 0,
     "Livret de famille ou acte de naissance de l'enfant|"
     "Justificatif de domicile de moins de 3 mois|"
     "Carnet de santé (vaccinations obligatoires à jour)|"
     "Jugement fixant la résidence de l'enfant en cas de séparation|"
     "Certificat de radiation si l'enfant change d'école"},
    {"CONCESSION", "Concession funéraire",
     "Achat ou renouvellement d'une concession dans un cimetière de la ville.", 30, 24, 0, 0,
     "Pièce d'identité|"
     "Justificatif de domicile|"
     "Titre de concession existant (pour un renouvellement)|"
     "Acte de décès, le cas échéant|"
     "Livret de famille ou justificatif du lien avec le défunt"},
    {"NAISSANCE", "Déclaration de naissance / reconnaissance",
     "Déclaration dans les 5 jours suivant la naissance, ou reconnaissance avant ou après la naissance.", 20,
     2, 0, 0,
     "Certificat d'accouchement délivré par la maternité (déclaration de naissance)|"
     "Pièce d'identité du ou des déclarants|"
     "Justificatif de domicile de moins de 3 mois (reconnaissance)|"
     "Livret de famille, s'il existe déjà|"
     "Déclaration conjointe de choix de nom, le cas échéant"},
    {"CERTIFICAT-VIE", "Certificat de vie / de résidence",
     "Certificat demandé par une caisse de retraite, souvent étrangère, ou un organisme social.", 10, 2, 0, 0,
     "Pièce d'identité en cours de validité|"
     "Justificatif de domicile de moins de 3 mois|"
     "Formulaire de l'organisme qui le demande"},
};

// Which services a site offers, and with how many counters.
int capacityFor(const QString &siteCode, const QString &serviceCode)
{
    const bool hdv = siteCode == QLatin1String("HDV");
    if (serviceCode == QLatin1String("CONCESSION"))
        return hdv ? 2 : 0; // cemeteries are handled at the Hôtel de Ville only
    if (serviceCode == QLatin1String("CNI-PASSEPORT")) {
        if (hdv)
            return 4;
        return siteCode == QLatin1String("M2") || siteCode == QLatin1String("M5") ? 1 : 2;
    }
    if (serviceCode == QLatin1String("PACS") || serviceCode == QLatin1String("MARIAGE"))
        return hdv ? 2 : 1;
    if (serviceCode == QLatin1String("NAISSANCE"))
        return hdv ? 2
                   : (siteCode == QLatin1String("M8") || siteCode == QLatin1String("M4") ? 1
                                                                                         : 0); // maternités
    return hdv ? 3 : 1;
}

// Ceremony files (PACS, marriage) only on Tuesday and Thursday afternoons; Saturday mornings only
// identity documents and civil status.
bool offeredOn(const QString &serviceCode, int weekday, const QTime &rangeStart)
{
    if (serviceCode == QLatin1String("PACS") || serviceCode == QLatin1String("MARIAGE"))
        return (weekday == 2 || weekday == 4) && rangeStart >= QTime(13, 0);
    if (weekday == 6)
        return serviceCode == QLatin1String("CNI-PASSEPORT") || serviceCode == QLatin1String("ETAT-CIVIL");
    return true;
}

void prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        sql::fail(query.lastError(), QStringLiteral("demo: prepare"));
}

} // namespace

void generateDemoServicesAndSchedules(DemoContext &context)
{
    QSqlQuery insertService(context.db);
    prepare(insertService,
            QStringLiteral("INSERT INTO services (id, code, name, description, duration_minutes, documents, "
                           "min_notice_hours, max_per_person, max_per_person_days, version, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    for (const ServiceSeed &seed : kServices) {
        const QString code = QLatin1String(seed.code);
        const QString id = context.idFor(QStringLiteral("service"), code);
        QJsonArray documents;
        for (const QString &document : QString::fromUtf8(seed.documents).split(QLatin1Char('|')))
            documents.append(document);
        sql::run(insertService,
                 {id, code, QString::fromUtf8(seed.name), QString::fromUtf8(seed.description), seed.minutes,
                  QString::fromUtf8(QJsonDocument(documents).toJson(QJsonDocument::Compact)),
                  seed.minNoticeHours, seed.maxPerPerson, seed.maxPerPersonDays, context.stamp});
        context.serviceIds << id;
        context.serviceIdByCode.insert(code, id);
    }

    QSqlQuery insertSchedule(context.db);
    prepare(
        insertSchedule,
        QStringLiteral("INSERT INTO schedules (id, site_id, service_id, weekday, start_time, end_time, "
                       "slot_minutes, capacity, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    QSqlQuery hoursQuery(context.db);
    prepare(hoursQuery, QStringLiteral("SELECT code, opening_hours FROM sites WHERE id = ?"));
    for (const QString &siteId : std::as_const(context.siteIds)) {
        sql::run(hoursQuery, {siteId});
        if (!hoursQuery.next())
            continue;
        const QString siteCode = hoursQuery.value(0).toString();
        const OpeningHours hours = OpeningHours::fromJson(hoursQuery.value(1).toString());
        hoursQuery.finish();
        for (const ServiceSeed &seed : kServices) {
            const QString serviceCode = QLatin1String(seed.code);
            const int capacity = capacityFor(siteCode, serviceCode);
            if (capacity == 0)
                continue;
            for (int weekday = 1; weekday <= 7; ++weekday) {
                for (const OpeningHours::Range &range : hours.ranges(weekday)) {
                    if (!offeredOn(serviceCode, weekday, range.start))
                        continue;
                    // The last appointment ends by closing time.
                    const int slotTotal = range.start.secsTo(range.end) / 60 / seed.minutes;
                    if (slotTotal == 0)
                        continue;
                    const QTime end = range.start.addSecs(qint64(slotTotal) * seed.minutes * 60);
                    const QString start = range.start.toString(QStringLiteral("HH:mm"));
                    sql::run(insertSchedule,
                             {context.idFor(QStringLiteral("schedule"), QStringLiteral("%1/%2/%3/%4")
                                                                            .arg(siteCode, serviceCode)
                                                                            .arg(weekday)
                                                                            .arg(start)),
                              siteId, context.serviceIdByCode.value(serviceCode), weekday, start,
                              end.toString(QStringLiteral("HH:mm")), seed.minutes, capacity, context.stamp});
                }
            }
        }
    }
}

} // namespace guichet
