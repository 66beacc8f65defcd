#pragma once

#include "shell/UiContext.h"

#include <QWidget>

class QAction;
class QPushButton;

namespace guichet {

// What an agent does with the article on show, besides reading it: keep it among their
// favourites (Ctrl+D, synced: it follows a substitute agent), say it was useful (Ctrl+Shift+U) or
// that it is out of date (Ctrl+Shift+O, with a comment: a review task for its owner, queued
// offline like every change). A supervisor also writes a new article, edits this one (Ctrl+E),
// reads and restores its history (Ctrl+H) and opens the review list (Ctrl+Shift+R). The buttons
// a role may not use are hidden. Errors and confirmations go to statusMessage.
class ArticleActionsBar : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleActionsBar(const UiContext &context, QWidget *parent = nullptr);

    void setAgent(const QString &agentId);
    void setSite(const QString &siteId) { m_context.siteId = siteId; }
    // The article on show (empty: none); `editable` false for a Service-Public fiche.
    void setArticle(const QString &articleId, bool editable);

    void toggleFavourite();
    void markUseful();
    // The comment is asked for unless given (tests give it).
    void markObsolete(const QString &comment = {});
    void newArticle();
    void editArticle();
    void showHistory();
    void showReviewList();

    QAction *favouriteAction() const { return m_favourite; }
    QAction *editAction() const { return m_edit; }
    QAction *reviewAction() const { return m_review; }

signals:
    void statusMessage(const QString &text);
    // An article was written or restored here, or picked in the review list: show it.
    void openArticle(const QString &articleId);

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip,
                          void (ArticleActionsBar::*slot)());
    QPushButton *addButton(QAction *action);
    void updateActions();
    void updateReviewCount();

    UiContext m_context;
    QString m_articleId;
    bool m_editable = false;
    bool m_mayEdit = false;
    QAction *m_favourite = nullptr;
    QAction *m_useful = nullptr;
    QAction *m_obsolete = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_history = nullptr;
    QAction *m_review = nullptr;
    QList<QPushButton *> m_editorButtons;
};

} // namespace guichet
