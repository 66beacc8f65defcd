#include "repo/RequestReferenceAllocator.h"

#include "core/Ids.h"
#include "domain/RequestReference.h"
#include "repo/ReferenceLeaseRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"

namespace guichet {

namespace {

bool taken(const QSqlDatabase &db, const QString &reference)
{
    return sql::scalar(db, QStringLiteral("SELECT 1 FROM requests WHERE reference = ?"), {reference})
        .isValid();
}

} // namespace

QString RequestReferenceAllocator::next(const QSqlDatabase &db, const QString &siteCode, int year)
{
    if (SyncStateRepository::value(db, SyncStateRepository::ServerUrl).isEmpty())
        return nextLocal(db, siteCode, year);
    return nextLeased(db, siteCode, year);
}

QString RequestReferenceAllocator::nextLocal(const QSqlDatabase &db, const QString &siteCode, int year)
{
    // Only "M3-2026-004127-K" references count (a digit after the prefix): provisional ones
    // ("M3-2026-X7K2Q9-…") sort after them and would otherwise restart the numbering at 1.
    const QString prefix = RequestReference::prefix(siteCode, year) + QLatin1Char('-');
    const QString last =
        sql::scalar(db,
                    QStringLiteral("SELECT max(reference) FROM requests WHERE reference >= ? AND "
                                   "reference < ?"),
                    {prefix + QLatin1Char('0'), prefix + QLatin1Char(':')})
            .toString();
    const int number = last.isEmpty() ? 1 : last.mid(prefix.size(), 6).toInt() + 1;
    return RequestReference::make(siteCode, year, number);
}

QString RequestReferenceAllocator::nextLeased(const QSqlDatabase &db, const QString &siteCode, int year)
{
    const QString prefix = RequestReference::prefix(siteCode, year);
    while (const auto number = ReferenceLeaseRepository::take(db, prefix)) {
        const QString reference = RequestReference::make(siteCode, year, *number);
        // A store that numbered on its own before it joined the server may hold this one already:
        // the number is used up and the next one tried.
        if (!taken(db, reference))
            return reference;
    }
    return nextProvisional(db, siteCode, year);
}

QString RequestReferenceAllocator::nextProvisional(const QSqlDatabase &db, const QString &siteCode, int year)
{
    QString deviceId = SyncStateRepository::value(db, SyncStateRepository::DeviceId);
    if (deviceId.isEmpty()) {
        // Registration normally sets it; without it the tag would be the same on every counter.
        deviceId = newId();
        SyncStateRepository::setValue(db, SyncStateRepository::DeviceId, deviceId);
    }
    const QString body = RequestReference::prefix(siteCode, year) + QLatin1Char('-') +
                         RequestReference::deviceTag(deviceId) + QLatin1Char('-');
    // Numbers compared as numbers ("10000" after "9999"); the check letter and its dash cut off.
    const int last =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(CAST(substr(reference, ?, length(reference) - ?) "
                                   "AS INTEGER)), 0) FROM requests WHERE reference >= ? AND reference < ?"),
                    {body.size() + 1, body.size() + 2, body, body + QChar(0xFFFF)})
            .toInt();
    return RequestReference::makeProvisional(siteCode, year, RequestReference::deviceTag(deviceId), last + 1);
}

} // namespace guichet
