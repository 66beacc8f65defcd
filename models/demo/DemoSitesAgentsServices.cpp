// Demo city, part 1: the Hôtel de Ville and the nine mairies d'arrondissement of a Lyon-like city,
// their opening hours and closures, one counter device each, ~40 agents (one supervisor per site,
// one administrator, a substitute pool), then the services and schedules (DemoServiceCatalogue).
// Phone numbers are in the ARCEP ranges reserved for fiction (04 65 71 …, 06 39 98 …).
#include "demo/DemoCity.h"
#include "demo/DemoServiceCatalogue.h"
#include "demo/DemoVisitors.h"
#include "domain/OpeningHours.h"
#include "domain/PublicHolidays.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {

struct SiteSeed
{
    const char *code;
    const char *name;
    const char *address;
    const char *postalCode;
    bool thursdayLate;    // open until 18:30 on Thursdays
    bool saturdayMorning; // open 9:30–12:00 on Saturdays
    bool mondayAfternoonOnly;
};

// The real public addresses of Lyon's town halls.
const SiteSeed kSites[] = {
    {"HDV", "Hôtel de Ville", "1 place de la Comédie", "69001", true, true, false},
    {"M1", "Mairie du 1er arrondissement", "2 place Sathonay", "69001", false, true, false},
    {"M2", "Mairie du 2e arrondissement", "2 rue d'Enghien", "69002", true, false, false},
    {"M3", "Mairie du 3e arrondissement", "215 rue Duguesclin", "69003", true, true, false},
    {"M4", "Mairie du 4e arrondissement", "133 boulevard de la Croix-Rousse", "69004", false, true, false},
    {"M5", "Mairie du 5e arrondissement", "14 rue Docteur Edmond Locard", "69005", false, false, true},
    {"M6", "Mairie du 6e arrondissement", "58 rue de Sèze", "69006", true, true, false},
    {"M7", "Mairie du 7e arrondissement", "16 place Jean Macé", "69007", true, true, false},
    {"M8", "Mairie du 8e arrondissement", "12 avenue Jean Mermoz", "69008", true, true, false},
    {"M9", "Mairie du 9e arrondissement", "6 place du Marché", "69009", false, true, false},
};

OpeningHours hoursOf(const SiteSeed &seed)
{
    OpeningHours hours;
    for (int day = 1; day <= 5; ++day) {
        if (!(seed.mondayAfternoonOnly && day == 1))
            hours.add(day, QTime(8, 45), QTime(12, 0));
        hours.add(day, QTime(13, 30), day == 4 && seed.thursdayLate ? QTime(18, 30) : QTime(16, 45));
    }
    if (seed.saturdayMorning)
        hours.add(6, QTime(9, 30), QTime(12, 0));
    return hours;
}

struct AgentSeed
{
    const char *name;
    const char *languages; // comma-separated, after "fr"
};

// 40 agents: the Hôtel de Ville's supervisor, the administrator and three agents; per mairie a
// supervisor and two agents; then the eight substitutes of the pool.
const AgentSeed kAgents[] = {
    {"Claire Martin", "en"},         {"Nadia Benali", "ar,en"},       {"Thomas Nguyen", "en,vi"},
    {"Fatou Diop", "wo,en"},         {"Lucas Ferreira", "pt,es"},     {"Sofia Rossi", "it,en"},
    {"Mehmet Yılmaz", "tr,de"},      {"Léa Dubois", "en,es"},         {"Karim Haddad", "ar"},
    {"Julie Moreau", "en"},          {"Ana Popescu", "ro,it"},        {"Wei Zhang", "zh,en"},
    {"Olga Ivanova", "ru,uk"},       {"Hugo Lefebvre", "de"},         {"Aïcha Traoré", "bm,en"},
    {"Pierre Girard", ""},           {"Inès Garcia", "es"},           {"Yasmine Cherif", "ar,en"},
    {"Mamadou Sow", "ff,wo"},        {"Marie Lambert", "en"},         {"Antoine Roux", "it"},
    {"Elif Demir", "tr,en"},         {"Jean-Baptiste Kouassi", "en"}, {"Camille Fontaine", "en,de"},
    {"Rachid Amrani", "ar,es"},      {"Sarah Cohen", "he,en"},        {"Nicolas Petit", ""},
    {"Emma Bernard", "en"},          {"Samir Belkacem", "ar"},        {"Chloé Mercier", "es"},
    {"Paulo Santos", "pt"},          {"Giulia Bianchi", "it,en"},     {"Hélène Faure", "en"},
    {"Youssef El Idrissi", "ar,en"}, {"Anh Tran", "vi,en"},           {"Kevin Lopez", "es,en"},
    {"Mariana Costa", "pt,es"},      {"Ibrahima Ndiaye", "wo,en"},    {"Laura Schmitt", "de,en"},
    {"Bogdan Ionescu", "ro,ru"},
};

