#pragma once

#include "shell/Area.h"
#include "shell/UiContext.h"

class QLabel;
class QListView;
class QTextBrowser;
class QTimer;
class QUrl;

namespace guichet {

class ArticleListModel;

// Base de connaissances: search as you type (the main window's global search box, through
// search()), a result list with highlighted snippets, and a reading pane that renders
// the fiche (where to send the visitor, documents, body, related articles, the Service-Public
// attribution). With an empty search, the list holds every article and the pane shows the site's
// own sheet, the first thing a substitute agent needs.
class KnowledgeArea : public Area
{
    Q_OBJECT

public:
    explicit KnowledgeArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("knowledge"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;
    bool searchFirst() const override { return true; }
    void leaveSearch(SearchExit how) override;

    // Shows an article in the reading pane (by id or by external id, e.g. "F1342"); false if absent.
    bool openArticle(const QString &id);
    bool openExternalId(const QString &externalId);

    // For tests and the main window.
    QString query() const { return m_query; }
    QListView *resultView() const { return m_results; }
    QTextBrowser *reader() const { return m_reader; }
    ArticleListModel *model() const { return m_model; }
    // Runs the pending search now (the debounce timer otherwise does it).
    void flushSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showSiteSheet();
    void openRow(int row);
    void onAnchor(const QUrl &url);
    void updateCount(int count);

    UiContext m_context;
    ArticleListModel *m_model = nullptr;
    QString m_query;
    QLabel *m_count = nullptr;
    QListView *m_results = nullptr;
    QTextBrowser *m_reader = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_shownId;
};

} // namespace guichet
