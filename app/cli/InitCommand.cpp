// guichet-cli init [--demo] [--size small|large] [--seed N] [--kb-dir DIR]
#include "CliRuntime.h"

#include "demo/DemoCity.h"
#include "demo/ServicePublicLocation.h"
#include "core/Clock.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace guichet {

int runInitCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates or migrates the local store; --demo fills it with "
                                                    "the demo city."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Fill the store with the demo city."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("small (a city's day-to-day) or large (the benchmark sizes)."),
                                  QStringLiteral("small|large"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo generator."),
                                  QStringLiteral("N"), QStringLiteral("2026"));
    const QCommandLineOption kbDir(QStringLiteral("kb-dir"),
                                   QStringLiteral("Folder of the Service-Public fiches (default: ../shared/data/kb)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day the demo city is built around (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noKb(QStringLiteral("no-kb"), QStringLiteral("Do not import the Service-Public fiches."));
    parser.addOptions({demo, size, seed, kbDir, today, noKb});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("init"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return runtime.usage(QStringLiteral("init: unexpected argument '%1'").arg(parser.positionalArguments().first()));

    DemoOptions options;
    const QString sizeName = parser.value(size);
    if (sizeName == QLatin1String("large"))
        options.size = DemoOptions::Size::Large;
    else if (sizeName != QLatin1String("small"))
        return runtime.usage(QStringLiteral("init: --size is small or large, not '%1'").arg(sizeName));
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return runtime.usage(QStringLiteral("init: --seed takes a whole number, not '%1'").arg(parser.value(seed)));
    if (!parser.isSet(noKb))
        options.kbDir = parser.isSet(kbDir) ? parser.value(kbDir) : findServicePublicDir();

    std::unique_ptr<FixedClock> fixedClock;
    if (parser.isSet(today)) {
        const QDate day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return runtime.usage(QStringLiteral("init: --today takes a date as YYYY-MM-DD, not '%1'")
                                     .arg(parser.value(today)));
        // 09:00 in Paris, whatever the season.
        fixedClock = std::make_unique<FixedClock>(QDateTime(day, QTime(9, 0), defaultTimeZone()).toUTC());
        runtime.setClock(*fixedClock);
    }

    const bool existed = QFileInfo::exists(runtime.storePath());
    QElapsedTimer timer;
    timer.start();
    LocalStore &store = runtime.store(true);
    QJsonObject result{{QStringLiteral("store"), runtime.storePath()},
                       {QStringLiteral("created"), !existed},
                       {QStringLiteral("schema_version"), store.schemaVersion()}};
    QString text = QStringLiteral("%1 store %2 at schema %3")
                       .arg(existed ? QStringLiteral("Opened") : QStringLiteral("Created"), runtime.storePath())
                       .arg(store.schemaVersion());
    if (parser.isSet(demo)) {
        const DemoCity::Report report = DemoCity(store).generate(options);
        QJsonObject rows;
        for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        QJsonObject demoJson{{QStringLiteral("seed"), qint64(options.seed)},
                             {QStringLiteral("size"), sizeName},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("service_public_fiches"), report.fichesImported}};
        if (!report.fichesSkippedReason.isEmpty())
            demoJson.insert(QStringLiteral("service_public_skipped"), report.fichesSkippedReason);
        result.insert(QStringLiteral("demo"), demoJson);
        text += QStringLiteral("\nDemo city (seed %1, %2):").arg(options.seed).arg(sizeName);
        for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it)
            text += QStringLiteral("\n  %1 %2").arg(it.key(), -22).arg(it.value(), 9);
        text += report.fichesSkippedReason.isEmpty()
                    ? QStringLiteral("\n  Service-Public fiches: %1").arg(report.fichesImported)
                    : QStringLiteral("\n  Service-Public fiches not imported: %1").arg(report.fichesSkippedReason);
    }
    result.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
    return runtime.succeed(result, text);
}

} // namespace guichet
