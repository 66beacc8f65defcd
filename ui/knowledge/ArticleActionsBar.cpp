#include "knowledge/ArticleActionsBar.h"

#include "core/Clock.h"
#include "kb/ArticleEditing.h"
#include "kb/ArticleFavourites.h"
#include "kb/ArticleFeedback.h"
#include "kb/ArticleReview.h"
#include "knowledge/ArticleEditorDialog.h"
#include "knowledge/ArticleHistoryDialog.h"
#include "knowledge/ReviewListDialog.h"
#include "repo/ArticleRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>

namespace guichet {

ArticleActionsBar::ArticleActionsBar(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_favourite = createAction(tr("Favourite"), QKeySequence(Qt::CTRL | Qt::Key_D),
                               tr("Keep this article among your favourites, at every counter (%1)"),
                               &ArticleActionsBar::toggleFavourite);
    m_favourite->setCheckable(true);
    m_useful = createAction(tr("Useful"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                            tr("This article answered the visitor's question (%1)"), &ArticleActionsBar::markUseful);
    m_obsolete = createAction(tr("Out of date…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              tr("Something in this article is wrong or out of date: its owner gets a review "
                                 "task (%1)"),
                              nullptr);
    connect(m_obsolete, &QAction::triggered, this, [this] { markObsolete(); });
    m_new = createAction(tr("New article"), QKeySequence(), tr("Write a new article of the city"),
                         &ArticleActionsBar::newArticle);
    m_edit = createAction(tr("Edit"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change this article (%1)"),
                          &ArticleActionsBar::editArticle);
    m_history = createAction(tr("History"), QKeySequence(Qt::CTRL | Qt::Key_H),
                             tr("The article's revisions, what changed, and restoring one (%1)"),
                             &ArticleActionsBar::showHistory);
    m_review = createAction(tr("To review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            tr("Articles past their review date and the agents' review tasks (%1)"),
                            &ArticleActionsBar::showReviewList);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_favourite, m_useful, m_obsolete})
        layout->addWidget(addButton(action));
    layout->addStretch(1);
    for (QAction *action : {m_new, m_edit, m_history, m_review}) {
        QPushButton *button = addButton(action);
        layout->addWidget(button);
        if (action != m_history)
            m_editorButtons << button;
    }
    connect(&m_context.store, &LocalStore::changed, this, [this](const QString &entity) {
        if (entity.isEmpty() || entity == QLatin1String("articles") || entity == QLatin1String("article_feedback"))
            updateReviewCount();
    });
    setAgent(m_context.agentId);
}

QAction *ArticleActionsBar::createAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip,
                                         void (ArticleActionsBar::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // From the search box too, and only while the knowledge base is shown.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(shortcut.isEmpty() ? toolTip
                                          : toolTip.arg(shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    if (slot != nullptr)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QPushButton *ArticleActionsBar::addButton(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip());
    button->setAccessibleDescription(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
        button->setAccessibleName(action->text());
    });
    return button;
}

void ArticleActionsBar::setAgent(const QString &agentId)
{
    m_context.agentId = agentId;
    m_mayEdit = false;
    try {
        m_mayEdit = !agentId.isEmpty() && ArticleEditing(m_context.store, m_context.clock).mayEdit(agentId);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
    for (QPushButton *button : std::as_const(m_editorButtons))
        button->setVisible(m_mayEdit);
    updateActions();
    updateReviewCount();
}

void ArticleActionsBar::setArticle(const QString &articleId, bool editable)
{
    m_articleId = articleId;
    m_editable = editable;
    updateActions();
}

void ArticleActionsBar::updateActions()
{
    const bool shown = !m_articleId.isEmpty();
    const bool signedIn = !m_context.agentId.isEmpty();
    bool favourite = false;
    try {
        if (shown && signedIn)
            favourite = ArticleFavourites(m_context.store, m_context.clock).isFavourite(m_context.agentId, m_articleId);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
    m_favourite->setEnabled(shown && signedIn);
    m_favourite->setChecked(favourite);
    m_favourite->setText(favourite ? tr("★ Favourite") : tr("☆ Favourite"));
    m_useful->setEnabled(shown && signedIn);
    m_obsolete->setEnabled(shown && signedIn);
    m_new->setEnabled(m_mayEdit);
    m_edit->setEnabled(m_mayEdit && shown && m_editable);
    m_history->setEnabled(shown && m_editable);
    m_review->setEnabled(m_mayEdit);
}

void ArticleActionsBar::updateReviewCount()
{
    // Read when the articles or the feedback change, not at each article opened.
    int toReview = 0;
    try {
        if (m_mayEdit)
            toReview = int(ArticleReview(m_context.store, m_context.clock).overdue().size() +
                           ArticleFeedbackService(m_context.store, m_context.clock).openTasks().size());
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
    m_review->setText(toReview > 0 ? tr("To review (%1)").arg(toReview) : tr("To review"));
}

void ArticleActionsBar::toggleFavourite()
{
    if (m_articleId.isEmpty() || m_context.agentId.isEmpty())
        return;
    try {
        const bool now = ArticleFavourites(m_context.store, m_context.clock).toggle(m_context.agentId, m_articleId);
        emit statusMessage(now ? tr("Added to your favourites.") : tr("Removed from your favourites."));
    } catch (const StoreError &error) {
        emit statusMessage(tr("The favourite was not saved: %1").arg(error.message()));
    }
    updateActions();
}

void ArticleActionsBar::markUseful()
{
    if (m_articleId.isEmpty() || m_context.agentId.isEmpty())
        return;
    try {
        ArticleFeedbackService(m_context.store, m_context.clock)
            .give(m_articleId, m_context.agentId, ArticleFeedback::Kind::Useful);
        emit statusMessage(tr("Thank you: your feedback will be sent to the server."));
    } catch (const StoreError &error) {
        emit statusMessage(tr("The feedback was not saved: %1").arg(error.message()));
    }
}

void ArticleActionsBar::markObsolete(const QString &comment)
{
    if (m_articleId.isEmpty() || m_context.agentId.isEmpty())
        return;
    QString text = comment;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, tr("Out of date"),
                                              tr("What is wrong or out of date? The article's owner will "
                                                 "review it."),
                                              {}, &ok);
        if (!ok)
            return;
    }
    try {
        ArticleFeedbackService(m_context.store, m_context.clock)
            .give(m_articleId, m_context.agentId, ArticleFeedback::Kind::Obsolete, text.trimmed());
        emit statusMessage(tr("Thank you: the article's owner gets a review task (sent at the next sync)."));
    } catch (const StoreError &error) {
        emit statusMessage(tr("The feedback was not saved: %1").arg(error.message()));
    }
    updateActions();
}

void ArticleActionsBar::newArticle()
{
    if (!m_mayEdit)
        return;
    auto *dialog = new ArticleEditorDialog(m_context, Article(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleEditorDialog::saved, this, [this](const QString &id) {
        emit statusMessage(tr("Article saved. It will be sent to the server."));
        emit openArticle(id);
    });
    dialog->open();
}

void ArticleActionsBar::editArticle()
{
    if (!m_mayEdit || m_articleId.isEmpty() || !m_editable)
        return;
    std::optional<Article> article;
    try {
        article = ArticleRepository(m_context.store).get(m_articleId);
    } catch (const StoreError &error) {
        emit statusMessage(error.message());
    }
    if (!article)
        return;
    auto *dialog = new ArticleEditorDialog(m_context, *article, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleEditorDialog::saved, this, [this](const QString &id) {
        emit statusMessage(tr("Article saved. It will be sent to the server."));
        emit openArticle(id);
    });
    dialog->open();
}

void ArticleActionsBar::showHistory()
{
    if (m_articleId.isEmpty() || !m_editable)
        return;
    auto *dialog = new ArticleHistoryDialog(m_context, m_articleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleHistoryDialog::restored, this, [this](const QString &id) {
        emit statusMessage(tr("Revision restored. It will be sent to the server."));
        emit openArticle(id);
    });
    dialog->open();
}

void ArticleActionsBar::showReviewList()
{
    if (!m_mayEdit)
        return;
    auto *dialog = new ReviewListDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewListDialog::openArticle, this, [this, dialog](const QString &id) {
        emit openArticle(id);
        dialog->close();
    });
    connect(dialog, &QDialog::finished, this, &ArticleActionsBar::updateReviewCount);
    dialog->open();
}

} // namespace guichet
