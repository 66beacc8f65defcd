#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>

namespace guichet {
class LocalStore;
}

namespace guichet::testing {

// Small synthetic articles for the knowledge-base tests (written here, never copied from the
// Service-Public fiches).
Article makeArticle(const QString &externalId, const QString &title, const QString &body,
                    const QString &summary = {}, Article::Source source = Article::Source::City);

// Inserts the articles in one transaction and tells the store that articles changed.
void insertArticles(LocalStore &store, const QList<Article> &articles);

// Writes `lines` (one JSON object each) to `path`; returns false when the file cannot be written.
bool writeLines(const QString &path, const QList<QByteArray> &lines);

// A minimal valid Service-Public line (JSON) with the given id, title, body and modified date.
QByteArray ficheLine(const QString &id, const QString &title, const QString &body,
                     const QString &modified = QStringLiteral("2020-11-05"), const QString &warning = {});

} // namespace guichet::testing
