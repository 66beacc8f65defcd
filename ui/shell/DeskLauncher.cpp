#include "shell/DeskLauncher.h"

#include "core/Clock.h"
#include "demo/DemoCity.h"
#include "demo/ServicePublicLocation.h"
#include "repo/AgentRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "session/SessionMenu.h"
#include "shell/CounterStatusBar.h"
#include "shell/DisplayPreferences.h"
#include "shell/MainWindow.h"
#include "shell/StartupProbe.h"
#include "shell/UiContext.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/SyncWorker.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QAction>
#include <QMessageBox>
#include <QPainter>
#include <QTimer>

#include <cstdio>

namespace guichet {

DeskLauncher::DeskLauncher(QApplication &app, DeskOptions options) : m_app(app), m_options(std::move(options))
{
    if (m_options.storePath.isEmpty())
        m_options.storePath = LocalStore::defaultPath();
}

DeskLauncher::~DeskLauncher()
{
    // The sync thread uses the store: it ends (a pass in flight is cut short) before anything goes.
    m_sync.reset();
    m_integrityCheck.reset();
    m_window.reset();
    m_store.reset();
}

bool DeskLauncher::interactive() const
{
    // A screenshot or a measurement runs unattended: no dialog may wait for a click.
    return m_options.screenshotPath.isEmpty() && !m_options.measureStartup;
}

int DeskLauncher::fail(const QString &message)
{
    std::fprintf(stderr, "guichet: %s\n", message.toUtf8().constData());
    if (interactive())
        QMessageBox::critical(nullptr, QApplication::translate("guichet::DeskLauncher", "Guichet cannot start"),
                              message);
    return 1;
}

bool DeskLauncher::openStore()
{
    if (m_options.now.isValid()) {
        m_fixedClock = std::make_unique<FixedClock>(m_options.now);
        m_store = std::make_unique<LocalStore>(m_options.storePath, *m_fixedClock);
    } else {
        m_store = std::make_unique<LocalStore>(m_options.storePath);
    }
    // The integrity check runs in the background once the window is up (a large store takes
    // seconds to check); a repair asked for by an earlier check happens here, before anything else.
    const LocalStore::OpenReport report = m_store->open(LocalStore::IntegrityCheck::Skip);
    if (report.recovered) {
        qWarning("guichet: the local store was damaged and rebuilt (%d change(s) kept); the damaged file is %s",
                 report.outboxSalvaged, qPrintable(report.movedAsidePath));
    }
    if (report.recovered && interactive()) {
        QMessageBox::warning(nullptr, QApplication::translate("guichet::DeskLauncher", "Local store repaired"),
                             QApplication::translate("guichet::DeskLauncher",
                                                     "The local store was damaged. It was set aside as %1 and "
                                                     "rebuilt; the %n change(s) not yet sent were kept.",
                                                     nullptr, report.outboxSalvaged)
                                     .arg(QDir::toNativeSeparators(report.movedAsidePath))
                                 + (report.salvageFailed
                                        ? QStringLiteral("\n\n")
                                              + QApplication::translate(
                                                  "guichet::DeskLauncher",
                                                  "The damaged file could not be read at all: changes made on "
                                                  "this counter and not yet sent may be missing. Keep the "
                                                  "damaged file for the IT department.")
                                        : QString()));
    }
    // A store without any site is a first start (or one that was interrupted): build the demo.
    if (m_options.demoOnFirstStart && SiteRepository(*m_store).all().isEmpty()) {
        QLabel wait(QApplication::translate("guichet::DeskLauncher",
                                            "Preparing the demo city and its knowledge base…"));
        wait.setWindowTitle(QApplication::translate("guichet::DeskLauncher", "Guichet"));
        wait.setMargin(32);
        if (interactive()) {
            wait.show();
            QApplication::processEvents();
        }
        DemoOptions demo;
        demo.kbDir = findServicePublicDir();
        DemoCity(*m_store).generate(demo);
    }
    return true;
}

QString DeskLauncher::chooseSite() const
{
    const SiteRepository sites(*m_store);
    if (!m_options.siteCode.isEmpty()) {
        const Site site = sites.byCode(m_options.siteCode);
        if (site.id.isEmpty())
            throw StoreError(StoreError::Kind::InvalidInput,
                             QApplication::translate("guichet::DeskLauncher", "There is no site with the code %1.")
                                 .arg(m_options.siteCode));
        return site.id;
    }
    const QString last = SyncStateRepository(*m_store).value(SyncStateRepository::CurrentSite);
    if (!last.isEmpty() && !sites.byId(last).id.isEmpty())
        return last;
    const QList<Site> all = sites.all();
    return all.isEmpty() ? QString() : all.first().id;
}

QString DeskLauncher::chooseAgent(const QString &siteId) const
{
    const SyncStateRepository state(*m_store);
    const QString current = state.value(SyncStateRepository::CurrentAgent);
    if (!current.isEmpty() || !state.value(SyncStateRepository::ServerUrl).isEmpty())
        return current;   // a counter that syncs works for whoever signed in, or for nobody
    // A standalone counter (the demo) works as the site's first agent.
    const QList<Agent> agents = AgentRepository(*m_store).bySite(siteId);
    return agents.isEmpty() ? QString() : agents.first().id;
}

int DeskLauncher::start()
{
    QString siteId;
    QString agentId;
    try {
        openStore();
        siteId = chooseSite();
        agentId = chooseAgent(siteId);
    } catch (const StoreError &error) {
        return fail(error.message());
    }

    m_window = std::make_unique<MainWindow>(UiContext{*m_store, m_store->clock(), siteId, agentId});
    if (m_options.highContrast)
        m_window->displayPreferences()->setHighContrast(true, DisplayPreferences::Persistence::Transient);
    QObject::connect(m_window.get(), &MainWindow::siteChanged, m_store.get(), [this](const QString &id) {
        try {
            SyncStateRepository(*m_store).setValue(SyncStateRepository::CurrentSite, id);
        } catch (const StoreError &error) {
            qWarning("guichet: could not remember the site: %s", qPrintable(error.message()));
        }
    });
    if (!m_options.area.isEmpty() && !m_window->showArea(m_options.area))
        return fail(QApplication::translate("guichet::DeskLauncher", "Unknown area '%1'.").arg(m_options.area));
    m_window->resize(m_options.windowSize);

    if (m_options.measureStartup) {
        auto *probe = new StartupProbe(*m_window, m_window.get());
        QObject::connect(probe, &StartupProbe::finished, &m_app, [this](const QString &json) {
            std::printf("%s\n", json.toUtf8().constData());
            std::fflush(stdout);
            m_app.exit(0);
        });
        probe->start();
    }
    m_window->show();
    startIntegrityCheck();
    startSync();
    if (!m_options.screenshotPath.isEmpty()) {
        QTimer::singleShot(300, &m_app, [this] {
            for (const QString &shortcut : std::as_const(m_options.press)) {
                if (!press(shortcut))
                    std::fprintf(stderr, "guichet: no action for %s on this screen\n", qPrintable(shortcut));
            }
            // Dialogs opened by a shortcut fill in (free slots, search) before the picture.
            QTimer::singleShot(m_options.press.isEmpty() ? 0 : 500, &m_app, [this] { takeScreenshot(); });
        });
    }
    return -1;
}

void DeskLauncher::startIntegrityCheck()
{
    m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(*m_store);
    QObject::connect(m_integrityCheck.get(), &BackgroundIntegrityCheck::finished, m_window.get(),
                     [this](bool ok, const QString &problem) {
                         if (ok)
                             return;
                         qWarning("guichet: the local store failed its integrity check: %s",
                                  qPrintable(problem.left(300)));
                         auto *box = new QMessageBox(
                             QMessageBox::Warning,
                             QApplication::translate("guichet::DeskLauncher", "The local store is damaged"),
                             QApplication::translate("guichet::DeskLauncher",
                                                     "The check of this counter's local store found damage. "
                                                     "Guichet will repair it at the next start, keeping every "
                                                     "change not yet sent. Please restart Guichet as soon as "
                                                     "the visitor in front of you has been served."),
                             QMessageBox::Ok, m_window.get());
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->show();
                     });
    m_integrityCheck->start();
}

void DeskLauncher::startSync()
{
    if (!m_options.sync)
        return;
    m_sync = std::make_unique<SyncWorker>(*m_store);
    QObject::connect(m_sync.get(), &SyncWorker::statusChanged, m_window.get(), &MainWindow::setSyncStatus);
    QObject::connect(m_window.get(), &MainWindow::syncRequested, m_sync.get(), &SyncWorker::syncNow);
    m_sync->start();
    // A counter that syncs with a server but where nobody is signed in: the first thing to do.
    bool syncsWithServer = false;
    try {
        syncsWithServer = !SyncStateRepository(*m_store).value(SyncStateRepository::ServerUrl).isEmpty();
    } catch (const StoreError &error) {
        qWarning("guichet: the sync settings could not be read: %s", qPrintable(error.message()));
    }
    if (interactive() && syncsWithServer && m_window->agentId().isEmpty())
        QTimer::singleShot(0, m_window.get(), [this] { m_window->sessionMenu()->signIn(); });
}

bool DeskLauncher::press(const QString &shortcut)
{
    const QKeySequence sequence = QKeySequence::fromString(shortcut, QKeySequence::PortableText);
    QWidget *top = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window.get();
    const QList<QAction *> actions = top->findChildren<QAction *>();
    for (QAction *action : actions) {
        const auto *owner = qobject_cast<QWidget *>(action->parent());
        if (action->isEnabled() && action->shortcuts().contains(sequence) && (!owner || owner->isVisible())) {
            action->trigger();
            QApplication::processEvents();
            return true;
        }
    }
    return false;
}

void DeskLauncher::takeScreenshot()
{
    QApplication::processEvents();
    QPixmap picture = m_window->grab();
    // A dialog on show is drawn centred over the window, as a window manager places it (without
    // one, every window stands at the origin).
    if (QWidget *dialog = QApplication::activeModalWidget(); dialog && dialog != m_window.get()) {
        QPainter painter(&picture);
        const QPixmap shot = dialog->grab();
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((picture.width() - shot.width()) / 2, (picture.height() - shot.height()) / 2, shot);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawRect(QRect((picture.width() - shot.width()) / 2 - 1, (picture.height() - shot.height()) / 2 - 1,
                               shot.width() + 1, shot.height() + 1));
    }
    if (!picture.save(m_options.screenshotPath, "PNG")) {
        std::fprintf(stderr, "guichet: cannot write the screenshot %s\n", qPrintable(m_options.screenshotPath));
        m_app.exit(1);
        return;
    }
    std::printf("%s\n", qPrintable(m_options.screenshotPath));
    m_app.exit(0);
}

} // namespace guichet
