#include "appointments/VisitorForm.h"

#include "appointments/TypeAheadComboBox.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "sms/SmsSegments.h"
#include "sms/SmsTemplates.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace guichet {

namespace {

// The languages most often heard at a French town-hall counter, besides those interpreters are
// called for at the site and those the SMS are written in.
const char *const kCommonLanguages[] = {"fr", "en", "ar", "es", "pt", "it", "de", "tr", "ru", "uk", "ro",
                                        "pl", "zh", "vi", "fa", "ps", "ta", "bn", "ur", "sq", "hy", "ka",
                                        "so", "ti", "am", "wo", "bm", "ln", "ff", "sw", "ku", "nl"};

const QString kErrorStyle = QStringLiteral("QLabel { color: white; background: #b3261e; padding: 2px 6px; }");

} // namespace

VisitorForm::VisitorForm(LocalStore &store, const QString &siteId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setAccessibleName(tr("Visitor"));
    buildForm();
    fillLanguages(siteId);
    onPhoneEdited();
}

void VisitorForm::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("VisitorName"));
    m_name->setAccessibleName(tr("Visitor's name"));
    m_name->setPlaceholderText(tr("e.g. Mme Amina Benali"));
    m_name->setMaxLength(200);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("VisitorPhone"));
    m_phone->setAccessibleName(tr("Visitor's phone"));
    m_phone->setPlaceholderText(tr("e.g. 06 12 34 56 78 or +44 20 7946 0958"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneStatus = new QLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("VisitorPhoneStatus"));
    m_phoneStatus->setAccessibleName(tr("Phone number check"));
    m_phoneStatus->setWordWrap(true);
    m_phoneStatus->setTextFormat(Qt::PlainText);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("VisitorEmail"));
    m_email->setAccessibleName(tr("Visitor's e-mail"));
    m_email->setPlaceholderText(tr("optional"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_language = new TypeAheadComboBox(this);
    m_language->setObjectName(QStringLiteral("VisitorLanguage"));
    m_language->setAccessibleName(tr("Visitor's language"));
    m_language->setToolTip(tr("Type a few letters of the language, in French or in the language itself"));
    m_language->setMinimumContentsLength(24);
    m_interpreter = new QCheckBox(tr("&Interpreter"), this);
    m_interpreter->setObjectName(QStringLiteral("VisitorInterpreter"));
    m_interpreter->setAccessibleName(tr("Needs an interpreter"));
    m_signLanguage = new QCheckBox(tr("Si&gn language (LSF)"), this);
    m_signLanguage->setObjectName(QStringLiteral("VisitorSignLanguage"));
    m_signLanguage->setAccessibleName(tr("Needs sign language (LSF)"));
    m_wheelchair = new QCheckBox(tr("&Wheelchair access"), this);
    m_wheelchair->setObjectName(QStringLiteral("VisitorWheelchair"));
    m_wheelchair->setAccessibleName(tr("Needs wheelchair access"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneStatus);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Language:"), m_language);
    auto *needs = new QVBoxLayout;
    needs->setSpacing(2);
    needs->addWidget(m_interpreter);
    needs->addWidget(m_signLanguage);
    needs->addWidget(m_wheelchair);
    form->addRow(tr("Needs:"), needs);

    m_smsOptIn = new QCheckBox(tr("Send the confirmation and the reminder by &SMS"), this);
    m_smsOptIn->setObjectName(QStringLiteral("BookingSmsOptIn"));
    m_smsOptIn->setAccessibleName(tr("Send the confirmation and the reminder by SMS"));
    m_smsOptIn->setChecked(true);
    m_smsPreview = new QLabel(this);
    m_smsPreview->setObjectName(QStringLiteral("BookingSmsPreview"));
    m_smsPreview->setAccessibleName(tr("Confirmation SMS text"));
    m_smsPreview->setTextFormat(Qt::PlainText);
    m_smsPreview->setWordWrap(true);
    m_smsPreview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_smsPreview->setFrameShape(QFrame::StyledPanel);
    m_smsPreview->setMargin(6);
    m_smsPreview->setMinimumHeight(m_smsPreview->fontMetrics().lineSpacing() * 3 + 14);
    m_smsPreview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_smsCount = new QLabel(this);
    m_smsCount->setObjectName(QStringLiteral("BookingSmsCount"));
    m_smsCount->setAccessibleName(tr("Length of the SMS"));
    m_smsCount->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_smsOptIn);
    layout->addWidget(m_smsPreview);
    layout->addWidget(m_smsCount);

    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_language);
    setTabOrder(m_language, m_interpreter);
    setTabOrder(m_interpreter, m_signLanguage);
    setTabOrder(m_signLanguage, m_wheelchair);
    setTabOrder(m_wheelchair, m_smsOptIn);

    connect(m_name, &QLineEdit::textEdited, this, &VisitorForm::edited);
    connect(m_phone, &QLineEdit::textChanged, this, &VisitorForm::onPhoneEdited);
    connect(m_phone, &QLineEdit::textEdited, this, &VisitorForm::edited);
    connect(m_email, &QLineEdit::textEdited, this, &VisitorForm::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        emit languageChanged();
        emit edited();
    });
    for (QCheckBox *box : {m_interpreter, m_signLanguage, m_wheelchair})
        connect(box, &QCheckBox::toggled, this, &VisitorForm::edited);
    connect(m_smsOptIn, &QCheckBox::toggled, this, &VisitorForm::updateSms);
}

