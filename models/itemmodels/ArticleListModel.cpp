#include "itemmodels/ArticleListModel.h"

#include "kb/KbSearch.h"
#include "repo/ArticleRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QScopedValueRollback>

namespace guichet {

ArticleListModel::ArticleListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_search(std::make_unique<KbSearch>(store))
{
    connect(&store, &LocalStore::changed, this, &ArticleListModel::onStoreChanged);
    reload();
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::onStoreChanged(const QString &entity)
{
    // KbSearch re-reads its dictionaries by itself on the same signal.
    if (entity != QLatin1String("articles") && entity != QLatin1String("*"))
        return;
    try {
        reload();
    } catch (const StoreError &error) {
        qWarning("guichet: the articles could not be read again: %s", qPrintable(error.message()));
    }
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return row.summary;
    case Qt::AccessibleTextRole:
        return row.title + QStringLiteral(". ") + row.summary;
    case IdRole:
        return row.id;
    case ExternalIdRole:
        return row.externalId;
    case SourceRole:
        return articleSourceToString(row.source);
    case SnippetRole:
        return row.snippetHtml;
    case ScoreRole:
        return row.score;
    case CompetenceRole:
        return competenceToString(row.competence);
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(ExternalIdRole, "externalId");
    names.insert(TitleRole, "title");
    names.insert(SummaryRole, "summary");
    names.insert(SourceRole, "source");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    names.insert(CompetenceRole, "competence");
    return names;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_mode == Mode::Browse && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views (and QAbstractItemModelTester) may ask for more while rows are being announced.
    const QScopedValueRollback<bool> busy(m_notifying, true);
    const QList<ArticleSummary> page = ArticleRepository(m_store).listPage(int(m_rows.size()), m_pageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the table shrank meanwhile
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const ArticleSummary &a : page)
        m_rows.append(
            {a.id, a.externalId, a.title, a.summary, a.summary.toHtmlEscaped(), a.source, a.competence, 0});
    endInsertRows();
}

void ArticleListModel::setQuery(const QString &text)
{
    m_query = text;
    reload();
}

ArticleListModel::Loaded ArticleListModel::loadRows() const
{
    Loaded loaded;
    if (m_query.trimmed().isEmpty()) {
        loaded.mode = Mode::Browse;
        const ArticleRepository repository(m_store);
        loaded.total = repository.count();
        for (const ArticleSummary &a : repository.listPage(0, m_pageSize))
            loaded.rows.append({a.id, a.externalId, a.title, a.summary, a.summary.toHtmlEscaped(), a.source,
                                a.competence, 0});
        return loaded;
    }
    loaded.mode = Mode::Search;
    const QList<KbHit> hits = m_search->search(m_query, m_searchLimit);
    for (const KbHit &hit : hits)
        loaded.rows.append({hit.id, hit.externalId, hit.title, hit.summary, KbSearch::snippetHtml(hit.snippet),
                            hit.source, hit.competence, hit.score});
    loaded.total = int(loaded.rows.size());
    return loaded;
}

void ArticleListModel::reload()
{
    // Read first (a failure throws to the caller and leaves the model as it was), then reset.
    Loaded loaded = loadRows();
    {
        const QScopedValueRollback<bool> busy(m_notifying, true);
        beginResetModel();
        m_rows = std::move(loaded.rows);
        m_mode = loaded.mode;
        m_total = loaded.total;
        endResetModel();
    }
    emit resultsChanged(totalCount());
}

QString ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace guichet
