#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guichet::timefmt {

// Times are stored in UTC as ISO 8601 text ("2026-11-22T08:30:00Z", milliseconds for
// updated_at), so that they sort and compare as plain text in SQL.
QString toStore(const QDateTime &utc);
QString toStoreMs(const QDateTime &utc);
QDateTime fromStore(const QString &text);
QString dateToStore(const QDate &date);
QDate dateFromStore(const QString &text);

} // namespace guichet::timefmt
