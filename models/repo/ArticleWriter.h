#pragma once

#include "domain/Article.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace guichet {

// Writes articles through two statements prepared once (bulk imports and the demo generator
// write thousands of rows inside one transaction). The caller owns the transaction and calls
// LocalStore::notifyChanged("articles") after its commit. Throws StoreError.
class ArticleWriter
{
public:
    explicit ArticleWriter(const QSqlDatabase &db);

    void insert(const Article &article);
    // Rewrites every column but id, version and deleted (matched by id).
    void update(const Article &article);

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

} // namespace guichet
