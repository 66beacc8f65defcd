#include "demo/DemoCity.h"

#include "core/TimeFormat.h"
#include "kb/KbImporter.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace guichet {

namespace {

const QStringList &demoTables()
{
    static const QStringList tables = {
        QStringLiteral("sites"),        QStringLiteral("site_closures"),  QStringLiteral("agents"),
        QStringLiteral("devices"),      QStringLiteral("services"),       QStringLiteral("schedules"),
        QStringLiteral("appointments"), QStringLiteral("articles"),       QStringLiteral("requests"),
        QStringLiteral("request_events"), QStringLiteral("interpreter_providers")};
    return tables;
}

} // namespace

DemoCity::Report DemoCity::generate(const DemoOptions &options)
{
    QSqlDatabase db = m_store.connection();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM sites")).toInt() > 0)
        throw StoreError(StoreError::Kind::InvalidInput,
                         QCoreApplication::translate("guichet::DemoCity",
                                                     "This store already holds a city: the demo city is only "
                                                     "created in an empty store."));

    const Clock &clock = m_store.clock();
    // Every demo record is stamped with the start of "today": the same seed on the same day gives
    // the same city, whatever the time of day.
    const QDate today = clock.todayIn(defaultTimeZone());
    DemoContext context(db, clock, options, today, timefmt::toStoreMs(QDateTime(today, QTime(0, 0), Qt::UTC)));
    {
        Transaction transaction(db);
        generateSitesAgentsServices(context);
        generateAppointments(context);
        generateCityArticles(context);
        generateRequests(context);
        generateInterpreterProviders(context);
        SyncStateRepository::setValue(db, SyncStateRepository::DemoSeed, QString::number(options.seed));
        if (!context.siteIds.isEmpty())
            SyncStateRepository::setValue(db, SyncStateRepository::CurrentSite, context.siteIds.first());
        transaction.commit();
    }

    Report report;
    const QString fiches = options.kbDir.isEmpty()
                               ? QString()
                               : QDir(options.kbDir).filePath(QStringLiteral("service-public-fiches.jsonl"));
    if (fiches.isEmpty()) {
        report.fichesSkippedReason =
            QCoreApplication::translate("guichet::DemoCity", "no Service-Public folder was given");
    } else if (!QFileInfo::exists(fiches)) {
        report.fichesSkippedReason =
            QCoreApplication::translate("guichet::DemoCity", "%1 is absent").arg(QDir::toNativeSeparators(fiches));
    } else {
        const KbImportReport imported = KbImporter(m_store).importFile(fiches);
        report.fichesImported = imported.inserted + imported.updated + imported.unchanged;
    }
    for (const QString &table : demoTables())
        report.rows.insert(table, sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong());
    m_store.notifyChanged(QStringLiteral("*"));
    return report;
}

} // namespace guichet
