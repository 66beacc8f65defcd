#include "SyncBenchServer.h"

#include "AuthService.h"
#include "PasswordHasher.h"
#include "RecordStore.h"
#include "ServerApp.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "core/Ids.h"
#include "domain/RequestReference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::server;

namespace bench {

SeededStore seedServerStore(const QString &url, int records)
{
    crypto::initialise();
    auto database = openServerStore(url);
    SeededStore seeded;
    seeded.url = url;
    seeded.siteId = newId();
    seeded.agentId = newId();
    RecordStore store(*database);
    const QString now = QStringLiteral("2026-11-23T08:00:00.000Z");
    ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
    store.takeChangeNumber();
    qint64 version = 1;
    StoredRecord site{seeded.siteId,
                      QStringLiteral("sites"),
                      version,
                      false,
                      {},
                      {{QStringLiteral("code"), QStringLiteral("M1")},
                       {QStringLiteral("name"), QStringLiteral("Mairie du 1er")},
                       {QStringLiteral("kind"), QStringLiteral("mairie_arrondissement")},
                       {QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")},
                       {QStringLiteral("opening_hours"), QStringLiteral("[]")}}};
    store.write(site, now);
    StoredRecord agent{seeded.agentId,
                       QStringLiteral("agents"),
                       ++version,
                       false,
                       {},
                       {{QStringLiteral("login"), QStringLiteral("bench")},
                        {QStringLiteral("display_name"), QStringLiteral("Agent de test")},
                        {QStringLiteral("role"), QStringLiteral("agent")},
                        {QStringLiteral("home_site_id"), seeded.siteId},
                        {QStringLiteral("in_pool"), 0},
                        {QStringLiteral("languages"), QStringLiteral("[\"fr\"]")}}};
    store.write(agent, now);
    static const char *const subjects[] = {"Nid-de-poule devant l'école",
                                           "Demande d'acte de naissance",
                                           "Lampadaire en panne",
                                           "Attestation d'accueil",
                                           "Inscription sur les listes électorales",
                                           "Encombrants rue Mercière"};
    for (int i = 1; i <= records; ++i) {
        StoredRecord request{
            newId(),
            QStringLiteral("requests"),
            ++version,
            false,
            {},
            {{QStringLiteral("reference"), RequestReference::make(QStringLiteral("M1"), 2026, i)},
             {QStringLiteral("channel"), QStringLiteral("counter")},
             {QStringLiteral("site_id"), seeded.siteId},
             {QStringLiteral("requester_name"), QStringLiteral("Usager %1").arg(i)},
             {QStringLiteral("requester_phone"), QStringLiteral("06 12 34 %1 %2")
                                                     .arg(i / 100 % 100, 2, 10, QLatin1Char('0'))
                                                     .arg(i % 100, 2, 10, QLatin1Char('0'))},
             {QStringLiteral("requester_email"), QStringLiteral("")},
             {QStringLiteral("subject"), QString::fromUtf8(subjects[i % 6])},
             {QStringLiteral("description"),
              QStringLiteral("Signalé à l'accueil, rappel souhaité en fin de matinée.")},
             {QStringLiteral("competence"), QStringLiteral("ville")},
             {QStringLiteral("status"), QStringLiteral("new")},
             {QStringLiteral("due_date"), QStringLiteral("2026-12-23")},
             {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:30:00Z")},
             {QStringLiteral("consent"), 1}}};
        store.write(request, now);
    }
    database->exec(QStringLiteral("UPDATE change_counter SET last_change = ? WHERE id = 1"), {version});
    ServerLog quiet(ServerLog::Level::Error);
    AuthService(*database, SystemClock::instance(), quiet, 3600)
        .setPassword(seeded.agentId, QStringLiteral("bench"), QStringLiteral("bench-password"));
    transaction.commit();
    return seeded;
}

QStringList makeDeviceTokens(const SeededStore &store, int count, const QString &prefix)
{
    auto database = openServerStore(store.url);
    const QString sites = QStringLiteral("[\"%1\"]").arg(store.siteId);
    const QString now = QStringLiteral("2026-11-23T08:00:00.000Z");
    QStringList tokens;
    ServerTransaction transaction(*database, ServerTransaction::Mode::Write);
    for (int i = 0; i < count; ++i) {
        const QString device = QStringLiteral("%1-%2").arg(prefix).arg(i);
        const QString token = crypto::newToken();
        database->exec(
            QStringLiteral("INSERT INTO devices (id, name, site_ids, registered_at) VALUES (?, ?, ?, ?)"),
            {device, device, sites, now});
        database->exec(
            QStringLiteral(
                "INSERT INTO tokens (token_hash, agent_id, device_id, site_ids, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, '2099-01-01T00:00:00Z')"),
            {crypto::tokenDigest(token), store.agentId, device, sites, now});
        tokens << token;
    }
    transaction.commit();
    return tokens;
}

QUrl startServer(QProcess &process, const QString &url)
{
    // GUICHET_BENCH_SERVER_LOG=FILE: every request's own time on the server, as JSON lines in FILE.
    const QString logFile = qEnvironmentVariable("GUICHET_BENCH_SERVER_LOG");
    process.start(QStringLiteral(GUICHET_SERVER_PATH),
                  {QStringLiteral("--store"), url, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--log-level"),
                   logFile.isEmpty() ? QStringLiteral("info") : QStringLiteral("debug")});
    static const QRegularExpression portPattern(QStringLiteral("\"event\":\"listening\".*\"port\":(\\d+)"));
    QByteArray log;
    for (int i = 0; i < 600 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        log += process.readAllStandardError();
        const auto match = portPattern.match(QString::fromUtf8(log));
        if (match.hasMatch()) {
            // Keep draining its log so that the server never blocks on a full pipe.
            QFile *sink = nullptr;
            if (!logFile.isEmpty()) {
                sink = new QFile(logFile, &process);
                if (!sink->open(QIODevice::WriteOnly | QIODevice::Append))
                    qWarning("cannot write the server's log to %s", qPrintable(logFile));
            }
            QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&process, sink] {
                const QByteArray lines = process.readAllStandardError();
                if (sink != nullptr)
                    sink->write(lines);
            });
            return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
        }
    }
    qWarning("guichet-server did not start: %s", log.constData());
    return {};
}

static double statusField(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    return 0;
}

double peakRssMb(qint64 pid)
{
    return statusField(pid, "VmHWM:");
}

double currentRssMb(qint64 pid)
{
    return statusField(pid, "VmRSS:");
}

} // namespace bench
