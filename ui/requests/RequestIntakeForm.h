#pragma once

#include "domain/Request.h"
#include "requests/RequestCategoryList.h"
#include "requests/RequestDraftCheck.h"
#include "requests/RequestRouting.h"
#include "requests/ServiceDirectory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

class TypeAheadComboBox;

// The fields of a new request, keyboard first: how it came in (channel), what about (subject,
// category, description), where it goes (the competent service, chosen among the services the
// counter knows, prefilled from the best route the knowledge base suggests for the subject — the
// suggestions stay listed, each with its competence, and Enter on one takes it), who asks (name,
// phone checked as it is typed, e-mail, address, consent to be contacted) and the references of
// what the visitor handed over. Every field has a label with a mnemonic and an accessible name.
class RequestIntakeForm : public QWidget
{
    Q_OBJECT

public:
    RequestIntakeForm(const ServiceDirectory &directory, const QList<RequestCategory> &categories,
                      QWidget *parent = nullptr);

    // The request as typed (not yet checked: RequestDraftCheck does that). The competence is the
    // chosen route's (the matter's) when the service came from a suggestion, else the service's.
    Request draft() const;

    // The suggestions for the subject as it stands, best first; the best is taken as the service
    // unless the agent chose one.
    void setRoutes(const QList<RequestRoute> &routes);
    QList<RequestRoute> routes() const { return m_routes; }
    // Takes suggestion `row` as the competent service (as Enter on it does).
    void applyRoute(int row);
    // Chooses the service by name ("" for none), as the agent would.
    bool chooseService(const QString &name);
    QString chosenService() const;
    // Whether the agent chose the service (then suggestions no longer change it).
    bool serviceChosenByAgent() const { return m_serviceByAgent; }

    // Puts the focus on a field (the first one that is wrong, after a check).
    void focusField(RequestDraftCheck::Field field);
    // The widgets in Tab order.
    QList<QWidget *> fieldsInOrder() const;
    void addAttachment();
    void removeAttachment();
    // Filed: nothing can be changed any more.
    void lock();

    QComboBox *channelField() const { return m_channel; }
    QLineEdit *subjectField() const { return m_subject; }
    QComboBox *categoryField() const { return m_category; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    TypeAheadComboBox *serviceField() const { return m_service; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QLabel *serviceDetails() const { return m_serviceDetails; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *phoneField() const { return m_phone; }
    QLabel *phoneStatus() const { return m_phoneStatus; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *addressField() const { return m_address; }
    QCheckBox *consentBox() const { return m_consent; }
    QLineEdit *attachmentField() const { return m_attachment; }
    QListWidget *attachmentList() const { return m_attachments; }
    QPushButton *addAttachmentButton() const { return m_addAttachment; }
    QPushButton *removeAttachmentButton() const { return m_removeAttachment; }

    // "Metropolis", "State"… as shown next to a service.
    static QString competenceText(Competence competence);

signals:
    // The subject or the category changed: the suggestions are to be looked up again.
    void subjectEdited();
    // Who asks or what about changed: the duplicate check is to be run again.
    void requesterOrSubjectEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildRequestPart();
    QWidget *buildRequesterPart();
    void fillServices();
    void onPhoneEdited();
    void onServiceChanged();
    void setServiceIndex(int index, bool byAgent);
    int routeRowOfChosen() const;

    ServiceDirectory m_directory;
    QList<RequestCategory> m_categories;
    QList<RequestRoute> m_routes;
    bool m_serviceByAgent = false;
    bool m_settingService = false;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_description = nullptr;
    TypeAheadComboBox *m_service = nullptr;
    QLabel *m_serviceDetails = nullptr;
    QListWidget *m_suggestions = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_consent = nullptr;
    QLineEdit *m_attachment = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_removeAttachment = nullptr;
};

} // namespace guichet
