#include "store/Transaction.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace guichet {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        sql::fail(m_db.lastError(), QCoreApplication::translate("guichet::Transaction", "Could not start a transaction"));
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
