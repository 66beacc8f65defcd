#include "AdminCommands.h"

#include "AuthService.h"
#include "PasswordHasher.h"
#include "RecordImporter.h"
#include "RecordStore.h"
#include "ServerApp.h"
#include "ServerDatabase.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "kb/KbImporter.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

namespace guichet::server {

namespace {

const char *const kAdminHelp = R"(Usage: guichet-server admin COMMAND --store URL [OPTIONS] [--json]

Commands:
  add-site --code CODE --name NAME [--kind hotel_de_ville|mairie_arrondissement|annexe]
           [--address TEXT] [--postal-code CODE] [--city NAME]
  add-agent --login L --role agent|supervisor|admin [--site CODE|ID] [--name NAME]
           [--languages fr,en]            password on stdin
  set-password --login L                  password on stdin
  list-devices
  revoke-device --device ID               the device's tokens stop working, it cannot sign in again
  import-articles FILE.jsonl              Service-Public fiches (the format of ../shared/data/kb)
  new-epoch                               after restoring a backup: every counter re-snapshots
  purge-tombstones --days N               forget deletions older than N days
  info                                    schema, last change, epoch, counts per entity
)";

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
}

int fail(const QString &reason)
{
    std::fputs((QStringLiteral("guichet-server admin: ") + reason + QLatin1Char('\n')).toUtf8().constData(),
               stderr);
    return 1;
}

int usage(const QString &reason)
{
    std::fputs((QStringLiteral("guichet-server admin: ") + reason +
                QStringLiteral("\nTry 'guichet-server admin --help'.\n"))
                   .toUtf8()
                   .constData(),
               stderr);
    return 2;
}

int done(bool json, const QJsonObject &object, const QString &text)
{
    out(json ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : text);
    return 0;
}

QString readPassword()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

QString siteIdFor(RecordStore &records, const QString &codeOrId)
{
    if (auto byCode = records.findByNaturalKey(QStringLiteral("sites"), codeOrId))
        return *byCode;
    if (auto byId = records.find(codeOrId); byId && byId->entity == QLatin1String("sites"))
        return byId->id;
    return {};
}

