#include "knowledge/KnowledgeArea.h"

#include "itemmodels/ArticleListModel.h"
#include "kb/ArticleFavourites.h"
#include "kb/RecentArticles.h"
#include "knowledge/ArticleActionsBar.h"
#include "knowledge/ArticleHtml.h"
#include "knowledge/ArticleResultDelegate.h"
#include "core/Clock.h"
#include "repo/ArticleRepository.h"
#include "repo/SiteRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace guichet {

namespace {

// A search takes a few milliseconds (bench_kb_search): it runs at the next turn of the event loop,
// so that keystrokes already waiting are read first and the typing is never held up.
constexpr int kDebounceMs = 0;

QTimeZone siteZone(LocalStore &store, const QString &siteId)
{
    QTimeZone zone;
    if (!siteId.isEmpty()) {
        try {
            zone = QTimeZone(SiteRepository(store).byId(siteId).timeZone.toUtf8());
        } catch (const StoreError &) {
            // The default zone below: a date one day off at most, never a failure.
        }
    }
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

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

    // The visitor's copy of the article on show. A window shortcut: it works from the search box
    // too, and only while this area is shown (a hidden area's actions do not answer).
    m_printAction = new QAction(tr("Print “where to go”"), this);
    m_printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_printAction->setToolTip(tr("Print the visitor's “where to go” slip of the article on show: where to go, "
                                 "documents to bring, QR code of the fiche (%1)")
                                  .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    m_pdfAction = new QAction(tr("Save as PDF"), this);
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pdfAction->setToolTip(tr("Save the “where to go” slip of the article on show as a PDF, to send it "
                               "by email (%1)")
                                .arg(m_pdfAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_printAction, m_pdfAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_printAction, &QAction::triggered, this, &KnowledgeArea::printWhereToGo);
    connect(m_pdfAction, &QAction::triggered, this, [this] { saveWhereToGoPdf(); });
    m_printButton = addButton(m_printAction);
    m_pdfButton = addButton(m_pdfAction);

    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    m_actions = new ArticleActionsBar(m_context, readerPane);
    connect(m_actions, &ArticleActionsBar::statusMessage, this, &Area::statusMessage);
    connect(m_actions, &ArticleActionsBar::openArticle, this, [this](const QString &id) {
        m_shownId.clear(); // shown again even when it is the same: it has changed
        openArticle(id);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    readerLayout->addLayout(buttons);
    readerLayout->addWidget(m_actions);
    readerLayout->addWidget(m_reader, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_results);
    splitter->addWidget(readerPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_results);
    setTabOrder(m_results, m_reader);
    setTabOrder(m_reader, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    m_zone = siteZone(m_context.store, m_context.siteId);
    updateActions();

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

void KnowledgeArea::setAgent(const QString &agentId)
{
    m_context.agentId = agentId;
    m_actions->setAgent(agentId);
    if (m_query.trimmed().isEmpty())
        showSiteSheet(); // the agent's own favourites and recent articles
}

void KnowledgeArea::setSite(const QString &siteId)
{
    m_context.siteId = siteId;
    m_actions->setSite(siteId);
    m_zone = siteZone(m_context.store, siteId);
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
        if (const auto sheet = ArticleRepository(m_context.store).siteSheet(m_context.siteId)) {
            if (showArticle(sheet->id, personalLinksHtml()))
                m_siteSheetShown = true;
        }
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
}

void KnowledgeArea::openRow(int row)
{
    const QString id = m_model->articleId(row);
    if (!id.isEmpty() && id != m_shownId && openArticle(id))
        rememberOpened(id);
}

void KnowledgeArea::rememberOpened(const QString &id)
{
    if (m_context.agentId.isEmpty())
        return;
    try {
        RecentArticles(m_context.store, m_context.clock).opened(m_context.agentId, id);
    } catch (const StoreError &error) {
        emit statusMessage(error.message()); // the article is on show all the same
    }
}

QString KnowledgeArea::personalLinksHtml() const
{
    if (m_context.agentId.isEmpty())
        return {};
    QList<ArticleSummary> favourites;
    QList<ArticleSummary> recent;
    try {
        favourites = ArticleFavourites(m_context.store, m_context.clock).list(m_context.agentId);
        recent = RecentArticles(m_context.store, m_context.clock).list(m_context.agentId, 8);
    } catch (const StoreError &) {
        return {};
    }
    const auto links = [](const QString &title, const QList<ArticleSummary> &articles) {
        if (articles.isEmpty())
            return QString();
        QString html = QStringLiteral("<p><b>%1</b> ").arg(title.toHtmlEscaped());
        QStringList items;
        for (const ArticleSummary &a : articles)
            items << QStringLiteral("<a href=\"article:%1\">%2</a>").arg(a.id.toHtmlEscaped(), a.title.toHtmlEscaped());
        return html + items.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    };
    const QString html = links(tr("Your favourites:"), favourites) + links(tr("Recently opened:"), recent);
    return html.isEmpty() ? html
                          : QStringLiteral("<div style=\"background:%1; padding:6px\">%2</div>")
                                .arg(ArticleHtml::boxBackground(QStringLiteral("#fff8e1")), html);
}

bool KnowledgeArea::openArticle(const QString &id)
{
    return showArticle(id, {});
}

bool KnowledgeArea::showArticle(const QString &id, const QString &headerHtml)
{
    try {
        const ArticleRepository repository(m_context.store);
        const auto article = repository.get(id);
        if (!article)
            return false;
        const QList<ArticleSummary> related =
            article->externalId.isEmpty() ? QList<ArticleSummary>() : repository.related(article->externalId);
        m_reader->setHtml(headerHtml + ArticleHtml::render(*article, related, today()));
        m_shownId = article->id;
        m_siteSheetShown = false;
        m_actions->setArticle(article->id, !article->isServicePublic());
        updateActions();
        return true;
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
        return false;
    }
}

void KnowledgeArea::changeEvent(QEvent *event)
{
    Area::changeEvent(event);
    // A palette change comes to every widget, and more than once with a style sheet: one redraw.
    if (event->type() != QEvent::PaletteChange || m_shownId.isEmpty() || m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawPending = false;
        if (m_siteSheetShown)
            showSiteSheet();
        else if (!m_shownId.isEmpty())
            showArticle(m_shownId, {});
    });
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
        else
            rememberOpened(m_shownId);
    } else if (url.scheme() == QLatin1String("article")) {
        if (openArticle(url.path()))
            rememberOpened(m_shownId);
    } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

QDate KnowledgeArea::today() const
{
    return m_context.clock.todayIn(m_zone);
}

QPushButton *KnowledgeArea::addButton(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip());
    button->setAccessibleDescription(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

void KnowledgeArea::updateActions()
{
    const bool shown = !m_shownId.isEmpty();
    m_printAction->setEnabled(shown);
    m_pdfAction->setEnabled(shown);
}

void KnowledgeArea::setExportDialogs(WhereToGoExport::PrintDialog printDialog,
                                     WhereToGoExport::PathDialog pathDialog)
{
    m_printDialog = std::move(printDialog);
    m_pathDialog = std::move(pathDialog);
}

void KnowledgeArea::printWhereToGo()
{
    if (m_shownId.isEmpty())
        return;
    WhereToGoExport::Outcome outcome;
    try {
        outcome = WhereToGoExport::print(
            WhereToGoExport::load(m_context.store, m_context.clock, m_context.siteId, m_shownId), this,
            m_printDialog);
    } catch (const StoreError &error) {
        outcome = {false, tr("The slip cannot be printed: %1").arg(error.message())};
    }
    if (!outcome.message.isEmpty())
        emit statusMessage(outcome.message);
}

void KnowledgeArea::saveWhereToGoPdf(const QString &path)
{
    if (m_shownId.isEmpty())
        return;
    WhereToGoExport::Outcome outcome;
    try {
        outcome = WhereToGoExport::savePdf(
            WhereToGoExport::load(m_context.store, m_context.clock, m_context.siteId, m_shownId), this, path,
            m_pathDialog);
    } catch (const StoreError &error) {
        outcome = {false, tr("The PDF cannot be written: %1").arg(error.message())};
    }
    if (!outcome.message.isEmpty())
        emit statusMessage(outcome.message);
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
