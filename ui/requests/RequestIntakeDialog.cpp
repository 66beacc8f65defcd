#include "requests/RequestIntakeDialog.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "kb/KbText.h"
#include "repo/RequestRepository.h"
#include "requests/RequestCategoryList.h"
#include "requests/RequestDraftCheck.h"
#include "requests/RequestIntakeForm.h"
#include "requests/RequestRouting.h"
#include "shell/ErrorBanner.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

namespace {

const QString kWarningStyle = QStringLiteral("QLabel { color: black; background: #f6c343; padding: 8px; }");

QString withoutMnemonic(const QString &text)
{
    return QString(text).remove(QLatin1Char('&'));
}

} // namespace

RequestIntakeDialog::RequestIntakeDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_duplicateFinder(context.store)
{
    init();
}

RequestIntakeDialog::RequestIntakeDialog(LocalStore &store, const Clock &clock, const QString &siteId,
                                         const QString &agentId, QWidget *parent)
    : RequestIntakeDialog(UiContext{store, clock, siteId, agentId}, parent)
{
}

RequestIntakeDialog::~RequestIntakeDialog() = default;

void RequestIntakeDialog::init()
{
    setObjectName(QStringLiteral("RequestIntakeDialog"));
    setWindowTitle(tr("New request"));
    setAccessibleName(windowTitle());
    try {
        m_routing = std::make_unique<RequestRouting>(m_context.store);
    } catch (const StoreError &error) {
        // The request can still be filed, only without suggestions nor a service to choose.
        qWarning("guichet: the services could not be read: %s", qPrintable(error.message()));
    }
    m_form = new RequestIntakeForm(m_routing ? m_routing->directory() : ServiceDirectory(),
                                   RequestCategoryList::builtIn(), this);

    auto *title = new QLabel(tr("New request"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_duplicateWarning = new QLabel(this);
    m_duplicateWarning->setObjectName(QStringLiteral("IntakeDuplicateWarning"));
    m_duplicateWarning->setAccessibleName(tr("Possible duplicate"));
    m_duplicateWarning->setWordWrap(true);
    m_duplicateWarning->setTextFormat(Qt::PlainText);
    m_duplicateWarning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_duplicateWarning->setStyleSheet(kWarningStyle);
    m_duplicateWarning->hide();
    m_error = new ErrorBanner(this);
    m_error->setObjectName(QStringLiteral("IntakeError"));
    m_error->setTextFormat(Qt::PlainText);

    m_printReceipt = new QCheckBox(tr("Print the rece&ipt once filed"), this);
    m_printReceipt->setObjectName(QStringLiteral("IntakePrintReceipt"));
    m_printReceipt->setAccessibleName(withoutMnemonic(m_printReceipt->text()));
    m_printReceipt->setChecked(true);
    m_file = new QPushButton(this);
    m_file->setObjectName(QStringLiteral("IntakeFile"));
    m_file->setDefault(true);
    QFont bold = m_file->font();
    bold.setBold(true);
    m_file->setFont(bold);
    setFileText(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("IntakeCancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without filing (Escape)"));
    m_cancel->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printReceipt);
    buttons->addStretch(1);
    buttons->addWidget(m_file);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_duplicateWarning);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    setTabOrder(m_form->fieldsInOrder().constLast(), m_printReceipt);
    setTabOrder(m_printReceipt, m_file);
    setTabOrder(m_file, m_cancel);

    m_routingTimer = new QTimer(this);
    m_routingTimer->setSingleShot(true);
    m_routingTimer->setInterval(kLookupDelayMs);
    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(kLookupDelayMs);
    connect(m_routingTimer, &QTimer::timeout, this, &RequestIntakeDialog::updateRouting);
    connect(m_duplicateTimer, &QTimer::timeout, this, &RequestIntakeDialog::checkDuplicates);
    connect(m_form, &RequestIntakeForm::subjectEdited, m_routingTimer, qOverload<>(&QTimer::start));
    connect(m_form, &RequestIntakeForm::requesterOrSubjectEdited, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_file, &QPushButton::clicked, this, &RequestIntakeDialog::fileRequest);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &RequestIntakeDialog::fileRequest);
    m_form->descriptionField()->installEventFilter(this);

    resize(1040, 640);
    m_form->subjectField()->setFocus(Qt::OtherFocusReason);
}

bool RequestIntakeDialog::printReceiptRequested() const
{
    return m_printReceipt->isChecked();
}

void RequestIntakeDialog::setPrintReceiptRequested(bool print)
{
    m_printReceipt->setChecked(print);
}

QString RequestIntakeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RequestIntakeDialog::duplicateText() const
{
    return m_duplicateWarning->isHidden() ? QString() : m_duplicateWarning->text();
}

void RequestIntakeDialog::setFileText(bool anyway)
{
    m_file->setText(anyway ? tr("File any&way") : tr("&File the request"));
    m_file->setAccessibleName(withoutMnemonic(m_file->text()));
    m_file->setToolTip(anyway ? tr("File this request as well, next to the open one (Enter)")
                              : tr("Check and file the request (Enter, Ctrl+Return from the description)"));
}

