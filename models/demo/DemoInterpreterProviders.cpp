// The demo city's interpreter services. None of them is real: every entry is marked as an example
// (is_example = 1, a name starting with "Exemple –", fictitious numbers and example.org links), so
// that a city replaces them with its own contracts before going live.
#include "demo/DemoCity.h"
#include "domain/InterpreterProvider.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace guichet {

namespace {

using Mode = InterpretingMode;
using Hours = InterpreterProvider::Hours;

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList siteIdsOf(const DemoContext &context)
{
    if (!context.siteIds.isEmpty())
        return context.siteIds;
    QStringList ids;
    QSqlQuery q =
        sql::exec(context.db, QStringLiteral("SELECT id FROM sites WHERE deleted = 0 ORDER BY code"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// The languages the city's own agents speak (agents.languages), French left out.
QStringList agentLanguages(const DemoContext &context)
{
    QSet<QString> codes;
    QSqlQuery q = sql::exec(context.db, QStringLiteral("SELECT languages FROM agents WHERE deleted = 0"));
    while (q.next())
        for (const QJsonValue &value : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            if (const QString code = value.toString().trimmed().toLower();
                code.size() == 2 && code != QLatin1String("fr"))
                codes.insert(code);
    QStringList result(codes.begin(), codes.end());
    if (result.isEmpty())
        result = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar"),
                  QStringLiteral("it"), QStringLiteral("pt"), QStringLiteral("de")};
    result.sort();
    return result;
}

void insert(DemoContext &context, const InterpreterProvider &p)
{
    sql::exec(
        context.db,
        QStringLiteral("INSERT INTO interpreter_providers (id, name, kind, modes, languages, address, hours, "
                       "site_ids, is_example, notes, version, updated_at, deleted) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1, ?, 0)"),
        {p.id, p.name, InterpreterProvider::kindName(p.kind), json(InterpreterProvider::modesToJson(p.modes)),
         json(QJsonArray::fromStringList(p.languages)), p.address,
         json(InterpreterProvider::hoursToJson(p.hours)), json(QJsonArray::fromStringList(p.siteIds)),
         p.notes, context.stamp});
}

} // namespace

void generateInterpreterProviders(DemoContext &context)
{
    const QStringList sites = siteIdsOf(context);
    const QList<int> weekdays = {1, 2, 3, 4, 5};
    const auto provider = [&context](const char *key, const char *name, InterpreterProvider::Kind kind,
                                     QList<Mode::Value> modes, QStringList languages, const char *address,
                                     QList<Hours> hours, QStringList siteIds, const char *notes) {
        InterpreterProvider p;
        p.id = context.idFor(QStringLiteral("interpreter_provider"), QLatin1String(key));
        p.name = QString::fromUtf8(name);
        p.kind = kind;
        p.modes = std::move(modes);
        p.languages = std::move(languages);
        p.address = QString::fromUtf8(address);
        p.hours = std::move(hours);
        p.siteIds = std::move(siteIds);
        p.isExample = true;
        p.notes = QString::fromUtf8(notes);
        insert(context, p);
    };

    // A phone interpreting service: many languages, long hours, every site.
    provider("phone", "Exemple – Interprétariat par téléphone", InterpreterProvider::Kind::Phone,
             {Mode::Foreign},
             {QStringLiteral("ar"), QStringLiteral("bg"), QStringLiteral("bn"), QStringLiteral("de"),
              QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fa"), QStringLiteral("hy"),
              QStringLiteral("it"), QStringLiteral("ka"), QStringLiteral("ku"), QStringLiteral("ln"),
              QStringLiteral("mn"), QStringLiteral("nl"), QStringLiteral("pl"), QStringLiteral("ps"),
              QStringLiteral("pt"), QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("so"),
              QStringLiteral("sq"), QStringLiteral("sr"), QStringLiteral("sw"), QStringLiteral("ta"),
              QStringLiteral("th"), QStringLiteral("ti"), QStringLiteral("tr"), QStringLiteral("uk"),
              QStringLiteral("ur"), QStringLiteral("vi"), QStringLiteral("wo"), QStringLiteral("zh")},
             "04 65 71 00 12", {{weekdays, QTime(8, 0), QTime(19, 0)}, {{6}, QTime(9, 0), QTime(13, 0)}}, {},
             "Exemple de démonstration : donner le code client de la mairie, puis la langue demandée.");

    // A video interpreting service for the most asked languages: the link takes the language.
    provider("video-foreign", "Exemple – Visio-interprétariat en langues étrangères",
             InterpreterProvider::Kind::Video, {Mode::Foreign},
             {QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fa"),
              QStringLiteral("pt"), QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("so"),
              QStringLiteral("ta"), QStringLiteral("tr"), QStringLiteral("uk"), QStringLiteral("zh")},
             "https://visio-interpretes.example.org/appel?langue={language}",
             {{weekdays, QTime(9, 0), QTime(18, 0)}}, {},
             "Exemple de démonstration : la langue est choisie par le lien, tourner l'écran vers l'usager.");

    // A video service for deaf and hard-of-hearing visitors: LSF, LPC and live transcription.
    provider("video", "Exemple – Visio-interprétation LSF, LPC et transcription",
             InterpreterProvider::Kind::Video, {Mode::Lsf, Mode::Lpc, Mode::Transcription}, {},
             "https://visio-accessibilite.example.org/guichet",
             {{weekdays, QTime(8, 30), QTime(18, 0)}, {{6}, QTime(9, 0), QTime(12, 30)}}, {},
             "Exemple de démonstration : tourner l'écran vers l'usager, caméra allumée.");

    // A live-transcription app on the counters' tablets.
    provider("transcription-app", "Exemple – Application de transcription instantanée",
             InterpreterProvider::Kind::App, {Mode::Transcription}, {QStringLiteral("fr")},
             "https://transcription.example.org/session", {}, {},
             "Exemple de démonstration : disponible à toute heure, sans interprète.");

    // A SIP line to a video interpreting platform, on the sites with a SIP video phone.
    const QStringList sipSites = context.siteIdByCode.isEmpty()
                                     ? sites.mid(0, 4)
                                     : QStringList{context.siteIdByCode.value(QStringLiteral("HDV")),
                                                   context.siteIdByCode.value(QStringLiteral("M1")),
                                                   context.siteIdByCode.value(QStringLiteral("M3")),
                                                   context.siteIdByCode.value(QStringLiteral("M8"))};
    QStringList sipSiteIds;
    for (const QString &id : sipSites)
        if (!id.isEmpty())
            sipSiteIds << id;
    provider("sip", "Exemple – Ligne SIP d'interprétariat vidéo", InterpreterProvider::Kind::Sip,
             {Mode::Foreign, Mode::Lsf},
             {QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"),
              QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("tr"), QStringLiteral("uk"),
              QStringLiteral("zh")},
             "sip:interpretes@sip.example.org", {{weekdays, QTime(9, 0), QTime(17, 0)}}, sipSiteIds,
             "Exemple de démonstration : appeler depuis le visiophone SIP du guichet.");

    // The city's own network of agents who speak other languages.
    provider("agents", "Exemple – Réseau des agents-interprètes de la Ville",
             InterpreterProvider::Kind::Phone, {Mode::Foreign}, agentLanguages(context), "04 65 71 20 00",
             {{weekdays, QTime(9, 0), QTime(12, 0)}, {weekdays, QTime(14, 0), QTime(17, 0)}}, {},
             "Exemple de démonstration : le standard met en relation avec un agent volontaire disponible.");
}

} // namespace guichet
