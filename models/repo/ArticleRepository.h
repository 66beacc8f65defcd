#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>
#include <optional>

namespace guichet {

class LocalStore;

// One line of a list of articles (what a list shows, without the body).
struct ArticleSummary
{
    QString id;
    QString externalId;
    QString title;
    QString summary;
    Article::Source source = Article::Source::City;
    Competence competence = Competence::Ville;
};

// Reads the knowledge base (`articles`, deleted rows excluded). Throws StoreError.
class ArticleRepository
{
public:
    explicit ArticleRepository(LocalStore &store)
        : m_store(store)
    {}

    std::optional<Article> get(const QString &id) const;
    std::optional<Article> getByExternalId(const QString &externalId) const;

    int count() const;
    // A page of the list ordered by title (case-insensitive), then id.
    QList<ArticleSummary> listPage(int offset, int limit) const;

    // The site's own sheet ("Fiche du site"), the article whose site_id is the site.
    std::optional<Article> siteSheet(const QString &siteId) const;

    // The articles an article links to ("see also"), in its order; links to articles that are
    // not in the store are left out.
    QList<ArticleSummary> related(const QString &externalId) const;

private:
    LocalStore &m_store;
};

} // namespace guichet