bool RequestIntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form->descriptionField() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            fileRequest();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RequestIntakeDialog::updateRouting()
{
    m_routingTimer->stop();
    if (!m_routing || !m_filed.id.isEmpty())
        return;
    QList<RequestRoute> routes;
    try {
        routes = m_routing->suggest(m_form->subjectField()->text());
    } catch (const StoreError &error) {
        qWarning("guichet: no suggestion for the subject: %s", qPrintable(error.message()));
    }
    if (routes.isEmpty()) {
        // The category's usual service, when the subject alone says nothing.
        const QComboBox *category = m_form->categoryField();
        const int row = category->findText(category->currentText().simplified(), Qt::MatchFixedString);
        const QString service = row >= 0 ? category->itemData(row).toString() : QString();
        if (const std::optional<CompetentService> known = m_routing->directory().find(service))
            routes.append({known->articleId, QString(),
                           //: Where a suggested service comes from: the category chosen
                           tr("the category “%1”").arg(category->itemText(row)), known->competence, *known});
    }
    m_form->setRoutes(routes);
}

QString RequestIntakeDialog::duplicateKey(const Request &draft) const
{
    return QStringList{RequestDuplicates::nameWords(draft.requesterName).join(QLatin1Char(' ')),
                       RequestDraftCheck::storedPhone(draft.requesterPhone), draft.requesterEmail.trimmed().toLower(),
                       RequestDuplicates::significantWords(draft.subject).join(QLatin1Char(' ')),
                       kbtext::fold(draft.category.simplified())}
        .join(QLatin1Char('\n'));
}

void RequestIntakeDialog::checkDuplicates()
{
    m_duplicateTimer->stop();
    if (!m_filed.id.isEmpty())
        return;
    Request draft = m_form->draft();
    const QString key = duplicateKey(draft);
    if (key == m_checkedKey)
        return;
    m_checkedKey = key;
    // Only a number that is one: a half-typed one would find nobody, or somebody else.
    draft.requesterPhone = RequestDraftCheck::storedPhone(draft.requesterPhone);
    QList<RequestDuplicate> found;
    try {
        found = m_duplicateFinder.find(draft);
    } catch (const StoreError &error) {
        // Only a warning: filing goes on without it.
        qWarning("guichet: the open requests could not be read: %s", qPrintable(error.message()));
    }
    showDuplicates(found);
}

void RequestIntakeDialog::showDuplicates(const QList<RequestDuplicate> &duplicates)
{
    m_duplicates = duplicates;
    if (duplicates.isEmpty()) {
        m_duplicateWarning->hide();
        m_warnedKey.clear();
        setFileText(false);
        return;
    }
    const QDate today = m_context.clock.todayIn(defaultTimeZone());
    const auto due = [&today](const Request &r) {
        const QString date = QLocale().toString(r.dueDate, QLocale::ShortFormat);
        return r.isOverdue(today) ? tr("due %1, overdue").arg(date) : tr("due %1").arg(date);
    };
    const Request &first = duplicates.first().request;
    QString text;
    if (duplicates.size() == 1) {
        //: %1 the requester, %2 the reference of their open request, %3 "due 14/12/2026"
        text = tr("%1 already has an open request on this subject: %2 (%3).")
                   .arg(first.requesterName, first.reference, due(first));
        text += QLatin1Char('\n') + tr("“%1”").arg(first.subject);
    } else {
        text = tr("%1 already has open requests on this subject:").arg(first.requesterName);
        for (const RequestDuplicate &d : duplicates)
            text += QLatin1Char('\n') + tr("• %1 (%2): “%3”").arg(d.request.reference, due(d.request), d.request.subject);
    }
    text += QLatin1Char('\n') +
            tr("Add a note to it from the list of requests, or file this one as well (“File anyway”, Enter).");
    m_duplicateWarning->setText(text);
    m_duplicateWarning->show();
    m_warnedKey = m_checkedKey;
    setFileText(true);
}

void RequestIntakeDialog::fileRequest()
{
    if (!m_filed.id.isEmpty())
        return;
    Request draft = m_form->draft();
    draft.siteId = m_context.siteId;
    const RequestDraftCheck::Result checked =
        RequestDraftCheck::check(draft, m_routing ? m_routing->directory() : ServiceDirectory());
    if (!checked.ok()) {
        QStringList lines;
        for (const RequestDraftCheck::Error &error : checked.errors)
            lines << error.message;
        m_error->showMessage(tr("Not filed: nothing was written.") + QLatin1Char('\n') +
                             lines.join(QLatin1Char('\n')));
        m_form->focusField(checked.errors.first().field);
        return;
    }
    // The same requester on the same subject: said once, then "File anyway" files.
    const QString key = duplicateKey(draft);
    if (key != m_warnedKey) {
        checkDuplicates();
        if (!m_duplicates.isEmpty()) {
            m_error->hide();
            m_file->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    try {
        m_filed = RequestRepository(m_context.store).create(draft, m_context.agentId);
    } catch (const StoreError &error) {
        m_error->showMessage(tr("Not filed: %1").arg(error.message()));
        return;
    }
    m_error->hide();
    m_form->lock();
    m_file->setEnabled(false);
    emit statusMessage(tr("Request %1 filed for %2, due %3. It will be sent to the server.")
                           .arg(m_filed.reference, m_filed.requesterName,
                                QLocale().toString(m_filed.dueDate, QLocale::ShortFormat)));
    emit filed(m_filed.id);
    accept();
}

} // namespace guichet
