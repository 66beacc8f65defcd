#include "ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

namespace guichet::server {

bool ServerLog::parseLevel(const QString &name, Level *level)
{
    static const QHash<QString, Level> levels{{QStringLiteral("debug"), Level::Debug},
                                              {QStringLiteral("info"), Level::Info},
                                              {QStringLiteral("warning"), Level::Warning},
                                              {QStringLiteral("error"), Level::Error}};
    const auto it = levels.constFind(name.toLower());
    if (it == levels.constEnd())
        return false;
    *level = *it;
    return true;
}

void ServerLog::write(Level level, const QString &event, QJsonObject fields) const
{
    if (static_cast<int>(level) < static_cast<int>(m_threshold))
        return;
    static const char *const names[] = {"debug", "info", "warning", "error"};
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QString::fromLatin1(names[static_cast<int>(level)]));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace guichet::server
