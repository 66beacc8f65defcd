#pragma once

#include "domain/Article.h"

#include <QAbstractListModel>
#include <QList>
#include <memory>

namespace guichet {

class KbSearch;
class LocalStore;

// The knowledge base as a list: either every article by title, loaded a page at a time
// (canFetchMore / fetchMore, so 50,000 articles never load at once), or the results of a search
// (KbSearch, best first, with a highlighted snippet). Reloads when the store says articles changed.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ExternalIdRole,
        TitleRole,
        SummaryRole,
        SourceRole,  // "city" or "service-public"
        SnippetRole, // HTML: the passage that matched, matches in <b>; the summary when browsing
        ScoreRole,
        CompetenceRole, // "ville", "metropole", "etat", "ccas", "autre"
    };
    enum class Mode
    {
        Browse,
        Search
    };

    explicit ArticleListModel(LocalStore &store, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Mode mode() const { return m_mode; }
    QString query() const { return m_query; }
    // Searches `text`; an empty (or blank) text lists every article.
    void setQuery(const QString &text);
    void reload();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int searchLimit() const { return m_searchLimit; }
    void setSearchLimit(int rows) { m_searchLimit = std::max(1, rows); }
    // Articles in the list when browsing, results when searching.
    int totalCount() const { return m_mode == Mode::Browse ? m_total : int(m_rows.size()); }

    QString articleId(int row) const;

signals:
    // After a search or a reload: how many results (or articles) the list holds.
    void resultsChanged(int count);

private:
    struct Row
    {
        QString id;
        QString externalId;
        QString title;
        QString summary;
        QString snippetHtml;
        Article::Source source = Article::Source::City;
        Competence competence = Competence::Ville;
        double score = 0;
    };
    void onStoreChanged(const QString &entity);
    struct Loaded
    {
        QList<Row> rows;
        Mode mode = Mode::Browse;
        int total = 0;
    };
    Loaded loadRows() const;

    LocalStore &m_store;
    std::unique_ptr<KbSearch> m_search;
    QList<Row> m_rows;
    Mode m_mode = Mode::Browse;
    QString m_query;
    int m_total = 0;
    int m_pageSize = 200;
    int m_searchLimit = 50;
    bool m_notifying = false; // rows are being reset or inserted: no nested fetch
};

} // namespace guichet
