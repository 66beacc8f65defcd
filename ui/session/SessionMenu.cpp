#include "session/SessionMenu.h"

#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "session/LoginDialog.h"
#include "session/SessionMessages.h"
#include "session/SessionRunner.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>

namespace guichet {

SessionMenu::SessionMenu(LocalStore &store, QWidget *window, QString keychainService)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_runner(new SessionRunner(store, std::move(keychainService), this))
    , m_menu(new QMenu(tr("&Session"), window))
{
    m_menu->setObjectName(QStringLiteral("SessionMenu"));
    m_signIn = m_menu->addAction(tr("Sign &in…"), this, &SessionMenu::signIn);
    m_signIn->setObjectName(QStringLiteral("session-sign-in"));
    m_signIn->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_L));
    m_switchAgent = m_menu->addAction(tr("&Change agent…"), this, &SessionMenu::switchAgent);
    m_switchAgent->setObjectName(QStringLiteral("session-change-agent"));
    m_switchAgent->setToolTip(tr("Shift change or a substitute arriving: signs the current agent out, then "
                                 "asks who takes the counter"));
    m_signOut = m_menu->addAction(tr("Sign &out"), this, &SessionMenu::signOut);
    m_signOut->setObjectName(QStringLiteral("session-sign-out"));
    m_menu->addSeparator();
    m_syncNow = m_menu->addAction(tr("S&ynchronise now"), this, &SessionMenu::syncRequested);
    m_syncNow->setObjectName(QStringLiteral("session-sync-now"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_toHandle = m_menu->addAction(tr("Refused changes &to handle…"), this, &SessionMenu::toHandleRequested);
    m_toHandle->setObjectName(QStringLiteral("session-to-handle"));
    m_toHandle->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_T));
    for (QAction *action : m_menu->actions())
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_runner, &SessionRunner::loginFinished, this, &SessionMenu::onLoginFinished);
    connect(m_runner, &SessionRunner::logoutFinished, this, &SessionMenu::onLogoutFinished);
    connect(&m_store, &LocalStore::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("sync_state") || entity == QLatin1String("*"))
            updateActions();
    });
    updateActions();
}

LoginDialog *SessionMenu::loginDialog() const
{
    return m_dialog.data();
}

void SessionMenu::updateActions()
{
    bool signedIn = false;
    try {
        signedIn = !SyncStateRepository(m_store).value(SyncStateRepository::AgentLogin).isEmpty();
    } catch (const StoreError &) {
        // Leave the actions usable: the session code reports the store's problem itself.
        signedIn = true;
    }
    const bool idle = !m_runner->busy();
    m_signIn->setEnabled(idle);
    m_switchAgent->setEnabled(idle && signedIn);
    m_signOut->setEnabled(idle && signedIn);
}

void SessionMenu::signIn()
{
    if (LoginDialog *open = m_dialog.data()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new LoginDialog(m_store, *m_runner, m_currentSiteId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_signInAfterSignOut)
        dialog->clearLogin();
    m_signInAfterSignOut = false;
    m_dialog = dialog;
    dialog->open();
}

void SessionMenu::switchAgent()
{
    m_signInAfterSignOut = true;
    signOut();
}

void SessionMenu::signOut()
{
    if (!m_runner->logout()) {
        m_signInAfterSignOut = false;
        return;
    }
    updateActions();
    emit statusMessage(tr("Signing out…"));
}

void SessionMenu::onLoginFinished(const SyncSession::Outcome &outcome)
{
    updateActions();
    if (!outcome.ok)
        return;   // the dialog shows why, and stays open
    emit signedIn(outcome);
    emit statusMessage(tr("Signed in as %1.").arg(outcome.displayName));
    emit syncRequested();
}

void SessionMenu::onLogoutFinished(const SyncSession::Outcome &outcome)
{
    updateActions();
    const QString problem = SessionMessages::logoutProblem(outcome);
    if (!outcome.ok) {
        m_signInAfterSignOut = false;
        QMessageBox::warning(m_window, tr("Sign-out failed"), problem);
        return;
    }
    int waiting = 0;
    try {
        waiting = OutboxRepository(m_store).count();
    } catch (const StoreError &) {
        // Only for the message.
    }
    QString message = waiting > 0 ? tr("Signed out. %n change(s) not yet sent will be sent at the next sign-in.",
                                       nullptr, waiting)
                                  : tr("Signed out.");
    if (!problem.isEmpty())
        message += QLatin1Char(' ') + problem;
    emit signedOut();
    emit statusMessage(message);
    emit syncRequested();
    if (m_signInAfterSignOut)
        signIn();
}

} // namespace guichet
