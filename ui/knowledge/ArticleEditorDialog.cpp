#include "knowledge/ArticleEditorDialog.h"

#include "core/Clock.h"
#include "domain/ArticleText.h"
#include "kb/ArticleEditing.h"
#include "repo/AgentRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include "shell/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guichet {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

} // namespace

ArticleEditorDialog::ArticleEditorDialog(const UiContext &context, const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_articleId(article.id)
{
    setWindowTitle(article.id.isEmpty() ? tr("New article") : tr("Edit the article"));
    setAccessibleName(windowTitle());
    buildForm();
    fill(article);
    resize(900, 720);
}

void ArticleEditorDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = lineEdit(this, tr("Title"), tr("What the visitor asks, e.g. \"Recensement citoyen à 16 ans\""));
    m_summary = lineEdit(this, tr("Summary"), tr("One sentence shown in the search results"));
    m_competence = new QComboBox(this);
    m_competence->setAccessibleName(tr("Competence"));
    for (Competence c : {Competence::Ville, Competence::Metropole, Competence::Etat, Competence::Ccas,
                         Competence::Autre})
        m_competence->addItem(ArticleText::competenceLabel(c), QVariant::fromValue(int(c)));
    m_service = lineEdit(this, tr("Service to send the visitor to"), tr("e.g. Service de l'état civil"));
    m_address = lineEdit(this, tr("Address"));
    m_hours = lineEdit(this, tr("Hours"), tr("e.g. du lundi au vendredi, 8 h 45 – 16 h 45"));
    m_phone = lineEdit(this, tr("Phone"));
    m_documents = new QPlainTextEdit(this);
    m_documents->setAccessibleName(tr("Documents to bring"));
    m_documents->setPlaceholderText(tr("One document per line"));
    m_documents->setTabChangesFocus(true);
    m_documents->setMaximumHeight(fontMetrics().height() * 5);
    m_tags = lineEdit(this, tr("Tags"), tr("Words agents type, separated by commas"));
    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setToolTip(tr("Who keeps the article up to date and receives the review tasks"));
    m_reviewDue = new QDateEdit(this);
    m_reviewDue->setAccessibleName(tr("Review by"));
    m_reviewDue->setCalendarPopup(true);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&Competence:"), m_competence);
    form->addRow(tr("&Send to:"), m_service);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Documents:"), m_documents);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Review by:"), m_reviewDue);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_body = new QPlainTextEdit(this);
    m_body->setAccessibleName(tr("Text of the article (Markdown)"));
    m_body->setPlaceholderText(tr("## Heading\n\nA paragraph.\n\n- a list item"));
    m_body->setTabChangesFocus(true);
    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Preview"));
    m_tabs->addTab(m_body, tr("Te&xt (Markdown)"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            updatePreview();
    });
    layout->addWidget(m_tabs, 1);

    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    saveButton->setToolTip(tr("Save the article and a new revision of it (Ctrl+Return)"));
    saveButton->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &ArticleEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &ArticleEditorDialog::save);
}

void ArticleEditorDialog::fill(const Article &article)
{
    const ArticleDraft draft = article.id.isEmpty() ? ArticleDraft() : ArticleDraft::from(article);
    m_title->setText(draft.title);
    m_summary->setText(draft.summary);
    m_competence->setCurrentIndex(std::max(0, m_competence->findData(QVariant::fromValue(int(draft.competence)))));
    m_service->setText(draft.referral.service);
    m_address->setText(draft.referral.address);
    m_hours->setText(draft.referral.hours);
    m_phone->setText(draft.referral.phone);
    m_documents->setPlainText(draft.documents.join(QLatin1Char('\n')));
    m_tags->setText(draft.tags.join(QStringLiteral(", ")));
    m_body->setPlainText(draft.body);

    // The owner: the supervisors of this site and of the pool, and whoever owns it now.
    const QString owner = draft.ownerAgentId.isEmpty() ? m_context.agentId : draft.ownerAgentId;
    try {
        const AgentRepository agents(m_context.store);
        QList<Agent> candidates = agents.bySite(m_context.siteId) + agents.substitutePool();
        const Agent current = agents.byId(owner);
        if (current.isValid())
            candidates.prepend(current);
        QStringList seen;
        for (const Agent &agent : std::as_const(candidates)) {
            if (seen.contains(agent.id) || (agent.role == Agent::Role::Agent && agent.id != owner))
                continue;
            seen << agent.id;
            m_owner->addItem(agent.displayName, agent.id);
        }
    } catch (const StoreError &error) {
        m_error->showMessage(error.message());
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    const QDate today = m_context.clock.todayIn(defaultTimeZone());
    m_reviewDue->setMinimumDate(today.addYears(-5));
    m_reviewDue->setDate(draft.reviewDue.isValid() ? draft.reviewDue
                                                   : today.addMonths(ArticleEditing::kDefaultReviewMonths));
    m_title->setFocus(Qt::OtherFocusReason);
}

QLabel *ArticleEditorDialog::errorLabel() const
{
    return m_error;
}

void ArticleEditorDialog::updatePreview()
{
    m_preview->setMarkdown(m_body->toPlainText());
}

bool ArticleEditorDialog::save()
{
    ArticleDraft draft;
    draft.id = m_articleId;
    draft.title = m_title->text().trimmed();
    draft.summary = m_summary->text().trimmed();
    draft.body = m_body->toPlainText();
    draft.competence = Competence(m_competence->currentData().toInt());
    draft.referral = Referral{m_service->text().trimmed(), m_address->text().trimmed(), m_hours->text().trimmed(),
                              m_phone->text().trimmed()};
    draft.documents = nonEmptyLines(m_documents->toPlainText());
    for (const QString &tag : m_tags->text().split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty())
            draft.tags << tag.trimmed();
    }
    draft.ownerAgentId = m_owner->currentData().toString();
    draft.reviewDue = m_reviewDue->date();
    try {
        const SavedArticle result = ArticleEditing(m_context.store, m_context.clock).save(draft, m_context.agentId);
        m_savedId = result.article.id;
        m_error->hide();
        emit saved(result.article.id, result.revision);
        accept();
        return true;
    } catch (const StoreError &error) {
        m_error->showMessage(tr("The article was not saved: %1").arg(error.message()));
        return false;
    }
}

} // namespace guichet
