#pragma once

#include <QJsonObject>
#include <QString>

namespace guichet::server {

// Structured logs: one JSON object per line on stderr ({"ts", "level", "event", …fields}), so a
// city's IT can feed them to journald or any log collector as they are.
class ServerLog
{
public:
    enum class Level
    {
        Debug = 0,
        Info = 1,
        Warning = 2,
        Error = 3
    };

    explicit ServerLog(Level threshold = Level::Info)
        : m_threshold(threshold)
    {}
    static bool parseLevel(const QString &name, Level *level);

    void setThreshold(Level level) { m_threshold = level; }
    void write(Level level, const QString &event, QJsonObject fields = {}) const;
    void info(const QString &event, const QJsonObject &fields = {}) const
    {
        write(Level::Info, event, fields);
    }
    void warning(const QString &event, const QJsonObject &fields = {}) const
    {
        write(Level::Warning, event, fields);
    }
    void error(const QString &event, const QJsonObject &fields = {}) const
    {
        write(Level::Error, event, fields);
    }
    void debug(const QString &event, const QJsonObject &fields = {}) const
    {
        write(Level::Debug, event, fields);
    }

private:
    Level m_threshold;
};

} // namespace guichet::server
