#include "core/TimeFormat.h"

#include <QTimeZone>

namespace guichet::timefmt {

QString toStore(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString toStoreMs(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QDateTime fromStore(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() != Qt::UTC)
        dt = dt.toUTC();
    return dt;
}

QString dateToStore(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFromStore(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace guichet::timefmt