void VisitorForm::presetNeeds(const QString &languageCode, bool interpreter, bool signLanguage)
{
    const int row = m_language->findData(languageCode);
    if (row >= 0)
        m_language->setCurrentIndex(row);
    m_interpreter->setChecked(interpreter);
    m_signLanguage->setChecked(signLanguage);
    emit edited();
}

void VisitorForm::fillLanguages(const QString &siteId)
{
    QStringList codes;
    for (const char *code : kCommonLanguages)
        codes << QLatin1String(code);
    codes << SmsTemplates::builtIn().languages();
    QHash<QString, int> usage;
    try {
        const InterpreterRepository interpreters(m_store);
        codes << interpreters.languages(InterpretingMode::Foreign, siteId);
        usage = CallLogRepository(m_store).callsByLanguage(siteId);
    } catch (const StoreError &error) {
        qWarning("guichet: the interpreters' languages could not be read: %s", qPrintable(error.message()));
    }
    // Sorted as the interpreting area sorts them (the most called first), French always first.
    LanguageListModel languages(m_store);
    languages.setLanguages(codes, usage);
    const QString french = QStringLiteral("fr");
    m_language->addItem(languages.index(languages.rowOfCode(french), 0).data().toString(), french);
    for (int row = 0; row < languages.rowCount(); ++row)
        if (languages.codeAt(row) != french)
            m_language->addItem(languages.index(row, 0).data().toString(), languages.codeAt(row));
    m_language->setCurrentIndex(0);
}

bool VisitorForm::phoneTyped() const
{
    return !m_phone->text().trimmed().isEmpty();
}

void VisitorForm::onPhoneEdited()
{
    if (!phoneTyped()) {
        m_parsedPhone = PhoneNumber();
        m_phoneStatus->setStyleSheet(QString());
        m_phoneStatus->setText(tr("No phone: no SMS; give an e-mail if the visitor has one."));
    } else {
        m_parsedPhone = PhoneNumber::parse(m_phone->text());
        if (m_parsedPhone.valid) {
            m_phoneStatus->setStyleSheet(QString());
            m_phoneStatus->setText(m_parsedPhone.mobile
                                       //: The phone as it will be stored, and that it can receive SMS
                                       ? tr("✓ %1 (mobile: can receive the SMS)").arg(m_parsedPhone.display)
                                       : tr("✓ %1 (not a mobile: no SMS)").arg(m_parsedPhone.display));
        } else {
            m_phoneStatus->setStyleSheet(kErrorStyle);
            m_phoneStatus->setText(tr("✗ %1").arg(m_parsedPhone.error));
        }
    }
    updateSms();
}

QString VisitorForm::languageCode() const
{
    const QString code = m_language->currentData().toString();
    return code.isEmpty() ? QStringLiteral("fr") : code;
}

