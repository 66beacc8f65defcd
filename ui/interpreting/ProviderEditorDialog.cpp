#include "interpreting/ProviderEditorDialog.h"

#include "interpreting/ProviderCheck.h"
#include "interpreting/ProviderForm.h"
#include "repo/InterpreterRepository.h"
#include "repo/SiteRepository.h"
#include "shell/ErrorBanner.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "shell/RefusalPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace guichet {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QSet<QString> siteIdsOf(const QList<Site> &sites)
{
    QSet<QString> ids;
    for (const Site &site : sites)
        ids.insert(site.id);
    return ids;
}

} // namespace

QString ProviderEditorDialog::refusalText()
{
    return tr("Only a supervisor or an administrator can add, change or remove interpreting services. Ask "
              "your supervisor if a service is missing or wrong.");
}

ProviderEditorDialog::ProviderEditorDialog(LocalStore &store, const QString &agentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agentId(agentId)
{
    setWindowTitle(tr("Interpreting services"));
    setAccessibleName(windowTitle());
    setModal(false);
    bool allowed = false;
    try {
        allowed = InterpreterRepository(m_store).mayEdit(m_agentId);
    } catch (const StoreError &) {
        allowed = false;
    }
    if (allowed)
        buildEditor();
    else
        buildRefusal();
}

void ProviderEditorDialog::buildRefusal()
{
    m_refusal = RefusalPage::build(this, refusalText());
}

void ProviderEditorDialog::buildEditor()
{
    auto *layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Ser&vices:"), left);
    m_list = new QListWidget(left);
    m_list->setAccessibleName(tr("Interpreting services"));
    m_list->setAccessibleDescription(tr("Real services first, then the examples. Delete removes the selected "
                                        "service."));
    listLabel->setBuddy(m_list);
    m_list->installEventFilter(this);
    m_new = new QPushButton(tr("&New service"), left);
    m_new->setAccessibleName(tr("New service"));
    m_new->setToolTip(tr("Add a service (Ctrl+N)"));
    m_new->setAutoDefault(false);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);

    const QList<Site> sites = SiteRepository(m_store).all();
    auto *scroll = new QScrollArea(splitter);
    // Born inside the dialog: a form made without a parent and moved in later keeps its fields
    // out of the dialog's Tab path.
    m_form = new ProviderForm(sites, scroll);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save the service"));
    m_save->setToolTip(tr("Save the service (Ctrl+S); it is sent to the server at the next sync"));
    m_save->setAutoDefault(false);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setAccessibleName(tr("Delete the service"));
    m_delete->setAutoDefault(false);
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revert->setAccessibleName(tr("Revert the unsaved changes"));
    m_revert->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    layout->addWidget(buttons);

    // Save is a button of the dialog, not an "accept": the dialog stays open for the next service.
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_revert, &QPushButton::clicked, this, &ProviderEditorDialog::revert);
    connect(m_new, &QPushButton::clicked, this, [this] { startNew(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    auto *saveReturn = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveReturn, &QShortcut::activated, this, [this] { save(); });
    auto *newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, [this] { startNew(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProviderEditorDialog::onCurrentRowChanged);
    connect(m_form, &ProviderForm::modified, this, &ProviderEditorDialog::updateButtons);
    connect(&m_store, &LocalStore::changed, this, &ProviderEditorDialog::onStoreChanged);

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        startNew();
    m_list->setFocus();
    resize(1000, 720);
}

void ProviderEditorDialog::reloadList()
{
    m_settingRow = true;
    m_list->clear();
    for (const InterpreterProvider &p : InterpreterRepository(m_store).all()) {
        //: A service in the list that is only a demo entry
        auto *item = new QListWidgetItem(p.isExample ? tr("%1 [Example]").arg(p.name) : p.name, m_list);
        item->setData(kIdRole, p.id);
    }
    m_settingRow = false;
    selectCurrentRow();
}

void ProviderEditorDialog::selectCurrentRow()
{
    int current = -1;
    for (int row = 0; row < m_list->count() && current < 0; ++row)
        if (!m_currentId.isEmpty() && m_list->item(row)->data(kIdRole).toString() == m_currentId)
            current = row;
    m_settingRow = true;
    m_list->setCurrentRow(current);
    m_settingRow = false;
}

void ProviderEditorDialog::onStoreChanged(const QString &entity)
{
    if (entity != QLatin1String("interpreter_providers") && entity != QLatin1String("*"))
        return;
    reloadList();
    if (m_currentId.isEmpty() || m_form->isModified())
        return; // a new service, or changes being typed: kept as they are
    if (InterpreterRepository(m_store).get(m_currentId))
        showProvider(m_currentId); // the service as it is now (a sync may have changed it)
    else
        startNew();
}

bool ProviderEditorDialog::blockedByChanges()
{
    if (!m_form->isModified())
        return false;
    m_error->showMessage(tr("The service in the form has changes that are not saved: save them (Ctrl+S) or "
                            "revert them first."));
    return true;
}

void ProviderEditorDialog::onCurrentRowChanged()
{
    if (m_settingRow)
        return;
    QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(kIdRole).toString() : QString();
    if (id == m_currentId)
        return;
    if (blockedByChanges()) {
        // Back on the service being edited, once the view has finished changing its current row.
        QMetaObject::invokeMethod(this, &ProviderEditorDialog::selectCurrentRow, Qt::QueuedConnection);
        return;
    }
    if (!id.isEmpty())
        showProvider(id);
}

bool ProviderEditorDialog::selectProvider(const QString &id)
{
    if (!m_form || blockedByChanges() || !InterpreterRepository(m_store).get(id))
        return false;
    showProvider(id);
    return true;
}

void ProviderEditorDialog::showProvider(const QString &id)
{
    const std::optional<InterpreterProvider> provider = InterpreterRepository(m_store).get(id);
    if (!provider)
        return;
    m_currentId = id;
    m_form->setProvider(*provider);
    m_error->hide();
    m_status->setText(provider->version == 0 ? tr("Not yet sent to the server.") : QString());
    selectCurrentRow();
    updateButtons();
}

bool ProviderEditorDialog::startNew()
{
    if (!m_form || blockedByChanges())
        return false;
    m_currentId.clear();
    InterpreterProvider blank;
    blank.modes = {InterpretingMode::Foreign};
    m_form->setProvider(blank);
    m_error->hide();
    m_status->setText(tr("New service: fill in the form, then save it."));
    selectCurrentRow();
    updateButtons();
    m_form->nameEdit()->setFocus();
    return true;
}

void ProviderEditorDialog::revert()
{
    if (!m_form)
        return;
    m_form->setModified(false);
    if (m_currentId.isEmpty())
        startNew();
    else
        showProvider(m_currentId);
}

bool ProviderEditorDialog::save()
{
    if (!m_form)
        return false;
    const InterpreterProvider draft = m_form->provider();
    const QList<ProviderCheck::Problem> problems =
        ProviderCheck::check(draft, siteIdsOf(SiteRepository(m_store).all()));
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        m_error->showMessage(
            tr("The service was not saved: %n problem(s) to correct, shown under the fields.", nullptr,
               int(problems.size())));
        return false;
    }
    try {
        const InterpreterProvider stored = InterpreterRepository(m_store).saveProvider(draft, m_agentId);
        m_form->setModified(false);
        showProvider(stored.id);
        m_status->setText(tr("Saved: “%1” is sent to the server at the next sync.").arg(stored.name));
        emit saved(stored.id);
        return true;
    } catch (const StoreError &error) {
        m_form->clearProblems();
        m_error->showMessage(error.message()); // what was typed stays in the form
        return false;
    }
}

bool ProviderEditorDialog::removeCurrent()
{
    if (!m_form || m_currentId.isEmpty())
        return false;
    if (!m_confirmRemoval)
        return removeNow();
    const std::optional<InterpreterProvider> provider = InterpreterRepository(m_store).get(m_currentId);
    if (!provider)
        return false;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete the service"),
                                tr("Delete “%1”? The counters will no longer offer it.").arg(provider->name),
                                QMessageBox::NoButton, this);
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    yes->setAccessibleName(tr("Delete the service"));
    no->setAccessibleName(tr("Keep the service"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_currentId;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *button) {
        if (button == yes && id == m_currentId)
            removeNow();
    });
    box->open();
    return false;
}

bool ProviderEditorDialog::removeNow()
{
    const QString id = m_currentId;
    try {
        InterpreterRepository(m_store).removeProvider(id, m_agentId);
        m_form->setModified(false);
        m_currentId.clear();
        reloadList();
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        else
            startNew();
        m_status->setText(tr("Deleted: the change is sent to the server at the next sync."));
        emit removed(id);
        return true;
    } catch (const StoreError &error) {
        m_error->showMessage(error.message());
        return false;
    }
}

void ProviderEditorDialog::reject()
{
    if (m_form && m_form->isModified() && !m_closeWarned) {
        m_closeWarned = true;
        m_error->showMessage(tr("The service in the form has changes that are not saved: save them (Ctrl+S), "
                                "or press Escape again to close without saving."));
        return;
    }
    m_closeWarned = false;
    QDialog::reject();
}

void ProviderEditorDialog::updateButtons()
{
    if (!m_form)
        return;
    m_closeWarned = false;
    m_delete->setEnabled(!m_currentId.isEmpty());
    m_revert->setEnabled(m_form->isModified());
}

bool ProviderEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace guichet
