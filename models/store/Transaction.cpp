#include "store/Transaction.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE: take the write lock at the start. A deferred transaction that reads, then writes,
    // fails at once with SQLITE_BUSY when another connection wrote in between (busy_timeout does
    // not help there); an immediate one waits for its turn instead.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        sql::fail(begin.lastError(), QCoreApplication::translate("guichet::Transaction", "Could not start a transaction"));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_done = true;
        sql::fail(error, QCoreApplication::translate("guichet::Transaction", "Could not save the change"));
    }
    m_done = true;
}

} // namespace guichet
