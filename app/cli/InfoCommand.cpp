// guichet-cli info
#include "CliRuntime.h"

#include "info/StoreInfo.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace guichet {

int runInfoCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Schema version, counts per entity, outbox length, sync cursor, last sync, and an order-independent "
        "digest of the synced content per entity (two counters in sync print the same digests)."));
    const QCommandLineOption noDigests(QStringLiteral("no-digests"), QStringLiteral("Skip the digests (faster)."));
    parser.addOption(noDigests);
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("info"), arguments))
        return *stop;
    if (!QFileInfo::exists(runtime.storePath()))
        return runtime.fail(QStringLiteral("no store at %1: run 'guichet-cli init' first").arg(runtime.storePath()));
    const StoreInfo info = StoreInfo::collect(runtime.store(), !parser.isSet(noDigests));
    QJsonObject json = info.toJson();
    json.insert(QStringLiteral("store"), runtime.storePath());
    return runtime.succeed(json, QStringLiteral("store: %1\n").arg(runtime.storePath()) + info.toText());
}

} // namespace guichet
