#pragma once

#include "shell/UiContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace guichet {

class ErrorBanner;

// The supervisors' review list: the city's articles whose review date has passed (most overdue
// first, with the owner and the open review tasks) and the open review tasks agents raised
// ("obsolète", or a comment). Enter opens the article (openArticle), "Vérifié" marks the selected
// article verified today, "Traité" resolves the selected task; each is written with its outbox
// mutation and the lists refresh.
class ReviewListDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewListDialog(const UiContext &context, QWidget *parent = nullptr);

    QTreeWidget *overdueList() const { return m_overdue; }
    QTreeWidget *taskList() const { return m_tasks; }
    bool verifySelected();
    bool resolveSelected();
    void reload();

signals:
    void openArticle(const QString &articleId);

private:
    QString selectedArticle(const QTreeWidget *list) const;
    void showError(const QString &message);

    UiContext m_context;
    QTreeWidget *m_overdue = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_error = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace guichet
