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
#include <QLineEdit>
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
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(searchPlaceholder());
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search the knowledge base"));
    m_field->setAccessibleDescription(
        tr("Results update as you type; press Down to reach them, Enter to open."));
    m_field->installEventFilter(this);

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
    layout->addWidget(m_field);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_field);
    setTabOrder(m_field, m_results);
    setTabOrder(m_results, m_reader);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &KnowledgeArea::runSearch);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &ArticleListModel::resultsChanged, this, &KnowledgeArea::updateCount);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        openRow(index.row());
        m_reader->setFocus();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
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
    if (m_field->text().trimmed().isEmpty())
        showSiteSheet();
}

void KnowledgeArea::search(const QString &text)
{
    if (m_field->text() != text)
        m_field->setText(text); // textChanged restarts the debounce timer
}

void KnowledgeArea::focusPrimary()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
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
        m_model->setQuery(m_field->text());
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
    if (watched == m_field) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            flushSearch();
            if (m_model->rowCount() == 0)
                return true;
            const QModelIndex first = m_model->index(0, 0);
            m_results->setCurrentIndex(first);
            if (key->key() == Qt::Key_Down) {
                m_results->setFocus(Qt::TabFocusReason);
            } else {
                openRow(0);
                m_reader->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            m_field->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return Area::eventFilter(watched, event);
}

} // namespace guichet
