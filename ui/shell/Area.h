#pragma once

#include <QWidget>

namespace guichet {

// One of the four areas of the counter window (Rendez-vous, Base de connaissances, Demandes,
// Interprétariat). MainWindow owns them in a stack, switches with Ctrl+1…4, forwards the global
// search (Ctrl+K) and the site chooser.
class Area : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString areaKey() const = 0;        // "appointments", "knowledge", "requests", "interpreting"
    virtual QString areaTitle() const = 0;      // translated, e.g. tr("Appointments")
    virtual void setSite(const QString &siteId) = 0;
    // Another agent signed in at this counter (empty: nobody): what the area records as "by".
    virtual void setAgent(const QString &agentId) { Q_UNUSED(agentId); }
    // The global search box's text while this area is shown (filter or search as you type).
    virtual void search(const QString &text) = 0;
    virtual QString searchPlaceholder() const = 0;
    // Gives the keyboard focus to the area's main control (called after switching to it).
    virtual void focusPrimary() = 0;
    // True when the agent's first move in this area is to type a search: switching to it then
    // focuses the global search box rather than focusPrimary().
    virtual bool searchFirst() const { return false; }

    // The agent pressed Down or Enter in the global search box: move into the results (Down) or
    // open the first one (Enter). The default gives the focus to the area's main control.
    enum class SearchExit { Down, Enter };
    virtual void leaveSearch(SearchExit how)
    {
        Q_UNUSED(how);
        focusPrimary();
    }
    // Whether the server (and so the network) was reachable at the last sync attempt: an area that
    // offers online actions says what still works offline.
    virtual void setOnline(bool online) { Q_UNUSED(online); }

signals:
    void statusMessage(const QString &message);
    // The agent went back up out of the results: the main window focuses the global search box.
    void searchFocusRequested();
};

} // namespace guichet
