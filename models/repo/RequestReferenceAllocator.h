#pragma once

#include <QSqlDatabase>
#include <QString>

namespace guichet {

// Chooses the reference of a new request, inside the transaction that files it:
// - a standalone counter (no server) numbers per site and year from what its store holds;
// - a synced counter takes the next number of a block the server leased to it, and when none is
//   left a provisional reference with its device tag (RequestReference::makeProvisional), so that
//   two counters offline at the same time never give the same reference.
class RequestReferenceAllocator
{
public:
    static QString next(const QSqlDatabase &db, const QString &siteCode, int year);

private:
    static QString nextLocal(const QSqlDatabase &db, const QString &siteCode, int year);
    static QString nextLeased(const QSqlDatabase &db, const QString &siteCode, int year);
    static QString nextProvisional(const QSqlDatabase &db, const QString &siteCode, int year);
};

} // namespace guichet
