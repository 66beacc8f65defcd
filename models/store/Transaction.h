#pragma once

#include <QSqlDatabase>

namespace guichet {

// RAII transaction: rolls back unless commit() was called. A local change and its outbox mutation
// are always written inside one of these.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace guichet
