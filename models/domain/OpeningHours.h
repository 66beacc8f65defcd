#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

namespace guichet {

// A site's weekly opening hours: per ISO weekday (1 = Monday … 7 = Sunday) a sorted list of time
// ranges [start, end). Stored in sites.opening_hours as JSON:
//   [{"day":1,"ranges":[{"from":"08:45","to":"12:00"},{"from":"13:30","to":"16:45"}]}, …]
// Days without ranges are closed and not written.
class OpeningHours
{
public:
    struct Range
    {
        QTime start;
        QTime end;
        bool contains(const QTime &from, const QTime &to) const { return start <= from && to <= end; }
        bool operator==(const Range &other) const = default;
    };

    // Lenient parser: malformed entries are skipped (`ok` false when anything was skipped).
    static OpeningHours fromJson(const QString &json, bool *ok = nullptr);
    QString toJson() const;

    void add(int weekday, const QTime &start, const QTime &end);
    QList<Range> ranges(int weekday) const { return m_days.value(weekday); }
    bool isOpenOn(int weekday) const { return !m_days.value(weekday).isEmpty(); }
    // True when [from, to) lies inside one range of that weekday.
    bool covers(int weekday, const QTime &from, const QTime &to) const;
    bool isEmpty() const { return m_days.isEmpty(); }

    bool operator==(const OpeningHours &other) const { return m_days == other.m_days; }

private:
    QMap<int, QList<Range>> m_days;
};

} // namespace guichet
