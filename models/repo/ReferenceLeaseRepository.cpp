#include "repo/ReferenceLeaseRepository.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet {

void ReferenceLeaseRepository::addLease(const QSqlDatabase &db, const QString &prefix, int first, int last)
{
    if (prefix.isEmpty() || first < 1 || last < first)
        throw StoreError(
            StoreError::Kind::InvalidInput,
            QCoreApplication::translate("guichet::ReferenceLeaseRepository",
                                        "The server reserved an invalid block of request numbers "
                                        "(%1: %2 to %3).")
                .arg(prefix)
                .arg(first)
                .arg(last));
    QSqlQuery overlap =
        sql::exec(db,
                  QStringLiteral("SELECT first_number, last_number FROM reference_leases "
                                 "WHERE prefix = ? AND last_number >= ? AND first_number <= ?"),
                  {prefix, first, last});
    if (overlap.next()) {
        if (overlap.value(0).toInt() == first && overlap.value(1).toInt() == last)
            return; // the same block, received again
        throw StoreError(
            StoreError::Kind::InvalidInput,
            QCoreApplication::translate("guichet::ReferenceLeaseRepository",
                                        "The server reserved request numbers %1 to %2 of %3 again: "
                                        "they overlap a block this counter already has.")
                .arg(first)
                .arg(last)
                .arg(prefix));
    }
    sql::exec(db,
              QStringLiteral("INSERT INTO reference_leases (prefix, first_number, next_number, last_number) "
                             "VALUES (?, ?, ?, ?)"),
              {prefix, first, first, last});
}

std::optional<int> ReferenceLeaseRepository::take(const QSqlDatabase &db, const QString &prefix)
{
    QSqlQuery block =
        sql::exec(db,
                  QStringLiteral("SELECT id, next_number FROM reference_leases WHERE prefix = ? "
                                 "AND next_number <= last_number ORDER BY next_number LIMIT 1"),
                  {prefix});
    if (!block.next())
        return std::nullopt;
    const qint64 id = block.value(0).toLongLong();
    const int number = block.value(1).toInt();
    block.finish();
    sql::exec(db, QStringLiteral("UPDATE reference_leases SET next_number = next_number + 1 WHERE id = ?"),
              {id});
    return number;
}

int ReferenceLeaseRepository::remaining(const QSqlDatabase &db, const QString &prefix)
{
    return sql::scalar(
               db,
               QStringLiteral("SELECT coalesce(sum(last_number - next_number + 1), 0) FROM reference_leases "
                              "WHERE prefix = ?"),
               {prefix})
        .toInt();
}

int ReferenceLeaseRepository::remaining(const QString &prefix) const
{
    return remaining(m_store.connection(), prefix);
}

} // namespace guichet
