#include "domain/OpeningHours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace guichet {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

OpeningHours OpeningHours::fromJson(const QString &json, bool *ok)
{
    OpeningHours hours;
    bool clean = true;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        if (ok != nullptr)
            *ok = json.trimmed().isEmpty();
        return hours;
    }
    const QJsonArray days = document.array();
    for (const QJsonValue &dayValue : days) {
        const QJsonObject day = dayValue.toObject();
        const int weekday = day.value(QLatin1String("day")).toInt(0);
        if (weekday < 1 || weekday > 7) {
            clean = false;
            continue;
        }
        const QJsonArray ranges = day.value(QLatin1String("ranges")).toArray();
        for (const QJsonValue &rangeValue : ranges) {
            const QJsonObject range = rangeValue.toObject();
            const QTime from = QTime::fromString(range.value(QLatin1String("from")).toString(), kTimeFormat);
            const QTime to = QTime::fromString(range.value(QLatin1String("to")).toString(), kTimeFormat);
            if (!from.isValid() || !to.isValid() || to <= from) {
                clean = false;
                continue;
            }
            hours.add(weekday, from, to);
        }
    }
    if (ok != nullptr)
        *ok = clean;
    return hours;
}

QString OpeningHours::toJson() const
{
    QJsonArray days;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        QJsonArray ranges;
        for (const Range &range : it.value())
            ranges.append(QJsonObject{{QStringLiteral("from"), range.start.toString(kTimeFormat)},
                                      {QStringLiteral("to"), range.end.toString(kTimeFormat)}});
        days.append(QJsonObject{{QStringLiteral("day"), it.key()}, {QStringLiteral("ranges"), ranges}});
    }
    return QString::fromUtf8(QJsonDocument(days).toJson(QJsonDocument::Compact));
}

void OpeningHours::add(int weekday, const QTime &start, const QTime &end)
{
    if (weekday < 1 || weekday > 7 || !start.isValid() || !end.isValid() || end <= start)
        return;
    QList<Range> &ranges = m_days[weekday];
    ranges.append(Range{start, end});
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
}

bool OpeningHours::covers(int weekday, const QTime &from, const QTime &to) const
{
    const QList<Range> dayRanges = m_days.value(weekday);
    return std::any_of(dayRanges.cbegin(), dayRanges.cend(),
                       [&](const Range &range) { return range.contains(from, to); });
}

} // namespace guichet