// "Claire Martin" → "cmartin", "Jean-Baptiste Kouassi" → "jbkouassi", "Youssef El Idrissi" → "yelidrissi".
QString loginOf(const QString &displayName)
{
    const int space = displayName.indexOf(QLatin1Char(' '));
    const QString first = displayName.left(space);
    QString initials;
    for (const QString &part : first.split(QLatin1Char('-')))
        initials += DemoVisitor::asciiFold(part.left(1));
    return initials + DemoVisitor::asciiFold(displayName.mid(space + 1));
}

QString phoneIn(const char *prefix, int number)
{
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(prefix))
        .arg(number / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(number % 100, 2, 10, QLatin1Char('0'));
}

void prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        sql::fail(query.lastError(), QStringLiteral("demo: prepare"));
}

void writeSites(DemoContext &context)
{
    QSqlQuery insert(context.db);
    prepare(insert, QStringLiteral(
                        "INSERT INTO sites (id, code, name, kind, address, postal_code, city, phone, email, "
                        "time_zone, opening_hours, notes, version, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    int index = 0;
    for (const SiteSeed &seed : kSites) {
        const QString code = QLatin1String(seed.code);
        const QString id = context.idFor(QStringLiteral("site"), code);
        const bool hdv = index == 0;
        const QString notes =
            hdv ? QStringLiteral("Accueil central, standard Lyon-en-direct, cimetières.")
                : QStringLiteral("Accueil au rez-de-chaussée, accessible aux fauteuils roulants.");
        sql::run(insert, {id, code, QString::fromUtf8(seed.name),
                          hdv ? QStringLiteral("hotel_de_ville") : QStringLiteral("mairie_arrondissement"),
                          QString::fromUtf8(seed.address), QLatin1String(seed.postalCode),
                          QStringLiteral("Lyon"), phoneIn("04 65 71", 100 + index * 11),
                          QStringLiteral("accueil.%1@ville-lyon.example.org").arg(code.toLower()),
                          QStringLiteral("Europe/Paris"), hoursOf(seed).toJson(), notes, context.stamp});
        context.siteIds << id;
        context.siteIdByCode.insert(code, id);
        ++index;
    }
}

void writeClosures(DemoContext &context)
{
    QSqlQuery insert(context.db);
    prepare(insert,
            QStringLiteral("INSERT INTO site_closures (id, site_id, first_day, last_day, reason, version, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)"));
    auto add = [&](const QString &code, const QDate &first, const QDate &last, const QString &reason) {
        sql::run(insert, {context.idFor(QStringLiteral("closure"),
                                        code + QLatin1Char('/') + first.toString(Qt::ISODate)),
                          context.siteIdByCode.value(code), first.toString(Qt::ISODate),
                          last.toString(Qt::ISODate), reason, context.stamp});
    };
    const QDate today = context.today;
    const QDate nextMonday = today.addDays(8 - today.dayOfWeek());
    // Works: the 2nd arrondissement's counter is closed for a week, starting in ten days.
    add(QStringLiteral("M2"), nextMonday.addDays(7), nextMonday.addDays(12),
        QStringLiteral("Travaux de mise en accessibilité de l'accueil : rendez-vous à l'Hôtel de Ville"));
    // Staff training in the 9th, three weeks ago (a weekday).
    add(QStringLiteral("M9"), nextMonday.addDays(-20), nextMonday.addDays(-20),
        QStringLiteral("Formation des agents d'accueil"));
    // An election week-end setup in the 5th (the hall becomes a polling station).
    add(QStringLiteral("M5"), nextMonday.addDays(18), nextMonday.addDays(18),
        QStringLiteral("Installation des bureaux de vote"));
    // Bridge days (ponts) around public holidays within the window, for the mairies d'arrondissement.
    for (int year = today.addDays(-60).year(); year <= today.addDays(60).year(); ++year) {
        for (const PublicHolidays::Holiday &holiday : PublicHolidays::ofYear(year)) {
            if (qAbs(today.daysTo(holiday.date)) > 60)
                continue;
            const int weekday = holiday.date.dayOfWeek();
            const QDate bridge = weekday == 2   ? holiday.date.addDays(-1)
                                 : weekday == 4 ? holiday.date.addDays(1)
                                                : QDate();
            if (!bridge.isValid())
                continue;
            for (int m = 1; m <= 9; ++m)
                add(QStringLiteral("M%1").arg(m), bridge, bridge,
                    QStringLiteral("Pont (%1) : fermeture exceptionnelle").arg(holiday.name));
        }
    }
    // Christmas Eve and New Year's Eve: every mairie d'arrondissement closes (HDV keeps a counter).
    for (const QDate &eve : {QDate(today.year(), 12, 24), QDate(today.year(), 12, 31)}) {
        if (qAbs(today.daysTo(eve)) > 60 || eve.dayOfWeek() > 5)
            continue;
        for (int m = 1; m <= 9; ++m)
            add(QStringLiteral("M%1").arg(m), eve, eve, QStringLiteral("Fermeture exceptionnelle des fêtes"));
    }
}

void writeDevices(DemoContext &context)
{
    QSqlQuery insert(context.db);
    prepare(insert,
            QStringLiteral("INSERT INTO devices (id, name, site_id, registered_at, version, updated_at) "
                           "VALUES (?, ?, ?, ?, 1, ?)"));
    for (const SiteSeed &seed : kSites) {
        const QString code = QLatin1String(seed.code);
        sql::run(insert, {context.idFor(QStringLiteral("device"), code),
                          QStringLiteral("Guichet 1 – %1").arg(QString::fromUtf8(seed.name)),
                          context.siteIdByCode.value(code), context.stamp, context.stamp});
    }
}

void writeAgents(DemoContext &context)
{
    QSqlQuery insert(context.db);
    prepare(insert,
            QStringLiteral("INSERT INTO agents (id, login, display_name, role, home_site_id, in_pool, "
                           "languages, phone, email, version, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    int index = 0;
    for (const AgentSeed &seed : kAgents) {
        const QString name = QString::fromUtf8(seed.name);
        const QString login = loginOf(name);
        // 0–4: HDV (supervisor, admin, 3 agents); 5–31: three per mairie (supervisor first); 32–39: pool.
        QString siteCode;
        QString role = QStringLiteral("agent");
        if (index < 5) {
            siteCode = QStringLiteral("HDV");
            role = index == 0 ? QStringLiteral("supervisor") : index == 1 ? QStringLiteral("admin") : role;
        } else if (index < 32) {
            const int mairie = (index - 5) / 3 + 1;
            siteCode = QStringLiteral("M%1").arg(mairie);
            if ((index - 5) % 3 == 0)
                role = QStringLiteral("supervisor");
        }
        const QString siteId = context.siteIdByCode.value(siteCode);
        QJsonArray languages{QStringLiteral("fr")};
        for (const QString &code :
             QString::fromLatin1(seed.languages).split(QLatin1Char(','), Qt::SkipEmptyParts))
            languages.append(code);
        const QString id = context.idFor(QStringLiteral("agent"), login);
        sql::run(insert, {id, login, name, role, sql::nullIfEmpty(siteId), siteId.isEmpty() ? 1 : 0,
                          QString::fromUtf8(QJsonDocument(languages).toJson(QJsonDocument::Compact)),
                          phoneIn("06 39 98", 1000 + index * 37),
                          login + QStringLiteral("@ville-lyon.example.org"), context.stamp});
        context.agentIds << id;
        context.agentHomeSite.insert(id, siteId);
        ++index;
    }
}

} // namespace

void generateSitesAgentsServices(DemoContext &context)
{
    writeSites(context);
    writeClosures(context);
    writeDevices(context);
    writeAgents(context);
    generateDemoServicesAndSchedules(context);
}

} // namespace guichet
