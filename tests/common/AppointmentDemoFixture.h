#pragma once

// The "sites & appointments" part of the demo city in a test store, without the other parts
// (articles, requests, interpreters): built the way DemoCity does, in one transaction.
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet::testing {

inline DemoContext fillSitesAndAppointments(LocalStore &store, const DemoOptions &options = {})
{
    QSqlDatabase db = store.connection();
    const Clock &clock = store.clock();
    // As DemoCity does: every record stamped with the start of today.
    const QDate today = clock.todayIn(defaultTimeZone());
    DemoContext context(db, clock, options, today,
                        timefmt::toStoreMs(QDateTime(today, QTime(0, 0), Qt::UTC)));
    Transaction transaction(db);
    generateSitesAgentsServices(context);
    generateAppointments(context);
    transaction.commit();
    return context;
}

// SHA-1 of every row of a table, ordered by id: equal digests mean identical contents.
inline QByteArray tableDigest(LocalStore &store, const QString &table)
{
    QSqlQuery query =
        sql::exec(store.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    while (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

} // namespace guichet::testing
