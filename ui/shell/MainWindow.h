#pragma once

#include "shell/UiContext.h"

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace guichet {

class Area;
class CounterStatusBar;
class SiteListModel;

// The counter window: a navigation column with the four areas (Ctrl+1…4), a global search box
// (Ctrl+K) that searches the area on show, a site chooser for substitute agents, and the status
// line. It owns the areas and tells them when the site changes.
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

signals:
    void siteChanged(const QString &siteId);

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
    void updateAgentName();

    UiContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_siteChooser = nullptr;
    SiteListModel *m_sites = nullptr;
    CounterStatusBar *m_statusBar = nullptr;
    QList<Area *> m_areas;
    QList<QString> m_searchTexts;     // what was typed in each area, restored on return
    int m_baseFontSize = 0;
};

} // namespace guichet
