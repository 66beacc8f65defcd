#pragma once

#include "knowledge/WhereToGoExport.h"
#include "shell/Area.h"
#include "shell/UiContext.h"

#include <QTimeZone>

class QAction;
class QLabel;
class QPushButton;
class QListView;
class QTextBrowser;
class QTimer;
class QUrl;

namespace guichet {

class ArticleActionsBar;
class ArticleListModel;

// Base de connaissances: search as you type (the main window's global search box, through
// search()), a result list with highlighted snippets, and a reading pane that renders
// the fiche (where to send the visitor, documents, body, related articles, the Service-Public
// attribution, when it was last updated or checked). With an empty search, the list holds every
// article and the pane shows the site's own sheet, the first thing a substitute agent needs.
// The article on show prints as the visitor's "where to go" slip (Ctrl+P) or saves as a PDF
// (Ctrl+Shift+P), from anywhere in the window while the area is shown. ArticleActionsBar adds the
// agent's favourite and feedback, and the supervisor's editing, history and review list; with an
// empty search the agent's favourites and recently opened articles head the site's sheet.
class KnowledgeArea : public Area
{
    Q_OBJECT

public:
    explicit KnowledgeArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("knowledge"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void setAgent(const QString &agentId) override;
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;
    bool searchFirst() const override { return true; }
    void leaveSearch(SearchExit how) override;

    // Shows an article in the reading pane (by id or by external id, e.g. "F1342"); false if absent.
    bool openArticle(const QString &id);
    bool openExternalId(const QString &externalId);

    // The article on show as the visitor's "where to go" slip: printed (print dialog) or saved
    // as a PDF (`path` empty: the file dialog). Nothing when no article is on show.
    void printWhereToGo();
    void saveWhereToGoPdf(const QString &path = {});
    // For tests: what stands for the print and file dialogs (empty: the real ones).
    void setExportDialogs(WhereToGoExport::PrintDialog printDialog, WhereToGoExport::PathDialog pathDialog);

    // For tests and the main window.
    QString query() const { return m_query; }
    QString shownArticleId() const { return m_shownId; }
    QAction *printAction() const { return m_printAction; }
    QAction *pdfAction() const { return m_pdfAction; }
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *pdfButton() const { return m_pdfButton; }
    ArticleActionsBar *actionsBar() const { return m_actions; }
    QListView *resultView() const { return m_results; }
    QTextBrowser *reader() const { return m_reader; }
    ArticleListModel *model() const { return m_model; }
    // Runs the pending search now (the debounce timer otherwise does it).
    void flushSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // High contrast on or off: the article on show is drawn again for the new palette.
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void showSiteSheet();
    void openRow(int row);
    void onAnchor(const QUrl &url);
    void updateCount(int count);
    QPushButton *addButton(QAction *action);
    void updateActions();
    QDate today() const;
    void rememberOpened(const QString &id);
    bool showArticle(const QString &id, const QString &headerHtml);
    QString personalLinksHtml() const;

    UiContext m_context;
    ArticleListModel *m_model = nullptr;
    QString m_query;
    QLabel *m_count = nullptr;
    QListView *m_results = nullptr;
    QTextBrowser *m_reader = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_shownId;
    bool m_siteSheetShown = false;   // m_shownId is the site's sheet, with the agent's links
    bool m_redrawPending = false;
    QTimeZone m_zone;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    ArticleActionsBar *m_actions = nullptr;
    WhereToGoExport::PrintDialog m_printDialog;
    WhereToGoExport::PathDialog m_pathDialog;
};

} // namespace guichet
