#pragma once

#include "domain/Request.h"
#include "requests/RequestDuplicates.h"
#include "shell/UiContext.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace guichet {

class ErrorBanner;
class RequestIntakeForm;
class RequestRouting;

// "New request" (Nouvelle demande), from any channel, keyboard first: the form (RequestIntakeForm)
// with the competent service suggested from the subject as it is typed, a warning when the same
// requester already has an open request on the same subject (never a block: the button becomes
// "File anyway"), the reasons an entry is refused in an error banner (nothing is written then),
// and whether to print the receipt once filed. Enter files from any field (Ctrl+Return from the
// description); Escape closes without filing. Filed: emits filed() with the new request's id and
// is accepted.
class RequestIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    // How long after the last key the suggestions and the duplicate check are looked up again.
    static constexpr int kLookupDelayMs = 250;

    explicit RequestIntakeDialog(const UiContext &context, QWidget *parent = nullptr);
    RequestIntakeDialog(LocalStore &store, const Clock &clock, const QString &siteId, const QString &agentId,
                        QWidget *parent = nullptr);
    ~RequestIntakeDialog() override;

    RequestIntakeForm *form() const { return m_form; }
    // The request as filed (empty id until then).
    Request filedRequest() const { return m_filed; }
    QString filedRequestId() const { return m_filed.id; }
    // The "Print the receipt" box (checked by default): the caller prints once filed() is emitted.
    bool printReceiptRequested() const;
    void setPrintReceiptRequested(bool print);

    // What the banner says (empty when hidden), and the duplicate warning (empty when none).
    QString errorText() const;
    QString duplicateText() const;
    QList<RequestDuplicate> duplicates() const { return m_duplicates; }
    QPushButton *fileButton() const { return m_file; }
    QCheckBox *printReceiptBox() const { return m_printReceipt; }

    // The File / File anyway button: checks, warns once about duplicates, files.
    void fileRequest();
    // Looks the suggestions up for the subject now (otherwise done kLookupDelayMs after typing).
    void updateRouting();
    // Looks for open requests of the same requester on the same subject now.
    void checkDuplicates();

signals:
    // Filed: the new request's id (the store has it, with its outbox mutations).
    void filed(const QString &requestId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init();
    QString duplicateKey(const Request &draft) const;
    void showDuplicates(const QList<RequestDuplicate> &duplicates);
    void setFileText(bool anyway);

    UiContext m_context;
    std::unique_ptr<RequestRouting> m_routing;
    RequestDuplicates m_duplicateFinder;
    QList<RequestDuplicate> m_duplicates;
    QString m_checkedKey; // the requester and subject the duplicates were looked up for
    QString m_warnedKey;  // … and shown to the agent
    Request m_filed;

    RequestIntakeForm *m_form = nullptr;
    QLabel *m_duplicateWarning = nullptr;
    ErrorBanner *m_error = nullptr;
    QCheckBox *m_printReceipt = nullptr;
    QPushButton *m_file = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_routingTimer = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace guichet
