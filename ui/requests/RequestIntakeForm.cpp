#include "requests/RequestIntakeForm.h"

#include "appointments/TypeAheadComboBox.h"
#include "itemmodels/RequestLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

namespace {

const QString kErrorStyle = QStringLiteral("QLabel { color: white; background: #b3261e; padding: 2px 6px; }");

bool isEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

QString withoutMnemonic(const QString &text)
{
    return QString(text).remove(QLatin1Char('&'));
}

} // namespace

QString RequestIntakeForm::competenceText(Competence competence)
{
    return RequestLabels::competence(competence);
}

RequestIntakeForm::RequestIntakeForm(const ServiceDirectory &directory, const QList<RequestCategory> &categories,
                                     QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_categories(categories)
{
    setAccessibleName(tr("New request"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildRequestPart(), 3);
    layout->addWidget(buildRequesterPart(), 2);

    const QList<QWidget *> order = fieldsInOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    for (QWidget *widget : {static_cast<QWidget *>(m_suggestions), static_cast<QWidget *>(m_attachment),
                            static_cast<QWidget *>(m_attachments)})
        widget->installEventFilter(this);

    connect(m_subject, &QLineEdit::textChanged, this, &RequestIntakeForm::subjectEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &RequestIntakeForm::requesterOrSubjectEdited);
    connect(m_category, &QComboBox::currentTextChanged, this, &RequestIntakeForm::subjectEdited);
    connect(m_category, &QComboBox::currentTextChanged, this, &RequestIntakeForm::requesterOrSubjectEdited);
    for (QLineEdit *field : {m_name, m_phone, m_email})
        connect(field, &QLineEdit::textChanged, this, &RequestIntakeForm::requesterOrSubjectEdited);
    connect(m_phone, &QLineEdit::textChanged, this, &RequestIntakeForm::onPhoneEdited);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_settingService)
            setServiceIndex(index, true);
    });
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { applyRoute(m_suggestions->row(item)); });
    connect(m_addAttachment, &QPushButton::clicked, this, &RequestIntakeForm::addAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &RequestIntakeForm::removeAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAttachment->setEnabled(row >= 0); });
    onPhoneEdited();
    onServiceChanged();
    setRoutes({});
}

QWidget *RequestIntakeForm::buildRequestPart()
{
    auto *box = new QGroupBox(tr("The request"), this);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("IntakeChannel"));
    m_channel->setAccessibleName(tr("Channel the request came through"));
    for (const Request::Channel channel : Request::allChannels())
        m_channel->addItem(RequestLabels::channel(channel), Request::channelName(channel));

    m_subject = new QLineEdit(box);
    m_subject->setObjectName(QStringLiteral("IntakeSubject"));
    m_subject->setAccessibleName(tr("Subject of the request"));
    m_subject->setPlaceholderText(tr("e.g. Pothole in front of 12 rue Garibaldi"));
    m_subject->setMaxLength(RequestDraftCheck::kMaxSubject + 50); // too long is said, not cut silently

    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("IntakeCategory"));
    m_category->setAccessibleName(tr("Category of the request"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const RequestCategory &category : std::as_const(m_categories))
        m_category->addItem(category.name, category.service);
    m_category->setCurrentIndex(-1);
    m_category->setEditText(QString());
    m_category->lineEdit()->setPlaceholderText(tr("choose or type one (optional)"));

    m_description = new QPlainTextEdit(box);
    m_description->setObjectName(QStringLiteral("IntakeDescription"));
    m_description->setAccessibleName(tr("Description of the request"));
    m_description->setPlaceholderText(tr("What the visitor says: where exactly, since when, what was already done."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 6);

    m_service = new TypeAheadComboBox(box);
    m_service->setObjectName(QStringLiteral("IntakeService"));
    m_service->setAccessibleName(tr("Competent service"));
    m_service->setToolTip(tr("Type a few letters of the service; the suggestions below come from the knowledge base"));
    m_service->setMinimumContentsLength(30);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fillServices();

    m_serviceDetails = new QLabel(box);
    m_serviceDetails->setObjectName(QStringLiteral("IntakeServiceDetails"));
    m_serviceDetails->setAccessibleName(tr("Competence and contact of the service"));
    m_serviceDetails->setWordWrap(true);
    m_serviceDetails->setTextFormat(Qt::PlainText);
    m_serviceDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_suggestions = new QListWidget(box);
    m_suggestions->setObjectName(QStringLiteral("IntakeSuggestions"));
    m_suggestions->setAccessibleName(tr("Services suggested by the knowledge base"));
    m_suggestions->setToolTip(tr("Enter takes the suggestion as the competent service"));
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().lineSpacing() * 7);
    m_suggestions->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Competent se&rvice:"), m_service);
    form->addRow(QString(), m_serviceDetails);
    form->addRow(tr("Su&ggested:"), m_suggestions);
    auto *outer = new QVBoxLayout(box);
    outer->addLayout(form);
    outer->addStretch(1);
    return box;
}

