#include "knowledge/ArticleHistoryDialog.h"

#include "kb/ArticleEditing.h"
#include "kb/ArticleHistory.h"
#include "store/StoreError.h"

#include "shell/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

constexpr int kRevisionRole = Qt::UserRole + 1;

QString linesHtml(const QList<DiffLine> &lines)
{
    QString html = QStringLiteral("<pre style=\"white-space: pre-wrap; margin: 0\">");
    for (const DiffLine &line : lines) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case DiffLine::Kind::Added:
            html += QStringLiteral("<span style=\"background:#d4edda; color:#0b3d17\">+ %1</span>\n").arg(text);
            break;
        case DiffLine::Kind::Removed:
            html += QStringLiteral("<span style=\"background:#f8d7da; color:#5c0b12; "
                                   "text-decoration: line-through\">- %1</span>\n")
                        .arg(text);
            break;
        case DiffLine::Kind::Same:
            html += QStringLiteral("  %1\n").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</pre>");
}

} // namespace

ArticleHistoryDialog::ArticleHistoryDialog(const UiContext &context, const QString &articleId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_articleId(articleId)
{
    setWindowTitle(tr("History of the article"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setHeaderLabels({tr("Revision"), tr("What"), tr("By"), tr("When")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff = new QTextBrowser(this);
    m_diff->setAccessibleName(tr("Changes in this revision"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setSizes({180, 420});
    layout->addWidget(splitter, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_restore = buttons->addButton(tr("&Restore this revision"), QDialogButtonBox::ActionRole);
    m_restore->setAccessibleName(tr("Restore this revision"));
    m_restore->setToolTip(tr("Bring back this revision's content as a new revision (Ctrl+R)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int revision = selectedRevision();
        if (revision <= 0)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Restore the revision?"),
            tr("The article gets the content of revision %1 back, as a new revision. Nothing is lost.").arg(revision));
        if (answer == QMessageBox::Yes)
            restoreSelected();
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(shortcut, &QShortcut::activated, m_restore, &QPushButton::click);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ArticleHistoryDialog::showDiff);

    m_mayEdit = ArticleEditing(m_context.store, m_context.clock).mayEdit(m_context.agentId);
    m_restore->setVisible(m_mayEdit);
    reload();
    resize(820, 640);
}

void ArticleHistoryDialog::reload()
{
    m_list->clear();
    try {
        const QLocale locale;
        for (const ArticleRevision &r : ArticleHistory(m_context.store).revisions(m_articleId)) {
            QString what;
            switch (r.kind) {
            case ArticleRevision::Kind::Created:
                what = tr("Written");
                break;
            case ArticleRevision::Kind::Edit:
                what = tr("Changed");
                break;
            case ArticleRevision::Kind::Restore:
                what = tr("Revision %1 restored").arg(r.restoredFrom);
                break;
            case ArticleRevision::Kind::Baseline:
                what = tr("Before the first change");
                break;
            }
            if (!r.synced)
                what += QLatin1String(" · ") + tr("not yet sent");
            auto *item = new QTreeWidgetItem(
                m_list, {QString::number(r.revision), what, r.editedByName,
                         r.editedAt.isValid() ? locale.toString(r.editedAt.toLocalTime(), QLocale::ShortFormat)
                                              : QString()});
            item->setData(0, kRevisionRole, r.revision);
        }
    } catch (const StoreError &error) {
        m_error->showMessage(error.message());
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_diff->setHtml(tr("<p>This article has no history yet: it has not been changed at a counter.</p>"));
    m_list->setFocus(Qt::OtherFocusReason);
}

int ArticleHistoryDialog::selectedRevision() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kRevisionRole).toInt() : 0;
}

void ArticleHistoryDialog::showDiff()
{
    const int revision = selectedRevision();
    // The latest revision is the article as it is: nothing to restore.
    m_restore->setEnabled(m_mayEdit && revision > 0 && m_list->indexOfTopLevelItem(m_list->currentItem()) > 0);
    if (revision <= 0)
        return;
    try {
        const ArticleHistory history(m_context.store);
        const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
        const QTreeWidgetItem *older = m_list->topLevelItem(index + 1);
        if (older == nullptr) {
            const auto first = history.revision(m_articleId, revision);
            m_diff->setHtml(tr("<p><b>First revision</b></p>") +
                            (first ? QStringLiteral("<h3>%1</h3>").arg(first->title.toHtmlEscaped()) +
                                         linesHtml(LineDiff::compare({}, first->body))
                                   : QString()));
            return;
        }
        const ArticleRevisionDiff diff =
            history.diff(m_articleId, older->data(0, kRevisionRole).toInt(), revision);
        QString html = QStringLiteral("<p><b>%1</b></p>")
                           .arg(tr("Changes from revision %1 to %2").arg(diff.fromRevision).arg(diff.toRevision));
        if (diff.identical())
            html += tr("<p>Same content as the revision before.</p>");
        if (LineDiff::changedLines(diff.title) > 0)
            html += QStringLiteral("<p>%1</p>").arg(tr("Title:")) + linesHtml(diff.title);
        if (!diff.otherFields.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Other fields changed: %1").arg(diff.otherFields.join(QStringLiteral(", ")).toHtmlEscaped()));
        if (LineDiff::changedLines(diff.body) > 0)
            html += QStringLiteral("<p>%1</p>").arg(tr("Text:")) + linesHtml(diff.body);
        m_diff->setHtml(html);
    } catch (const StoreError &error) {
        m_diff->setHtml(QStringLiteral("<p>%1</p>").arg(error.message().toHtmlEscaped()));
    }
}

bool ArticleHistoryDialog::restoreSelected()
{
    const int revision = selectedRevision();
    if (revision <= 0)
        return false;
    try {
        const SavedArticle saved =
            ArticleEditing(m_context.store, m_context.clock).restore(m_articleId, revision, m_context.agentId);
        m_error->hide();
        reload();
        emit restored(m_articleId, saved.revision);
        return true;
    } catch (const StoreError &error) {
        m_error->showMessage(tr("The revision was not restored: %1").arg(error.message()));
        return false;
    }
}

} // namespace guichet
