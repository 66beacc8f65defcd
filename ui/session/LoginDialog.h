#pragma once

#include "sync/SyncSession.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace guichet {

class LocalStore;
class SessionRunner;
class SiteListModel;

// "Se connecter": the server's address (remembered from the last sign-in), the agent's login and
// password, and the site where they work today (their home site by default; a substitute picks
// the site they are sent to). The sign-in runs on SessionRunner's thread: the window keeps
// answering, the dialog shows that it is working and disables "Sign in" meanwhile. A refusal
// (wrong password, too many attempts, no answer, locked keychain) is shown in the dialog, which
// stays open for another try; it closes (accepted) once the agent is signed in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentSiteId`: where the counter works now (the choice offered to an agent without a home site).
    LoginDialog(LocalStore &store, SessionRunner &runner, const QString &currentSiteId, QWidget *parent = nullptr);

    // Empties the login (another agent takes the counter).
    void clearLogin();
    bool isWaiting() const { return m_waiting; }
    QString errorText() const;
    const SyncSession::Outcome &outcome() const { return m_outcome; }

public slots:
    void reject() override;

private:
    void buildForm();
    QUrl serverUrl() const;
    void fillSites();
    void onLoginEdited();
    void submit();
    void onLoginFinished(const SyncSession::Outcome &outcome);
    void setWaiting(bool waiting);
    void showError(const QString &message, QWidget *focus);

    LocalStore &m_store;
    SessionRunner &m_runner;
    QString m_currentSiteId;
    SiteListModel *m_sites = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_site = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QUrl m_triedServer;
    bool m_waiting = false;
    SyncSession::Outcome m_outcome;
};

} // namespace guichet