QWidget *RequestIntakeForm::buildRequesterPart()
{
    auto *box = new QGroupBox(tr("The requester"), this);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("IntakeName"));
    m_name->setAccessibleName(tr("Requester's name"));
    m_name->setPlaceholderText(tr("e.g. Mme Amina Benali"));
    m_name->setMaxLength(RequestDraftCheck::kMaxName);
    m_phone = new QLineEdit(box);
    m_phone->setObjectName(QStringLiteral("IntakePhone"));
    m_phone->setAccessibleName(tr("Requester's phone"));
    m_phone->setPlaceholderText(tr("optional, e.g. 06 12 34 56 78"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneStatus = new QLabel(box);
    m_phoneStatus->setObjectName(QStringLiteral("IntakePhoneStatus"));
    m_phoneStatus->setAccessibleName(tr("Phone number check"));
    m_phoneStatus->setWordWrap(true);
    m_phoneStatus->setTextFormat(Qt::PlainText);
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("IntakeEmail"));
    m_email->setAccessibleName(tr("Requester's e-mail"));
    m_email->setPlaceholderText(tr("optional"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_address = new QLineEdit(box);
    m_address->setObjectName(QStringLiteral("IntakeAddress"));
    m_address->setAccessibleName(tr("Requester's postal address"));
    m_address->setPlaceholderText(tr("optional, for an answer by letter"));
    m_address->setMaxLength(RequestDraftCheck::kMaxAddress);
    m_consent = new QCheckBox(tr("The requester agrees to be &contacted about this request"), box);
    m_consent->setObjectName(QStringLiteral("IntakeConsent"));
    m_consent->setAccessibleName(withoutMnemonic(m_consent->text()));

    m_attachment = new QLineEdit(box);
    m_attachment->setObjectName(QStringLiteral("IntakeAttachment"));
    m_attachment->setAccessibleName(tr("Reference of a document handed over"));
    m_attachment->setPlaceholderText(tr("e.g. letter of 12/11 scanned as COUR-118; Enter adds it"));
    m_attachment->setMaxLength(RequestDraftCheck::kMaxAttachmentLength);
    m_addAttachment = new QPushButton(tr("Add"), box);
    m_addAttachment->setObjectName(QStringLiteral("IntakeAddAttachment"));
    m_addAttachment->setAccessibleName(tr("Add the document to the request"));
    m_addAttachment->setAutoDefault(false);
    m_attachments = new QListWidget(box);
    m_attachments->setObjectName(QStringLiteral("IntakeAttachments"));
    m_attachments->setAccessibleName(tr("Documents handed over"));
    m_attachments->setToolTip(tr("Delete removes the selected document"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().lineSpacing() * 4);
    m_removeAttachment = new QPushButton(tr("Remo&ve"), box);
    m_removeAttachment->setObjectName(QStringLiteral("IntakeRemoveAttachment"));
    m_removeAttachment->setAccessibleName(tr("Remove the selected document"));
    m_removeAttachment->setAutoDefault(false);
    m_removeAttachment->setEnabled(false);

    auto *attachmentLine = new QHBoxLayout;
    attachmentLine->addWidget(m_attachment, 1);
    attachmentLine->addWidget(m_addAttachment);
    auto *listLine = new QHBoxLayout;
    listLine->addWidget(m_attachments, 1);
    listLine->addWidget(m_removeAttachment, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneStatus);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_consent);
    auto *attachmentLabel = new QLabel(tr("Docu&ments:"), box);
    attachmentLabel->setBuddy(m_attachment);
    form->addRow(attachmentLabel, attachmentLine);
    form->addRow(QString(), listLine);
    auto *outer = new QVBoxLayout(box);
    outer->addLayout(form);
    outer->addStretch(1);
    return box;
}

QList<QWidget *> RequestIntakeForm::fieldsInOrder() const
{
    return {m_channel, m_subject,  m_category, m_description,   m_service,       m_suggestions,     m_name,
            m_phone,   m_email,    m_address,  m_consent,       m_attachment,    m_addAttachment,   m_attachments,
            m_removeAttachment};
}

void RequestIntakeForm::fillServices()
{
    m_settingService = true;
    m_service->clear();
    m_service->addItem(tr("Not decided yet"), QString());
    for (const CompetentService &service : m_directory.all())
        //: A service and its competence: "Métropole – Propreté — Metropolis"
        m_service->addItem(tr("%1 — %2").arg(service.name, competenceText(service.competence)), service.name);
    m_service->setCurrentIndex(0);
    m_settingService = false;
}

void RequestIntakeForm::setRoutes(const QList<RequestRoute> &routes)
{
    m_routes = routes;
    m_suggestions->clear();
    for (const RequestRoute &route : routes) {
        QString text = tr("%1 — %2").arg(route.service.name, competenceText(route.competence));
        if (!route.articleTitle.isEmpty())
            //: Where a suggestion comes from: the knowledge-base article (or the category) it was found with
            text += QLatin1Char('\n') + tr("from: %1").arg(route.articleTitle);
        auto *item = new QListWidgetItem(text, m_suggestions);
        item->setData(Qt::UserRole, route.service.name);
        item->setData(Qt::AccessibleTextRole, QString(text).replace(QLatin1Char('\n'), QLatin1String(", ")));
    }
    if (routes.isEmpty()) {
        auto *item = new QListWidgetItem(m_subject->text().trimmed().isEmpty()
                                             ? tr("Type the subject: the services that handle it show here.")
                                             : tr("The knowledge base names no service for this subject: "
                                                  "choose one above, or leave it to be decided."),
                                         m_suggestions);
        item->setFlags(Qt::ItemIsEnabled);
    } else {
        m_suggestions->setCurrentRow(0);
    }
    if (!m_serviceByAgent) {
        const int index = routes.isEmpty() ? 0 : m_service->findData(routes.first().service.name);
        setServiceIndex(qMax(0, index), false);
    } else {
        onServiceChanged(); // the competence shown may now come from a route
    }
}

void RequestIntakeForm::applyRoute(int row)
{
    if (row < 0 || row >= m_routes.size())
        return;
    const int index = m_service->findData(m_routes.at(row).service.name);
    if (index >= 0)
        setServiceIndex(index, true);
}

bool RequestIntakeForm::chooseService(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        setServiceIndex(0, true);
        return true;
    }
    const std::optional<CompetentService> service = m_directory.find(name);
    const int index = service ? m_service->findData(service->name) : -1;
    if (index < 0)
        return false;
    setServiceIndex(index, true);
    return true;
}

QString RequestIntakeForm::chosenService() const
{
    return m_service->currentData().toString();
}

void RequestIntakeForm::setServiceIndex(int index, bool byAgent)
{
    m_serviceByAgent = m_serviceByAgent || byAgent;
    m_settingService = true;
    m_service->setCurrentIndex(index);
    m_settingService = false;
    onServiceChanged();
}

int RequestIntakeForm::routeRowOfChosen() const
{
    const QString chosen = ServiceDirectory::key(chosenService());
    for (int row = 0; row < m_routes.size(); ++row)
        if (!chosen.isEmpty() && ServiceDirectory::key(m_routes.at(row).service.name) == chosen)
            return row;
    return -1;
}

void RequestIntakeForm::onServiceChanged()
{
    const std::optional<CompetentService> service = m_directory.find(chosenService());
    if (!service) {
        m_serviceDetails->setText(tr("No service yet: the request stays with the counter until it is routed."));
        return;
    }
    const int row = routeRowOfChosen();
    const Competence competence = row >= 0 ? m_routes.at(row).competence : service->competence;
    QString text = tr("Competence: %1").arg(competenceText(competence));
    if (!service->contact().isEmpty())
        text += QStringLiteral(" · ") + service->contact();
    m_serviceDetails->setText(text);
}

void RequestIntakeForm::onPhoneEdited()
{
    const QString typed = m_phone->text().trimmed();
    if (typed.isEmpty()) {
        m_phoneStatus->setStyleSheet(QString());
        m_phoneStatus->setText(tr("No phone: the answer goes by e-mail or letter."));
        return;
    }
    QString why;
    const QString stored = RequestDraftCheck::storedPhone(typed, &why);
    m_phoneStatus->setStyleSheet(stored.isEmpty() ? kErrorStyle : QString());
    //: The phone as it will be stored
    m_phoneStatus->setText(stored.isEmpty() ? tr("✗ %1").arg(why) : tr("✓ %1").arg(stored));
}

Request RequestIntakeForm::draft() const
{
    Request draft;
    draft.channel = Request::channelFromName(m_channel->currentData().toString());
    draft.subject = m_subject->text();
    draft.category = m_category->currentText();
    draft.description = m_description->toPlainText();
    draft.requesterName = m_name->text();
    draft.requesterPhone = m_phone->text();
    draft.requesterEmail = m_email->text();
    draft.requesterAddress = m_address->text();
    draft.consent = m_consent->isChecked();
    for (int row = 0; row < m_attachments->count(); ++row)
        draft.attachments << m_attachments->item(row)->text();
    draft.competentService = chosenService();
    if (const std::optional<CompetentService> service = m_directory.find(draft.competentService)) {
        const int row = routeRowOfChosen();
        draft.competence = row >= 0 ? m_routes.at(row).competence : service->competence;
        draft.articleId = row >= 0 ? m_routes.at(row).articleId : service->articleId;
        draft.serviceContact = service->contact();
    }
    return draft;
}

void RequestIntakeForm::addAttachment()
{
    const QString text = m_attachment->text().simplified();
    if (text.isEmpty())
        return;
    m_attachments->addItem(text);
    m_attachment->clear();
    m_attachments->setCurrentRow(m_attachments->count() - 1);
}

void RequestIntakeForm::removeAttachment()
{
    const int row = m_attachments->currentRow();
    if (row < 0)
        return;
    delete m_attachments->takeItem(row);
    if (m_attachments->count() == 0)
        m_attachment->setFocus(Qt::OtherFocusReason);
}

void RequestIntakeForm::focusField(RequestDraftCheck::Field field)
{
    using Field = RequestDraftCheck::Field;
    QWidget *widget = nullptr;
    switch (field) {
    case Field::Channel:
        widget = m_channel;
        break;
    case Field::Name:
        widget = m_name;
        break;
    case Field::Phone:
        widget = m_phone;
        break;
    case Field::Email:
        widget = m_email;
        break;
    case Field::Address:
        widget = m_address;
        break;
    case Field::Subject:
        widget = m_subject;
        break;
    case Field::Category:
        widget = m_category;
        break;
    case Field::Description:
        widget = m_description;
        break;
    case Field::Service:
        widget = m_service;
        break;
    case Field::Attachments:
        widget = m_attachments->count() > 0 ? static_cast<QWidget *>(m_attachments) : m_attachment;
        break;
    }
    if (widget)
        widget->setFocus(Qt::OtherFocusReason);
}

void RequestIntakeForm::lock()
{
    for (QLineEdit *field : {m_subject, m_name, m_phone, m_email, m_address, m_attachment})
        field->setReadOnly(true);
    m_description->setReadOnly(true);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_channel, m_category, m_service, m_suggestions,
                                                            m_consent, m_addAttachment, m_removeAttachment})
        widget->setEnabled(false);
}

bool RequestIntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Enter in these fields acts on them, and must not file the request.
    if (watched == m_attachment && isEnter(key)) {
        addAttachment();
        return true;
    }
    if (watched == m_suggestions && isEnter(key)) {
        applyRoute(m_suggestions->currentRow());
        return true;
    }
    if (watched == m_attachments && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeAttachment();
        return true;
    }
    if (watched == m_attachments && isEnter(key))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
