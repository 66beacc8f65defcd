#include "knowledge/ReviewListDialog.h"

#include "core/Clock.h"
#include "kb/ArticleEditing.h"
#include "kb/ArticleFeedback.h"
#include "kb/ArticleReview.h"
#include "store/StoreError.h"

#include "shell/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

constexpr int kArticleRole = Qt::UserRole + 1;
constexpr int kTaskRole = Qt::UserRole + 2;

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setAccessibleName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

} // namespace

ReviewListDialog::ReviewListDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Articles to review"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary"));
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Review date passed</b>"), this));
    m_overdue = makeList(this, tr("Articles whose review date has passed"),
                         {tr("Article"), tr("Owner"), tr("Review by"), tr("Late"), tr("Open tasks")});
    layout->addWidget(m_overdue, 1);
    layout->addWidget(new QLabel(tr("<b>Review tasks raised by agents</b>"), this));
    m_tasks = makeList(this, tr("Open review tasks"), {tr("Article"), tr("Raised by"), tr("When"), tr("Comment")});
    layout->addWidget(m_tasks, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    // The action buttons in a row of their own, before the button box: Qt 6.4's button box
    // chains the Tab order of its buttons in a loop, from which Tab never reaches Close.
    auto *actions = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verified today"), this);
    m_verify->setAccessibleName(tr("Verified today"));
    m_verify->setToolTip(tr("The selected article has been checked: verified today, next review date set"));
    m_resolve = new QPushButton(tr("&Task handled"), this);
    m_resolve->setAccessibleName(tr("Task handled"));
    m_resolve->setToolTip(tr("The selected review task has been dealt with"));
    auto *open = new QPushButton(tr("&Open the article"), this);
    open->setAccessibleName(tr("Open the article"));
    open->setToolTip(tr("Show the selected article in the reading pane (Enter)"));
    for (QPushButton *button : {m_verify, m_resolve, open})
        actions->addWidget(button);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    actions->addStretch(1);
    actions->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &ReviewListDialog::verifySelected);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewListDialog::resolveSelected);
    const auto openSelected = [this] {
        const QTreeWidget *list = m_tasks->hasFocus() ? m_tasks : m_overdue;
        const QString id = selectedArticle(list);
        if (!id.isEmpty())
            emit openArticle(id);
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    for (QTreeWidget *list : {m_overdue, m_tasks})
        connect(list, &QTreeWidget::itemActivated, this, openSelected);
    layout->addLayout(actions);
    reload();
    resize(900, 600);
}

void ReviewListDialog::reload()
{
    m_overdue->clear();
    m_tasks->clear();
    const QLocale locale;
    try {
        const QList<OverdueArticle> overdue = ArticleReview(m_context.store, m_context.clock).overdue();
        for (const OverdueArticle &a : overdue) {
            auto *item = new QTreeWidgetItem(
                m_overdue, {a.title, a.ownerName.isEmpty() ? tr("no owner") : a.ownerName,
                            locale.toString(a.reviewDue, QLocale::ShortFormat),
                            tr("%n day(s)", nullptr, a.daysOverdue),
                            a.openReviewTasks > 0 ? QString::number(a.openReviewTasks) : QString()});
            item->setData(0, kArticleRole, a.articleId);
        }
        const QList<ArticleFeedback> tasks = ArticleFeedbackService(m_context.store, m_context.clock).openTasks();
        for (const ArticleFeedback &t : tasks) {
            QString comment = t.comment;
            if (t.kind == ArticleFeedback::Kind::Obsolete)
                comment = comment.isEmpty() ? tr("Marked obsolete") : tr("Obsolete: %1").arg(comment);
            auto *item = new QTreeWidgetItem(
                m_tasks, {t.articleTitle, t.agentName, locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat),
                          comment});
            item->setData(0, kArticleRole, t.articleId);
            item->setData(0, kTaskRole, t.id);
        }
        m_summary->setText(tr("%1 article(s) past their review date · %2 open review task(s)")
                               .arg(overdue.size())
                               .arg(tasks.size()));
    } catch (const StoreError &error) {
        showError(error.message());
    }
    if (m_overdue->topLevelItemCount() > 0)
        m_overdue->setCurrentItem(m_overdue->topLevelItem(0));
    if (m_tasks->topLevelItemCount() > 0)
        m_tasks->setCurrentItem(m_tasks->topLevelItem(0));
    const bool editor = ArticleEditing(m_context.store, m_context.clock).mayEdit(m_context.agentId);
    m_verify->setEnabled(editor && m_overdue->topLevelItemCount() > 0);
    m_resolve->setEnabled(editor && m_tasks->topLevelItemCount() > 0);
}

QString ReviewListDialog::selectedArticle(const QTreeWidget *list) const
{
    const QTreeWidgetItem *item = list->currentItem();
    return item ? item->data(0, kArticleRole).toString() : QString();
}

void ReviewListDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

bool ReviewListDialog::verifySelected()
{
    const QString id = selectedArticle(m_overdue);
    if (id.isEmpty())
        return false;
    try {
        ArticleEditing(m_context.store, m_context.clock).markVerified(id, m_context.agentId);
        m_error->hide();
        reload();
        return true;
    } catch (const StoreError &error) {
        showError(tr("Not marked verified: %1").arg(error.message()));
        return false;
    }
}

bool ReviewListDialog::resolveSelected()
{
    const QTreeWidgetItem *item = m_tasks->currentItem();
    if (item == nullptr)
        return false;
    try {
        ArticleFeedbackService(m_context.store, m_context.clock)
            .resolve(item->data(0, kTaskRole).toString(), m_context.agentId);
        m_error->hide();
        reload();
        return true;
    } catch (const StoreError &error) {
        showError(tr("The task was not closed: %1").arg(error.message()));
        return false;
    }
}

} // namespace guichet
