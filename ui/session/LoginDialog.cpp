#include "session/LoginDialog.h"

#include "itemmodels/SiteListModel.h"
#include "repo/AgentRepository.h"
#include "repo/SyncStateRepository.h"
#include "session/SessionMessages.h"
#include "session/SessionRunner.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

LoginDialog::LoginDialog(LocalStore &store, SessionRunner &runner, const QString &currentSiteId, QWidget *parent)
    : QDialog(parent), m_store(store), m_runner(runner), m_currentSiteId(currentSiteId)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("Sign in to the server"));
    setAccessibleName(windowTitle());
    buildForm();

    QString server;
    QString login;
    try {
        const SyncStateRepository state(m_store);
        server = state.value(SyncStateRepository::ServerUrl);
        login = state.value(SyncStateRepository::AgentLogin);
    } catch (const StoreError &error) {
        qWarning("guichet: the last server could not be read: %s", qPrintable(error.message()));
    }
    m_server->setText(server);
    m_login->setText(login);
    fillSites();

    connect(m_sites, &QAbstractItemModel::modelReset, this, &LoginDialog::fillSites);
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::onLoginEdited);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_runner, &SessionRunner::loginFinished, this, &LoginDialog::onLoginFinished);
    (server.isEmpty() ? m_server : login.isEmpty() ? m_login : m_password)->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::buildForm()
{
    m_sites = new SiteListModel(m_store, this);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("LoginServer"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("e.g. https://guichet.ville.fr"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("LoginName"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("LoginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("LoginSite"));
    m_site->setAccessibleName(tr("Site where you work today"));
    m_site->setToolTip(tr("Your home site, or the site you are sent to today if you are a substitute."));
    m_site->setMinimumContentsLength(32);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Si&te:"), m_site);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("LoginError"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; }"));
    m_error->hide();

    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("LoginBusyText"));
    m_busyText->setAccessibleName(tr("Sign-in in progress"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("LoginBusy"));
    m_busy->setAccessibleName(tr("Sign-in in progress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyText, 1);
    busyRow->addWidget(m_busy);
    m_busyText->hide();
    m_busy->hide();

    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("LoginSignIn"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("LoginCancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addLayout(buttons);
    setTabOrder(m_server, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_site);
    setTabOrder(m_site, m_signIn);
    setTabOrder(m_signIn, m_cancel);
    setMinimumWidth(520);
}

void LoginDialog::fillSites()
{
    const QString chosen = m_site->currentData().toString();
    const bool homeChosen = m_site->currentIndex() <= 0;
    m_site->clear();
    m_site->addItem(tr("The agent's home site"), QString());
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        const QModelIndex index = m_sites->index(row, 0);
        m_site->addItem(index.data(Qt::DisplayRole).toString(), index.data(SiteListModel::IdRole));
    }
    m_site->setCurrentIndex(homeChosen ? 0 : std::max(0, m_site->findData(chosen)));
    onLoginEdited();
}

void LoginDialog::onLoginEdited()
{
    // A login this counter already knows tells whose home site "home site" means.
    Agent agent;
    try {
        const QString login = m_login->text().trimmed();
        if (!login.isEmpty())
            agent = AgentRepository(m_store).byLogin(login);
    } catch (const StoreError &) {
        // Only a hint: the server knows the agent anyway.
    }
    if (agent.isValid() && !agent.homeSiteId.isEmpty()) {
        const int row = m_sites->rowOfId(agent.homeSiteId);
        m_site->setItemText(0, row >= 0 ? tr("Home site: %1").arg(m_sites->siteAt(row).name)
                                        : tr("The agent's home site"));
    } else if (agent.isValid()) {
        // A substitute has no home site: where this counter is, unless they chose another one.
        m_site->setItemText(0, tr("No home site: choose the site"));
        const int current = m_site->findData(m_currentSiteId);
        if (m_site->currentIndex() == 0 && current > 0)
            m_site->setCurrentIndex(current);
    } else {
        m_site->setItemText(0, tr("The agent's home site"));
    }
}

void LoginDialog::clearLogin()
{
    m_login->clear();
    m_password->clear();
    m_site->setCurrentIndex(0);
    m_error->hide();
    (m_server->text().isEmpty() ? m_server : m_login)->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::reject()
{
    // Closing while the server is asked does not stop the question: the main window takes the
    // answer (a sign-in that went through is shown as such).
    setWaiting(false);
    QDialog::reject();
}

QUrl LoginDialog::serverUrl() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return {};
    // "guichet.ville.fr" means https://guichet.ville.fr, never plain http.
    return QUrl(text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text);
}

void LoginDialog::submit()
{
    if (m_waiting || m_runner.busy())
        return;
    const QUrl server = serverUrl();
    const QString problem = SessionMessages::addressProblem(server);
    if (!problem.isEmpty())
        return showError(problem, m_server);
    if (m_login->text().trimmed().isEmpty())
        return showError(tr("Enter your login."), m_login);
    if (m_password->text().isEmpty())
        return showError(tr("Enter your password."), m_password);
    m_error->hide();
    m_triedServer = server;
    if (!m_runner.login(server, m_login->text().trimmed(), m_password->text(), m_site->currentData().toString()))
        return showError(tr("A sign-in or sign-out is still running: wait a moment."), m_signIn);
    m_busyText->setText(tr("Signing in to %1…").arg(server.host()));
    setWaiting(true);
}

void LoginDialog::onLoginFinished(const SyncSession::Outcome &outcome)
{
    if (!m_waiting)
        return;
    setWaiting(false);
    m_outcome = outcome;
    if (outcome.ok) {
        m_password->clear();
        accept();
        return;
    }
    QWidget *focus = m_password;
    if (outcome.error == QLatin1String("offline") || outcome.error == QLatin1String("url"))
        focus = m_server;
    else if (outcome.error == QLatin1String("site_needed") || outcome.error == QLatin1String("forbidden"))
        focus = m_site;
    else if (outcome.error == QLatin1String("keychain") || outcome.error == QLatin1String("store"))
        focus = m_signIn;
    showError(SessionMessages::loginRefusal(outcome, m_triedServer), focus);
}

void LoginDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_signIn->setEnabled(!waiting);
    m_busy->setVisible(waiting);
    m_busyText->setVisible(waiting);
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_login),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_site)})
        field->setEnabled(!waiting);
    if (waiting)
        m_cancel->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

} // namespace guichet
