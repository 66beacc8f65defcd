#include "CliRuntime.h"

#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace guichet {

CliRuntime::CliRuntime(QString storePath, bool json) : m_storePath(std::move(storePath)), m_json(json) {}

CliRuntime::~CliRuntime() = default;

LocalStore &CliRuntime::store(bool checkIntegrity)
{
    if (!m_store) {
        auto store = m_clock ? std::make_unique<LocalStore>(m_storePath, *m_clock)
                             : std::make_unique<LocalStore>(m_storePath);
        store->open(checkIntegrity ? LocalStore::IntegrityCheck::Quick : LocalStore::IntegrityCheck::Skip);
        m_store = std::move(store);
    }
    return *m_store;
}

void CliRuntime::printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliRuntime::printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int CliRuntime::succeed(const QJsonObject &object, const QString &text) const
{
    if (m_json)
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    else if (!text.isEmpty())
        printOut(text);
    return Ok;
}

int CliRuntime::fail(const QString &reason) const
{
    // One line: the reason must fit a log line or a script's error message.
    QString line = reason.simplified();
    printErr(QStringLiteral("guichet-cli: ") + line);
    return Failure;
}

std::optional<int> CliRuntime::parseArguments(QCommandLineParser &parser, const QString &command,
                                              const QStringList &arguments) const
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("guichet-cli ") + command} + arguments))
        return usage(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(help)) {
        // Qt names the program as it was started; say the command instead.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        const QString usageLine = text.left(firstLineEnd);
        const qsizetype options = usageLine.indexOf(QLatin1String(" [options]"));
        text.replace(0, firstLineEnd,
                     QStringLiteral("Usage: guichet-cli [--store PATH] [--json] ") + command
                         + (options >= 0 ? usageLine.mid(options) : QString()));
        printOut(text.trimmed());
        return Ok;
    }
    return std::nullopt;
}

int CliRuntime::usage(const QString &message) const
{
    printErr(QStringLiteral("guichet-cli: ") + message.simplified());
    printErr(QStringLiteral("Try 'guichet-cli --help'."));
    return Usage;
}

} // namespace guichet
