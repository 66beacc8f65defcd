#pragma once

#include "sync/SyncSession.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace guichet {

class LocalStore;
class LoginDialog;
class SessionRunner;

// The window's "Session" menu: sign in (Ctrl+L), change agent (a shift change, a substitute
// arriving: sign out, then sign in), sign out (no token left behind), synchronise now (F5) and the
// refused changes to handle (Ctrl+Shift+T). Signing in and out run on SessionRunner's thread; the
// outcome is told through the signals, whoever started it.
class SessionMenu : public QObject
{
    Q_OBJECT

public:
    SessionMenu(LocalStore &store, QWidget *window, QString keychainService = QStringLiteral("Guichet"));

    QMenu *menu() const { return m_menu; }
    SessionRunner *runner() const { return m_runner; }
    LoginDialog *loginDialog() const;   // the open one, if any
    QAction *signInAction() const { return m_signIn; }
    QAction *switchAgentAction() const { return m_switchAgent; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *toHandleAction() const { return m_toHandle; }

    // Where the counter works now: offered to an agent without a home site.
    void setCurrentSite(const QString &siteId) { m_currentSiteId = siteId; }

public slots:
    void signIn();
    void switchAgent();
    void signOut();

signals:
    void signedIn(const guichet::SyncSession::Outcome &outcome);
    void signedOut();
    void syncRequested();
    void toHandleRequested();
    void statusMessage(const QString &message);

private:
    void onLoginFinished(const SyncSession::Outcome &outcome);
    void onLogoutFinished(const SyncSession::Outcome &outcome);
    void updateActions();

    LocalStore &m_store;
    QWidget *m_window;
    SessionRunner *m_runner;
    QMenu *m_menu;
    QAction *m_signIn = nullptr;
    QAction *m_switchAgent = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_toHandle = nullptr;
    QPointer<LoginDialog> m_dialog;
    QString m_currentSiteId;
    bool m_signInAfterSignOut = false;
};

} // namespace guichet
