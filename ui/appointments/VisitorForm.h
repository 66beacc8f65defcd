#pragma once

#include "booking/BookingService.h"
#include "core/PhoneNumber.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace guichet {

class LocalStore;
class TypeAheadComboBox;

// Who comes, in the booking dialog: name, phone (checked as it is typed: the normalised number or
// what is wrong with it), e-mail, language (by its own name, French first, then the languages
// interpreters are called for at the site), needs (interpreter, sign language, wheelchair) and
// whether the visitor wants the SMS, with the confirmation text exactly as it will go and how many
// characters and SMS it takes. Only a mobile number can have the SMS.
class VisitorForm : public QWidget
{
    Q_OBJECT

public:
    VisitorForm(LocalStore &store, const QString &siteId, QWidget *parent = nullptr);

    // The visitor's part of a booking, the phone in E.164 when it is valid and the e-mail trimmed
    // and in lower case (as BookingService stores them, so that similar() finds the visitor).
    void fillRequest(BookingRequest &request) const;
    // Moving an appointment: the visitor as booked, read-only, and no SMS choice.
    void showAppointment(const Appointment &appointment);
    // Booked: nothing can be changed any more, the SMS text stays readable.
    void lock();
    // Coming from the interpreting area: the visitor's language and the need already known.
    void presetNeeds(const QString &languageCode, bool interpreter, bool signLanguage);

    PhoneNumber phone() const { return m_parsedPhone; }
    bool phoneTyped() const;
    QString languageCode() const;
    // The widgets in the order Enter walks through them (disabled or hidden ones included).
    QList<QWidget *> fieldsInOrder() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *emailField() const { return m_email; }

    // The confirmation SMS as it will go (empty: nothing to show yet, `why` says why).
    void setSmsText(const QString &text, const QString &why = {});
    QString smsText() const { return m_smsTextShown; }
    QString smsCountText() const;

    // "12 characters, 1 SMS" (with a note when a character outside the GSM alphabet makes it Unicode).
    static QString segmentsText(const QString &text);

signals:
    // The visitor's name, phone, e-mail, language or needs changed.
    void edited();
    void languageChanged();

private:
    void buildForm();
    void fillLanguages(const QString &siteId);
    void onPhoneEdited();
    void updateSms();

    LocalStore &m_store;
    PhoneNumber m_parsedPhone;
    QString m_smsTextShown;
    QString m_smsWhy;
    bool m_smsChoiceOffered = true;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLineEdit *m_email = nullptr;
    TypeAheadComboBox *m_language = nullptr;
    QCheckBox *m_interpreter = nullptr;
    QCheckBox *m_signLanguage = nullptr;
    QCheckBox *m_wheelchair = nullptr;
    QCheckBox *m_smsOptIn = nullptr;
    QLabel *m_smsPreview = nullptr;
    QLabel *m_smsCount = nullptr;
};

} // namespace guichet
