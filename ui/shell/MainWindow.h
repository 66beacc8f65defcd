#pragma once

#include "shell/UiContext.h"
#include "sync/SyncStatus.h"

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace guichet {

class Area;
class CounterStatusBar;
class DisplayPreferences;
class SessionMenu;
class SiteListModel;
class ToHandleDialog;

// The counter window: a navigation column with the four areas (Ctrl+1…4), a global search box
// (Ctrl+K) that searches the area on show, a site chooser for substitute agents, the Session menu
// (sign in Ctrl+L, change agent, sign out) and the status line; the refused changes "to handle"
// open from the status line or Ctrl+Shift+T. It owns the areas and tells them when the site or
// the agent changes. Sync itself runs elsewhere (SyncWorker): the window asks for a pass with
// `syncRequested` and shows what the worker says through the status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);

    // Shows the area with that key ("appointments", "knowledge", "requests", "interpreting").
    bool showArea(const QString &key);
    QString currentAreaKey() const;
    QList<Area *> areas() const { return m_areas; }
    QString siteId() const { return m_context.siteId; }
    void setSite(const QString &siteId);

    CounterStatusBar *counterStatusBar() const { return m_statusBar; }
    QLineEdit *searchField() const { return m_search; }
    SessionMenu *sessionMenu() const { return m_session; }
    // Text size and high contrast (View menu), for the whole application.
    DisplayPreferences *displayPreferences() const { return m_display; }
    QString agentId() const { return m_context.agentId; }
    // The agent now at the counter (empty: nobody signed in); `displayName` when the store does
    // not know them yet (the first sync brings the agents).
    void setAgent(const QString &agentId, const QString &displayName = {});

    // What the sync worker says: the status line shows it, and the areas learn whether the server
    // (and so the network) can be reached.
    void setSyncStatus(const guichet::SyncStatus &status);

    // The refused changes waiting for the agent (created on first use).
    ToHandleDialog *toHandleDialog();
    void showToHandle();

signals:
    void siteChanged(const QString &siteId);
    // The agent asked for a sync, or signed in or out: the sync worker runs a pass now.
    void syncRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    void buildNavigation();
    void buildMenus();
    void addArea(Area *area, int number);
    void showAreaAt(int index);
    void onSearchTextChanged(const QString &text);
    void focusSearch();
    void onSiteChosen(int row);
    void changeTextSize(int delta);
    void updateAgentName(const QString &fallbackName = {});
    void showSiteName();

    UiContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_siteChooser = nullptr;
    SiteListModel *m_sites = nullptr;
    CounterStatusBar *m_statusBar = nullptr;
    SessionMenu *m_session = nullptr;
    ToHandleDialog *m_toHandle = nullptr;
    QList<Area *> m_areas;
    QList<QString> m_searchTexts;     // what was typed in each area, restored on return
    QString m_agentFallbackName;      // the signed-in agent's name until the store knows them
    DisplayPreferences *m_display = nullptr;
};

} // namespace guichet
