#include "knowledge/KnowledgeArea.h"

#include "itemmodels/ArticleListModel.h"
#include "knowledge/ArticleHtml.h"
#include "knowledge/ArticleResultDelegate.h"
#include "repo/ArticleRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace guichet {

namespace {

constexpr int kDebounceMs = 120;

} // namespace

KnowledgeArea::KnowledgeArea(const UiContext &context, QWidget *parent)
    : Area(parent)
    , m_context(context)
{
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of articles"));

    m_model = new ArticleListModel(context.store, this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ArticleResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAccessibleName(tr("Articles"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);

    m_reader = new QTextBrowser(this);
    m_reader->setOpenLinks(false);
    m_reader->setAccessibleName(tr("Article"));
    m_reader->setPlaceholderText(tr("Type a few words: the matching articles appear as you type."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_results);
    setTabOrder(m_results, m_reader);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &KnowledgeArea::runSearch);
    connect(m_model, &ArticleListModel::resultsChanged, this, &KnowledgeArea::updateCount);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        openRow(index.row());
        m_reader->setFocus();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                // The view picks a first current row by itself when it gets the focus: that is
                // not the agent choosing an article, and must not hide the site's sheet.
                if (current.isValid() && previous.isValid())
                    openRow(current.row());
            });
    connect(m_reader, &QTextBrowser::anchorClicked, this, &KnowledgeArea::onAnchor);
    updateCount(m_model->totalCount());
    showSiteSheet();
}

QString KnowledgeArea::areaTitle() const
{
    return tr("Knowledge base");
}

QString KnowledgeArea::searchPlaceholder() const
{
    return tr("Search the knowledge base (e.g. passport lost, PACS, census)…");
}

void KnowledgeArea::setSite(const QString &siteId)
{
    m_context.siteId = siteId;
    if (m_query.trimmed().isEmpty())
        showSiteSheet();
}

void KnowledgeArea::search(const QString &text)
{
    if (m_query == text)
        return;
    m_query = text;
    m_debounce->start();
}

void KnowledgeArea::focusPrimary()
{
    if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
    m_results->setFocus(Qt::ShortcutFocusReason);
}

void KnowledgeArea::leaveSearch(SearchExit how)
{
    flushSearch();
    if (m_model->rowCount() == 0)
        return;
    m_results->setCurrentIndex(m_model->index(0, 0));
    openRow(0);
    if (how == SearchExit::Down)
        m_results->setFocus(Qt::TabFocusReason);
    else
        m_reader->setFocus(Qt::TabFocusReason);
}

void KnowledgeArea::flushSearch()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        runSearch();
    }
}

void KnowledgeArea::runSearch()
{
    try {
        m_model->setQuery(m_query);
    } catch (const StoreError &error) {
        emit statusMessage(tr("The search failed: %1").arg(error.message()));
        return;
    }
    if (m_model->mode() == ArticleListModel::Mode::Browse)
        showSiteSheet();
}

void KnowledgeArea::updateCount(int count)
{
    if (m_model->mode() == ArticleListModel::Mode::Browse)
        m_count->setText(tr("%n article(s) in the knowledge base", nullptr, count));
    else if (count == 0)
        m_count->setText(tr("No article matches: try fewer or other words."));
    else
        m_count->setText(tr("%n result(s)", nullptr, count));
}

void KnowledgeArea::showSiteSheet()
{
    try {
        if (const auto sheet = ArticleRepository(m_context.store).siteSheet(m_context.siteId))
            openArticle(sheet->id);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
}

void KnowledgeArea::openRow(int row)
{
    const QString id = m_model->articleId(row);
    if (!id.isEmpty() && id != m_shownId)
        openArticle(id);
}

bool KnowledgeArea::openArticle(const QString &id)
{
    try {
        const ArticleRepository repository(m_context.store);
        const auto article = repository.get(id);
        if (!article)
            return false;
        const QList<ArticleSummary> related =
            article->externalId.isEmpty() ? QList<ArticleSummary>() : repository.related(article->externalId);
        m_reader->setHtml(ArticleHtml::render(*article, related));
        m_shownId = article->id;
        return true;
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
        return false;
    }
}

bool KnowledgeArea::openExternalId(const QString &externalId)
{
    try {
        const auto article = ArticleRepository(m_context.store).getByExternalId(externalId);
        return article && openArticle(article->id);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
        return false;
    }
}

void KnowledgeArea::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("kb")) {
        if (!openExternalId(url.path()))
            emit statusMessage(tr("Article %1 is not in this counter's knowledge base.").arg(url.path()));
    } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

bool KnowledgeArea::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return Area::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
        emit searchFocusRequested();
        return true;
    }
    return Area::eventFilter(watched, event);
}

} // namespace guichet
