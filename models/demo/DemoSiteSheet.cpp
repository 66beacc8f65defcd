#include "demo/DemoSiteSheet.h"

#include "domain/OpeningHours.h"
#include "store/Sql.h"

namespace guichet {

namespace {

const char *const kDays[] = {"", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"};

QString frenchTime(const QTime &t)
{
    return t.minute() == 0 ? QStringLiteral("%1 h").arg(t.hour())
                           : QStringLiteral("%1 h %2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString hoursMarkdown(const QString &json)
{
    const OpeningHours hours = OpeningHours::fromJson(json);
    QStringList lines;
    for (int day = 1; day <= 7; ++day) {
        QStringList ranges;
        for (const OpeningHours::Range &r : hours.ranges(day))
            ranges << frenchTime(r.start) + QStringLiteral(" – ") + frenchTime(r.end);
        lines << QStringLiteral("- **%1** : %2")
                     .arg(QString::fromUtf8(kDays[day]),
                          ranges.isEmpty() ? QStringLiteral("fermé") : ranges.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString pick(QRandomGenerator &rng, const QList<const char *> &pool)
{
    return QString::fromUtf8(pool.at(int(rng.bounded(quint32(pool.size())))));
}

QStringList pickSome(QRandomGenerator &rng, QList<const char *> pool, int count)
{
    QStringList chosen;
    while (chosen.size() < count && !pool.isEmpty())
        chosen << QString::fromUtf8(pool.takeAt(int(rng.bounded(quint32(pool.size())))));
    return chosen;
}

QString bullets(const QStringList &items)
{
    return QStringLiteral("- ") + items.join(QStringLiteral("\n- "));
}

} // namespace

QList<DemoSiteRow> loadDemoSites(const QSqlDatabase &db)
{
    QList<DemoSiteRow> sites;
    QSqlQuery q = sql::exec(
        db, QStringLiteral(
                "SELECT s.id, s.code, s.name, s.address, s.postal_code, s.phone, s.opening_hours, "
                "(SELECT a.id FROM agents a WHERE a.home_site_id = s.id AND a.role = 'supervisor' AND "
                "a.deleted = 0 "
                " ORDER BY a.login LIMIT 1), "
                "(SELECT a.display_name FROM agents a WHERE a.home_site_id = s.id AND a.role = 'supervisor' "
                " AND a.deleted = 0 ORDER BY a.login LIMIT 1) "
                "FROM sites s WHERE s.deleted = 0 ORDER BY s.code = 'HDV' DESC, length(s.code), s.code"));
    while (q.next())
        sites.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return sites;
}

QList<Article> siteArticles(const DemoSiteRow &site, const DemoContext &context, QRandomGenerator &rng)
{
    Q_UNUSED(context)
    const bool townHall = site.code == QLatin1String("HDV");
    const QString where = townHall ? QStringLiteral("à l'Hôtel de Ville")
                                   : QStringLiteral("à la ") + site.name.left(1).toLower() + site.name.mid(1);
    const QString extension = QStringLiteral("%1").arg(int(rng.bounded(10U, 99U)));
    const QString boss =
        site.supervisorName.isEmpty() ? QStringLiteral("la ou le responsable de site") : site.supervisorName;

    QStringList services{QStringLiteral("Cartes d'identité et passeports, **sur rendez-vous**"),
                         QStringLiteral("État civil : actes, livret de famille, reconnaissance anticipée"),
                         QStringLiteral("Inscription sur les listes électorales"),
                         QStringLiteral("Recensement citoyen"),
                         QStringLiteral("Attestations d'accueil et légalisations de signature")};
    services << pickSome(rng,
                         {"Inscriptions scolaires et périscolaires", "PACS, sur rendez-vous",
                          "Dépôt des dossiers de mariage", "Guichet enregistreur du logement social",
                          "Permanence de la Maison France Services le mardi",
                          "Objets trouvés (dépôt, transmis au service central)"},
                         3);

    Article sheet;
    sheet.source = Article::Source::City;
    sheet.externalId = QStringLiteral("V-site-") + site.code.toLower();
    sheet.siteId = site.id;
    sheet.ownerAgentId = site.supervisorId;
    sheet.title = QStringLiteral("Fiche du site : ") + site.name;
    sheet.summary = QStringLiteral("Horaires, services, contacts et procédures propres au site, %1, %2 : "
                                   "à lire en premier en arrivant au guichet.")
                        .arg(site.name, site.address);
    sheet.tags = {QStringLiteral("fiche du site"), site.name, QStringLiteral("remplaçant"),
                  QStringLiteral("horaires")};
    sheet.audience = QStringLiteral("agents");
    sheet.documents = {};
    sheet.body =
        QStringLiteral(
            "## Adresse et accès\n\n%1, %2. %3\n\n## Horaires d'ouverture au public\n\n%4\n\n"
            "Le guichet ferme ses files d'attente 15 minutes avant la fermeture.\n\n"
            "## Services proposés\n\n%5\n\n## Qui appeler\n\n"
            "- Responsable de site : %6, poste %7\n- Standard du site : %8\n"
            "- Support informatique (Guichet, imprimantes, dispositif de recueil) : 04 65 71 10 99\n"
            "- Police municipale : 04 65 71 10 17\n- Agent d'astreinte de la Direction des mairies : 04 65 "
            "71 10 05\n\n"
            "## Procédures propres au site\n\n%9\n\n## Accessibilité\n\n%10\n")
            .arg(site.address, site.postalCode,
                 pick(rng,
                      {"Métro et bus à moins de 200 m.", "Tramway à deux arrêts, parking public à proximité.",
                       "Bus devant la mairie ; station de vélos en libre-service sur la place."}),
                 hoursMarkdown(site.openingHours), bullets(services), boss, extension,
                 site.phone.isEmpty() ? QStringLiteral("04 65 71 10 00") : site.phone,
                 bullets(pickSome(rng,
                                  {"Les titres d'identité se retirent au guichet 2, sans rendez-vous, aux "
                                   "heures d'ouverture.",
                                   "Le coffre des titres est fermé par le dernier agent présent ; la clé est "
                                   "au bureau du responsable.",
                                   "Les dossiers de mariage incomplets sont rendus à l'usager avec la liste "
                                   "des pièces manquantes, jamais conservés.",
                                   "Les créneaux libérés le matin sont proposés d'abord aux demandes "
                                   "urgentes signalées la veille.",
                                   "Le registre des objets trouvés est au guichet d'accueil ; transmission "
                                   "au service central chaque vendredi.",
                                   "Les reçus de légalisation sont tamponnés avec le cachet du site, rangé "
                                   "dans le tiroir de la banque d'accueil.",
                                   "Les usagers sans rendez-vous pour une CNI reçoivent le papillon « "
                                   "Comment prendre rendez-vous ».",
                                   "En cas de panne du dispositif de recueil, prévenir le support puis la "
                                   "mairie la plus proche pour réorienter les rendez-vous."},
                                  4)),
                 bullets(pickSome(
                     rng,
                     {"Accès de plain-pied par l'entrée principale ; ascenseur vers les salles de l'étage.",
                      "Boucle magnétique au guichet 1 pour les usagers appareillés.",
                      "Tablette de visio-interprétation en langue des signes (LSF) au guichet d'accueil.",
                      "Place de stationnement réservée devant l'entrée.",
                      "Guichet surbaissé pour les personnes en fauteuil.",
                      "Chaise et espace calme pour les usagers qui ne peuvent pas attendre debout."},
                     3)));

    Article permanences;
    permanences.source = Article::Source::City;
    permanences.externalId = QStringLiteral("V-permanences-") + site.code.toLower();
    permanences.ownerAgentId = site.supervisorId;
    permanences.title = QStringLiteral("Permanences gratuites ") + where;
    permanences.summary =
        QStringLiteral("Écrivain public, conciliateur de justice, avocat, permanences sociales : "
                       "jours et prise de rendez-vous %1.")
            .arg(where);
    permanences.tags = {QStringLiteral("permanence"), QStringLiteral("écrivain public"),
                        QStringLiteral("conciliateur"), QStringLiteral("avocat"), site.name};
    permanences.audience = QStringLiteral("agents");
    permanences.body =
        QStringLiteral("Les permanences sont gratuites et se tiennent **sur rendez-vous**, pris au guichet "
                       "ou au standard.\n\n%1\n\nUn usager qui ne parle pas français peut venir avec un "
                       "proche ou demander un interprète au moment de la prise de rendez-vous.")
            .arg(bullets(pickSome(rng,
                                  {"Écrivain public : lundi de 14 h à 16 h 30",
                                   "Écrivain public : jeudi de 9 h à 12 h",
                                   "Conciliateur de justice : 2e et 4e mardis du mois, 9 h – 12 h",
                                   "Avocat (consultation juridique) : 1er samedi du mois, 9 h 30 – 11 h 30",
                                   "Assistante sociale du CCAS : mercredi, 9 h – 12 h",
                                   "Point d'information logement : vendredi, 14 h – 16 h",
                                   "Conseiller numérique : mardi et jeudi après-midi"},
                                  4)));
    permanences.related = {{QStringLiteral("V-ecrivain-public"), QString()},
                           {QStringLiteral("V-conciliateur"), QString()}};

    Article rooms;
    rooms.source = Article::Source::City;
    rooms.externalId = QStringLiteral("V-salles-") + site.code.toLower();
    rooms.ownerAgentId = site.supervisorId;
    rooms.title = QStringLiteral("Salles à louer ") + where;
    rooms.summary =
        QStringLiteral("Les salles municipales gérées %1 : capacité, équipement, réservation.").arg(where);
    rooms.tags = {QStringLiteral("salle"), QStringLiteral("location"), QStringLiteral("association"),
                  site.name};
    rooms.audience = QStringLiteral("agents");
    rooms.body =
        QStringLiteral("| Salle | Capacité | Équipement |\n|---|---|---|\n"
                       "| Salle du conseil | %1 personnes | vidéoprojecteur, sonorisation |\n"
                       "| Salle polyvalente | %2 personnes | cuisine d'appoint, tables et chaises |\n\n"
                       "Réservation au moins 6 semaines à l'avance auprès du secrétariat du site (poste %3). "
                       "Voir aussi la fiche générale sur la location de salles municipales.")
            .arg(int(rng.bounded(40U, 90U)))
            .arg(int(rng.bounded(80U, 220U)))
            .arg(extension);
    rooms.related = {{QStringLiteral("V-salles-municipales"), QString()}};
    return {sheet, permanences, rooms};
}

} // namespace guichet
