#pragma once

#include "shell/UiContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace guichet {

class ErrorBanner;

// An article's history: its revisions, newest first (who, when, what kind), and for the one
// selected what changed since the revision before it — lines removed in red, added in green, and
// the other fields that changed. A supervisor restores the selected revision (a new revision
// with its content: history is never rewritten). Keyboard: the arrows pick a revision, Ctrl+R
// restores it after a confirmation, Escape closes.
class ArticleHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleHistoryDialog(const UiContext &context, const QString &articleId, QWidget *parent = nullptr);

    QTreeWidget *revisionList() const { return m_list; }
    QTextBrowser *diffView() const { return m_diff; }
    QPushButton *restoreButton() const { return m_restore; }
    // Restores the selected revision without asking (the button asks first).
    bool restoreSelected();

signals:
    void restored(const QString &articleId, int revision);

private:
    void reload();
    void showDiff();
    int selectedRevision() const;

    UiContext m_context;
    QString m_articleId;
    bool m_mayEdit = false;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace guichet
