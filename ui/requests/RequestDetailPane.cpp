#include "requests/RequestDetailPane.h"

#include "core/Clock.h"
#include "itemmodels/RequestEventModel.h"
#include "itemmodels/RequestLabels.h"
#include "repo/RequestRepository.h"
#include "requests/RecordOpeningLog.h"
#include "shell/DisplayPreferences.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

RequestDetailPane::RequestDetailPane(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_events(new RequestEventModel(store, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select a request in the list."), this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_requester = valueLabel(tr("Requester"));
    m_contact = valueLabel(tr("Contact"));
    m_channel = valueLabel(tr("Channel"));
    m_status = valueLabel(tr("Status"));
    m_service = valueLabel(tr("Competent service"));
    m_due = valueLabel(tr("Due date"));
    m_description = valueLabel(tr("Details"));
    form->addRow(tr("Requester:"), m_requester);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Competent service:"), m_service);
    form->addRow(tr("Due date:"), m_due);
    form->addRow(tr("Details:"), m_description);
    layout->addLayout(form);

    // The requester's receipt. Window shortcuts: they answer from the search box too, and only
    // while this pane is on show (a hidden area's actions do not answer).
    m_printReceiptAction = new QAction(tr("Print receipt"), this);
    m_printReceiptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_printReceiptAction->setToolTip(tr("Print the requester's acknowledgement of receipt: reference, QR code, "
                                        "competent service, due date (%1)")
                                         .arg(m_printReceiptAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveReceiptAction = new QAction(tr("Save receipt as PDF"), this);
    m_saveReceiptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_saveReceiptAction->setToolTip(tr("Save the acknowledgement of receipt as a PDF, to send it by email (%1)")
                                        .arg(m_saveReceiptAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_printReceiptAction, m_saveReceiptAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_printReceiptAction, &QAction::triggered, this, &RequestDetailPane::printReceipt);
    connect(m_saveReceiptAction, &QAction::triggered, this, [this] { saveReceiptPdf(); });
    m_printReceipt = receiptButton(m_printReceiptAction, QStringLiteral("printReceiptButton"));
    m_saveReceipt = receiptButton(m_saveReceiptAction, QStringLiteral("saveReceiptButton"));
    auto *receiptButtons = new QHBoxLayout;
    receiptButtons->addWidget(m_printReceipt);
    receiptButtons->addWidget(m_saveReceipt);
    receiptButtons->addStretch(1);
    layout->addLayout(receiptButtons);

    auto *historyLabel = new QLabel(tr("&History"), this);
    m_timeline = new QTableView(this);
    m_timeline->setObjectName(QStringLiteral("requestTimeline"));
    m_timeline->setAccessibleName(tr("History of the request"));
    m_timeline->setModel(m_events);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setTabKeyNavigation(false); // Tab goes on to the note, not from cell to cell
    m_timeline->setWordWrap(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(RequestEventModel::TextColumn, QHeaderView::Stretch);
    historyLabel->setBuddy(m_timeline);
    layout->addWidget(historyLabel);
    layout->addWidget(m_timeline, 1);

    auto *noteLabel = new QLabel(tr("Add a &note (what the visitor said or what was done):"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Follow-up note"));
    m_note->setPlaceholderText(tr("e.g. The visitor came to the counter to ask how the request is going."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    noteLabel->setBuddy(m_note);
    m_addNote = new QPushButton(tr("Add the note"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAccessibleName(tr("Add the note to the request"));
    m_addNote->setToolTip(tr("Ctrl+Enter"));
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setAccessibleName(tr("Note result"));
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_feedback, 1);
    buttons->addWidget(m_addNote);
    layout->addLayout(buttons);

    m_note->installEventFilter(this); // Ctrl+Enter adds the note
    connect(m_addNote, &QPushButton::clicked, this, &RequestDetailPane::addNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RequestDetailPane::updateButton);
    connect(&m_store, &LocalStore::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("requests") || entity == QLatin1String("*"))
            refresh();
    });
    showRequest({});
}

QPushButton *RequestDetailPane::receiptButton(QAction *action, const QString &name)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(name);
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip());
    button->setAccessibleDescription(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

void RequestDetailPane::setReceiptEnabled(bool enabled)
{
    m_printReceiptAction->setEnabled(enabled);
    m_saveReceiptAction->setEnabled(enabled);
}

void RequestDetailPane::setReceiptDialogs(RequestReceiptExport::PrintDialog printDialog,
                                          RequestReceiptExport::PathDialog pathDialog)
{
    m_printDialog = std::move(printDialog);
    m_pathDialog = std::move(pathDialog);
}

RequestReceiptExport::Target RequestDetailPane::receiptTarget() const
{
    return {m_requestId, m_agentId, m_siteId};
}

QString RequestDetailPane::feedback() const
{
    return m_feedback->text();
}

void RequestDetailPane::showOutcome(const RequestReceiptExport::Outcome &outcome)
{
    if (outcome.message.isEmpty())
        return; // cancelled: nothing to say
    m_feedback->setText(outcome.message);
    emit statusMessage(outcome.message);
}

void RequestDetailPane::printReceipt()
{
    if (m_requestId.isEmpty() || !m_printReceiptAction->isEnabled())
        return;
    showOutcome(RequestReceiptExport::print(m_store, receiptTarget(), this, m_printDialog));
}

void RequestDetailPane::saveReceiptPdf(const QString &path)
{
    if (m_requestId.isEmpty() || !m_saveReceiptAction->isEnabled())
        return;
    showOutcome(RequestReceiptExport::savePdf(m_store, receiptTarget(), this, path, m_pathDialog));
}

QLabel *RequestDetailPane::valueLabel(const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

void RequestDetailPane::showRequest(const QString &requestId)
{
    if (requestId != m_requestId) {
        m_feedback->clear();
        // A note being typed belongs to the request it was typed for: keep it aside, never let it
        // follow the agent to another citizen's request.
        const QString draft = m_note->toPlainText();
        if (!m_requestId.isEmpty()) {
            if (draft.trimmed().isEmpty())
                m_drafts.remove(m_requestId);
            else
                m_drafts.insert(m_requestId, draft);
        }
        const QSignalBlocker quiet(m_note);
        m_note->setPlainText(m_drafts.value(requestId));
    }
    if (requestId != m_requestId)
        m_openingToLog = !requestId.isEmpty();
    m_requestId = requestId;
    m_events->setRequest(requestId);
    refresh();
}

void RequestDetailPane::logOpening(const Request &request)
{
    try {
        RecordOpeningLog(m_store).record(request.id, request.reference, RecordOpeningLog::Action::View, m_agentId);
    } catch (const StoreError &error) {
        // The record is still shown: the agent is serving the visitor. The failure is said.
        emit statusMessage(tr("This opening could not be written to the audit log: %1").arg(error.message()));
    }
}

void RequestDetailPane::refresh()
{
    std::optional<Request> request;
    try {
        if (!m_requestId.isEmpty())
            request = RequestRepository(m_store).get(m_requestId);
    } catch (const StoreError &error) {
        qWarning("guichet: the request could not be read: %s", qPrintable(error.message()));
    }
    for (QLabel *label : {m_requester, m_contact, m_channel, m_status, m_service, m_due, m_description})
        label->clear();
    showDueAsOverdue(false);
    setReceiptEnabled(request.has_value());
    if (!request) {
        m_title->setText(tr("Select a request in the list."));
        updateButton();
        return;
    }
    if (m_openingToLog) {
        m_openingToLog = false;
        logOpening(*request);
    }
    const QLocale locale;
    m_title->setText(tr("%1 — %2").arg(request->reference, request->subject));
    m_requester->setText(request->requesterName);
    QStringList contact;
    for (const QString &part : {request->requesterPhone, request->requesterEmail, request->requesterAddress})
        if (!part.isEmpty())
            contact << part;
    if (!request->consent)
        contact << tr("(did not agree to be contacted)");
    m_contact->setText(contact.isEmpty() ? tr("No contact details") : contact.join(QStringLiteral(" · ")));
    m_channel->setText(
        tr("%1, filed on %2")
            .arg(RequestLabels::channel(request->channel),
                 locale.toString(request->createdAt.toTimeZone(defaultTimeZone()), QLocale::ShortFormat)));
    m_status->setText(RequestLabels::status(request->status));
    // The service and how to reach it, for the visitor to be sent there.
    m_service->setText(tr("%1 (%2)").arg(request->competentService.isEmpty() ? tr("not assigned yet")
                                                                             : request->competentService,
                                         RequestLabels::competence(request->competence)) +
                       (request->serviceContact.isEmpty() ? QString() : QLatin1Char('\n') + request->serviceContact));
    const QDate today = m_store.clock().todayIn(defaultTimeZone());
    const QString due = locale.toString(request->dueDate, QLocale::LongFormat);
    if (request->isOverdue(today)) {
        m_due->setText(tr("%1 — overdue, %2 days late").arg(due).arg(request->dueDate.daysTo(today)));
        showDueAsOverdue(true);
    } else {
        m_due->setText(due);
    }
    m_description->setText(request->description.isEmpty()
                               ? request->category
                               : request->category + QStringLiteral(" — ") + request->description);
    updateButton();
}

void RequestDetailPane::showDueAsOverdue(bool overdue)
{
    m_due->setProperty("overdue", overdue);
    const QString sheet = overdue ? QStringLiteral("color: %1; font-weight: bold;")
                                        .arg(DisplayPreferences::alertTextColour().name())
                                  : QString();
    if (m_due->styleSheet() != sheet) // a new sheet is a palette change: set it once
        m_due->setStyleSheet(sheet);
}

void RequestDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_due->property("overdue").toBool())
        showDueAsOverdue(true);
}

bool RequestDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ControlModifier) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RequestDetailPane::updateButton()
{
    m_addNote->setEnabled(!m_requestId.isEmpty() && !m_note->toPlainText().trimmed().isEmpty());
    m_note->setEnabled(!m_requestId.isEmpty());
}

void RequestDetailPane::addNote()
{
    if (m_requestId.isEmpty())
        return;
    try {
        RequestRepository(m_store).addNote(m_requestId, m_note->toPlainText(), m_agentId);
        m_drafts.remove(m_requestId);
        m_note->clear();
        m_feedback->setText(tr("Note added; it will be sent to the server at the next sync."));
        emit statusMessage(m_feedback->text());
    } catch (const StoreError &error) {
        m_feedback->setText(error.message());
        emit statusMessage(error.message());
    }
}

} // namespace guichet