void VisitorForm::fillRequest(BookingRequest &request) const
{
    request.visitorName = m_name->text().simplified();
    request.visitorPhone = m_parsedPhone.valid ? m_parsedPhone.e164 : m_phone->text().trimmed();
    request.visitorEmail = m_email->text().trimmed().toLower();
    request.visitorLanguage = languageCode();
    request.needs.interpreter = m_interpreter->isChecked();
    request.needs.signLanguage = m_signLanguage->isChecked();
    request.needs.wheelchair = m_wheelchair->isChecked();
    request.smsOptIn = m_smsOptIn->isEnabled() && m_smsOptIn->isChecked();
}

void VisitorForm::showAppointment(const Appointment &appointment)
{
    m_name->setText(appointment.visitorName);
    m_phone->setText(appointment.visitorPhone);
    m_email->setText(appointment.visitorEmail);
    const int language = m_language->findData(appointment.visitorLanguage);
    if (language >= 0) {
        m_language->setCurrentIndex(language);
    } else {
        m_language->addItem(appointment.visitorLanguage, appointment.visitorLanguage);
        m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_interpreter->setChecked(appointment.needs.interpreter);
    m_signLanguage->setChecked(appointment.needs.signLanguage);
    m_wheelchair->setChecked(appointment.needs.wheelchair);
    m_smsChoiceOffered = false;
    m_smsOptIn->setChecked(appointment.smsOptIn);
    lock();
}

void VisitorForm::lock()
{
    for (QLineEdit *field : {m_name, m_phone, m_email}) {
        field->setReadOnly(true);
        field->setPlaceholderText(QString());
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_language, m_interpreter, m_signLanguage,
                                                           m_wheelchair, m_smsOptIn})
        field->setEnabled(false);
    updateSms();
}

QList<QWidget *> VisitorForm::fieldsInOrder() const
{
    return {m_name, m_phone, m_email, m_language, m_interpreter, m_signLanguage, m_wheelchair, m_smsOptIn};
}

void VisitorForm::setSmsText(const QString &text, const QString &why)
{
    m_smsTextShown = text;
    m_smsWhy = why;
    updateSms();
}

QString VisitorForm::smsCountText() const
{
    return m_smsCount->text();
}

QString VisitorForm::segmentsText(const QString &text)
{
    const SmsSegments segments = SmsSegments::measure(text);
    //: How long the SMS is: "112 characters, 1 SMS"
    QString result = tr("%1, %2").arg(tr("%n character(s)", nullptr, segments.characters),
                                      tr("%n SMS", nullptr, segments.segments));
    if (!segments.isGsm())
        result += QLatin1Char(' ') + tr("(special characters: %1 per SMS)").arg(segments.unitsPerSegment());
    return result;
}

void VisitorForm::updateSms()
{
    const bool possible = m_parsedPhone.valid && m_parsedPhone.mobile;
    m_smsOptIn->setEnabled(m_smsChoiceOffered && possible && !m_name->isReadOnly());
    m_smsOptIn->setVisible(m_smsChoiceOffered);
    if (m_smsTextShown.isEmpty()) {
        m_smsPreview->setText(m_smsWhy.isEmpty() ? tr("The text of the SMS shows once a slot is chosen.")
                                                 : m_smsWhy);
        m_smsPreview->setEnabled(false);
        m_smsCount->clear();
        return;
    }
    m_smsPreview->setText(m_smsTextShown);
    QString count = segmentsText(m_smsTextShown);
    bool goes = true;
    if (!phoneTyped()) {
        count += QStringLiteral(" — ") + tr("no SMS will be sent: no phone number");
        goes = false;
    } else if (!possible) {
        count += QStringLiteral(" — ") + tr("no SMS will be sent: the number is not a mobile");
        goes = false;
    } else if (m_smsChoiceOffered && !m_smsOptIn->isChecked()) {
        count += QStringLiteral(" — ") + tr("no SMS will be sent: the visitor does not want it");
        goes = false;
    }
    m_smsPreview->setEnabled(goes);
    m_smsCount->setText(count);
}

} // namespace guichet