StoredRecord newRecord(RecordStore &records, const QString &entity, const QString &id,
                       const QJsonObject &data)
{
    StoredRecord record;
    record.id = id;
    record.entity = entity;
    record.data = data;
    record.version = records.takeChangeNumber();
    return record;
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kAdminHelp));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("the server's store"),
                                   QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON on stdout"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("this help"));
    QList<QCommandLineOption> valued;
    for (const char *name : {"code", "name", "kind", "address", "postal-code", "city", "login", "role",
                             "site", "languages", "device", "days"})
        valued << QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                     QStringLiteral("VALUE"));
    parser.addOptions({store, json, help});
    parser.addOptions(valued);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("the admin command"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out(QString::fromUtf8(kAdminHelp).trimmed());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("a command is needed"));
    const QString command = positional.first();
    const bool asJson = parser.isSet(json);
    const QString storeUrl =
        parser.isSet(store) ? parser.value(store) : QStringLiteral("sqlite:guichet-server.sqlite");
    auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name)).trimmed();
    };

    static const QStringList known{
        QStringLiteral("add-site"),     QStringLiteral("add-agent"),        QStringLiteral("set-password"),
        QStringLiteral("list-devices"), QStringLiteral("revoke-device"),    QStringLiteral("import-articles"),
        QStringLiteral("new-epoch"),    QStringLiteral("purge-tombstones"), QStringLiteral("info")};
    if (!known.contains(command))
        return usage(QStringLiteral("unknown command '%1'").arg(command));
    try {
        if (!crypto::initialise())
            return fail(QStringLiteral("libsodium could not start"));
        auto database = openServerStore(storeUrl);
        RecordStore records(*database);
        const QString now = timefmt::toStoreMs(QDateTime::currentDateTimeUtc());

        if (command == QLatin1String("add-site")) {
            if (value("code").isEmpty() || value("name").isEmpty())
                return usage(QStringLiteral("add-site needs --code and --name"));
            ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
            if (records.findByNaturalKey(QStringLiteral("sites"), value("code")))
                return fail(QStringLiteral("a site with code %1 already exists").arg(value("code")));
            const QString id = newId();
            StoredRecord site = newRecord(
                records, QStringLiteral("sites"), id,
                {{QStringLiteral("code"), value("code")},
                 {QStringLiteral("name"), value("name")},
                 {QStringLiteral("kind"),
                  value("kind").isEmpty() ? QStringLiteral("mairie_arrondissement") : value("kind")},
                 {QStringLiteral("address"), value("address")},
                 {QStringLiteral("postal_code"), value("postal-code")},
                 {QStringLiteral("city"), value("city")},
                 {QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")},
                 {QStringLiteral("opening_hours"), QStringLiteral("[]")}});
            records.write(site, now);
            transaction.commit();
            return done(asJson, {{QStringLiteral("id"), id}, {QStringLiteral("code"), value("code")}},
                        QStringLiteral("Site %1 created (%2)").arg(value("code"), id));
        }
        if (command == QLatin1String("add-agent") || command == QLatin1String("set-password")) {
            const QString login = value("login");
            if (login.isEmpty())
                return usage(QStringLiteral("%1 needs --login").arg(command));
            const QString password = readPassword();
            if (password.size() < 8)
                return fail(QStringLiteral("the password (on stdin) must have at least 8 characters"));
            ServerLog quiet(ServerLog::Level::Error);
            AuthService auth(*database, SystemClock::instance(), quiet, 0);
            ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
            auto existing = records.findByNaturalKey(QStringLiteral("agents"), login);
            QString agentId = existing.value_or(QString());
            if (command == QLatin1String("add-agent")) {
                const QString role = value("role").isEmpty() ? QStringLiteral("agent") : value("role");
                if (role != QLatin1String("agent") && role != QLatin1String("supervisor") &&
                    role != QLatin1String("admin"))
                    return usage(QStringLiteral("--role is agent, supervisor or admin"));
                QString siteId;
                if (!value("site").isEmpty()) {
                    siteId = siteIdFor(records, value("site"));
                    if (siteId.isEmpty())
                        return fail(QStringLiteral("unknown site %1").arg(value("site")));
                }
                QJsonArray languages;
                for (const QString &code : value("languages").split(QLatin1Char(','), Qt::SkipEmptyParts))
                    languages << code.trimmed();
                if (languages.isEmpty())
                    languages << QStringLiteral("fr");
                if (agentId.isEmpty())
                    agentId = newId();
                const auto before = records.find(agentId);
                QJsonObject data = before ? before->data : QJsonObject{};
                data.insert(QStringLiteral("login"), login);
                data.insert(QStringLiteral("display_name"), value("name").isEmpty() ? login : value("name"));
                data.insert(QStringLiteral("role"), role);
                data.insert(QStringLiteral("home_site_id"),
                            siteId.isEmpty() ? QJsonValue() : QJsonValue(siteId));
                data.insert(QStringLiteral("in_pool"), siteId.isEmpty() ? 1 : 0);
                data.insert(QStringLiteral("languages"),
                            QString::fromUtf8(QJsonDocument(languages).toJson(QJsonDocument::Compact)));
                StoredRecord agent = newRecord(records, QStringLiteral("agents"), agentId, data);
                records.write(agent, now);
            } else if (agentId.isEmpty()) {
                return fail(QStringLiteral("no agent with login %1").arg(login));
            }
            auth.setPassword(agentId, login, password);
            transaction.commit();
            return done(asJson, {{QStringLiteral("id"), agentId}, {QStringLiteral("login"), login}},
                        QStringLiteral("Agent %1 saved (%2)").arg(login, agentId));
        }
        if (command == QLatin1String("list-devices")) {
            QSqlQuery &query = database->exec(QStringLiteral(
                "SELECT id, name, site_ids, last_seen, last_seq, revoked FROM devices ORDER BY name"));
            QJsonArray devices;
            QStringList lines;
            while (query.next()) {
                devices << QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                       {QStringLiteral("name"), query.value(1).toString()},
                                       {QStringLiteral("sites"),
                                        QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array()},
                                       {QStringLiteral("last_seen"), query.value(3).toString()},
                                       {QStringLiteral("last_seq"), query.value(4).toLongLong()},
                                       {QStringLiteral("revoked"), query.value(5).toInt() != 0}};
                lines << QStringLiteral("%1  %2  last seen %3%4")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(3).toString(),
                                  query.value(5).toInt() ? QStringLiteral("  (revoked)") : QString());
            }
            query.finish();
            return done(asJson, {{QStringLiteral("devices"), devices}}, lines.join(QLatin1Char('\n')));
        }
        if (command == QLatin1String("revoke-device")) {
            if (value("device").isEmpty())
                return usage(QStringLiteral("revoke-device needs --device ID"));
            ServerLog quiet(ServerLog::Level::Error);
            AuthService auth(*database, SystemClock::instance(), quiet, 0);
            const int tokens = auth.revokeDevice(value("device"));
            return done(
                asJson,
                {{QStringLiteral("device"), value("device")}, {QStringLiteral("tokens_revoked"), tokens}},
                QStringLiteral("Device %1 revoked (%2 token(s))").arg(value("device")).arg(tokens));
        }
        if (command == QLatin1String("import-articles")) {
            if (positional.size() < 2)
                return usage(QStringLiteral("import-articles needs a FILE.jsonl"));
            QTemporaryDir scratch;
            LocalStore source(scratch.filePath(QStringLiteral("import.sqlite")));
            source.open(LocalStore::IntegrityCheck::Skip);
            const KbImportReport report = KbImporter(source).importFile(positional.at(1));
            // Keep the ids the server already gave these fiches (matched on their external id).
            const QMap<QString, int> counts =
                RecordImporter(*database).importFrom(source, {QStringLiteral("articles")});
            Q_UNUSED(report)
            return done(asJson, {{QStringLiteral("articles"), counts.value(QStringLiteral("articles"))}},
                        QStringLiteral("%1 articles imported").arg(counts.value(QStringLiteral("articles"))));
        }
        if (command == QLatin1String("new-epoch")) {
            ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
            const QString epoch = newId();
            records.setEpoch(epoch);
            transaction.commit();
            return done(asJson, {{QStringLiteral("epoch"), epoch}},
                        QStringLiteral("New epoch %1: every counter takes a new snapshot at its next sync")
                            .arg(epoch));
        }
        if (command == QLatin1String("purge-tombstones")) {
            bool ok = false;
            const int days = value("days").toInt(&ok);
            if (!ok || days < 0)
                return usage(QStringLiteral("purge-tombstones needs --days N"));
            ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
            records.takeChangeNumber();
            const int purged =
                records.purgeTombstones(timefmt::toStoreMs(QDateTime::currentDateTimeUtc().addDays(-days)));
            transaction.commit();
            return done(asJson, {{QStringLiteral("purged"), purged}},
                        QStringLiteral("%1 deletion(s) forgotten").arg(purged));
        }
        // info
        QJsonObject counts;
        QSqlQuery &query = database->exec(QStringLiteral(
            "SELECT entity, count(*) FROM records WHERE deleted = 0 GROUP BY entity ORDER BY entity"));
        QStringList lines;
        while (query.next()) {
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
            lines
                << QStringLiteral("  %1: %2").arg(query.value(0).toString()).arg(query.value(1).toLongLong());
        }
        query.finish();
        const QJsonObject info{{QStringLiteral("store"), database->url().describe()},
                               {QStringLiteral("last_change"), records.lastChange()},
                               {QStringLiteral("epoch"), records.epoch()},
                               {QStringLiteral("counts"), counts}};
        return done(asJson, info,
                    QStringLiteral("%1\nlast change %2, epoch %3\n%4")
                        .arg(database->url().describe())
                        .arg(records.lastChange())
                        .arg(records.epoch(), lines.join(QLatin1Char('\n'))));
    } catch (const StoreError &error) {
        return fail(error.message());
    }
}

} // namespace guichet::server
