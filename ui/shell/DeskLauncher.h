#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;

namespace guichet {

class BackgroundIntegrityCheck;
class FixedClock;
class LocalStore;
class MainWindow;
class SyncWorker;

struct DeskOptions
{
    QString storePath;         // empty: LocalStore::defaultPath()
    QString siteCode;          // e.g. "M3"; empty: the counter's last site
    QString screenshotPath;    // render the window to this PNG and quit
    QString area;              // area to show first (appointments, knowledge, requests, interpreting)
    QStringList press;         // shortcuts triggered before the screenshot, in order (e.g. "Ctrl+N")
    QSize windowSize{1366, 800};
    QDateTime now;             // when valid: a fixed clock (demos, screenshots); else the system's
    bool measureStartup = false; // print startup timings and memory as JSON, then quit
    bool demoOnFirstStart = true;
    bool sync = true;            // false: no background sync (screenshots, tests)
    bool highContrast = false;   // high contrast for this run only (not remembered)
};

// Starts the counter: opens (or creates, with the demo city) the local store, picks the site and
// agent, shows the main window, then starts the background sync (SyncWorker, its own thread)
// whose status the window's status line shows. Also serves the headless screenshot and the
// startup benchmark. At exit the sync stops first (its thread is waited for), then the window,
// then the store.
class DeskLauncher
{
public:
    DeskLauncher(QApplication &app, DeskOptions options);
    ~DeskLauncher();

    // Returns the exit code to use when start-up fails, or -1 when the event loop should run.
    int start();

private:
    bool openStore();
    bool interactive() const;
    QString chooseSite() const;
    QString chooseAgent(const QString &siteId) const;
    void startIntegrityCheck();
    void startSync();
    void takeScreenshot();
    // Triggers the enabled action bound to `shortcut` in the window on show; false when none.
    bool press(const QString &shortcut);
    int fail(const QString &message);

    QApplication &m_app;
    DeskOptions m_options;
    std::unique_ptr<FixedClock> m_fixedClock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncWorker> m_sync;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck;
};

} // namespace guichet
