#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace guichet {

class ErrorBanner;
class LocalStore;
class ProviderForm;

// The supervisors' list of interpreter services: the services (examples marked "Example"), the
// form of the one chosen (ProviderForm), and New (Ctrl+N), Save (Ctrl+S) and Delete. A save writes
// the service with its outbox mutation (InterpreterRepository::saveProvider); a refused save keeps
// what was typed and shows each problem under its field; a deletion asks first. Choosing another
// service while the form has unsaved changes is refused with a word (Revert drops them). Follows
// the store: a service changed by a sync appears at once. Non-modal: open it with show() or open().
// An agent who is not a supervisor gets the refusal in words, and nothing else.
class ProviderEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ProviderEditorDialog(LocalStore &store, const QString &agentId, QWidget *parent = nullptr);

    bool isAllowed() const { return m_form != nullptr; }
    static QString refusalText();

    // Saves the form now (also Save and Ctrl+S); true when written (or nothing had changed).
    bool save();
    // Starts a new service in the form (also New and Ctrl+N); false when unsaved changes are in the way.
    bool startNew();
    // Deletes the current service, after a confirmation unless setConfirmRemoval(false); true when done.
    bool removeCurrent();
    void setConfirmRemoval(bool confirm) { m_confirmRemoval = confirm; }
    // Drops the unsaved changes: the form shows the service as stored again.
    void revert();
    // Shows the service in the form; false when unknown or when unsaved changes are in the way.
    bool selectProvider(const QString &id);

    QString currentId() const { return m_currentId; } // empty for a new service
    QListWidget *providerList() const { return m_list; }
    ProviderForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *revertButton() const { return m_revert; }
    ErrorBanner *errorBanner() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *refusal() const { return m_refusal; }

    // Escape / Close: with unsaved changes, the first one only says so (the second one closes).
    void reject() override;

signals:
    void saved(const QString &providerId);
    void removed(const QString &providerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildEditor();
    void buildRefusal();
    void reloadList();
    void selectCurrentRow(); // the row of the service in the form (none for a new one)
    void onCurrentRowChanged();
    void onStoreChanged(const QString &entity);
    bool blockedByChanges();
    void showProvider(const QString &id);
    bool removeNow();
    void updateButtons();

    LocalStore &m_store;
    QString m_agentId;
    QString m_currentId;
    bool m_confirmRemoval = true;
    bool m_settingRow = false;
    bool m_closeWarned = false;
    QListWidget *m_list = nullptr;
    ProviderForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_revert = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_refusal = nullptr;
};

} // namespace guichet
