#pragma once

#include "shell/Area.h"
#include "shell/UiContext.h"

class QAction;
class QKeySequence;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace guichet {

class RequestDetailPane;
class RequestListModel;

// Demandes: the city's requests, newest first, filtered as the agent types in the global search
// (reference, name, phone, email), with the selected request's details, history and a note box.
class RequestsArea : public Area
{
    Q_OBJECT

public:
    explicit RequestsArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("requests"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void setAgent(const QString &agentId) override;
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;
    bool searchFirst() const override { return true; }

    QTableView *list() const { return m_list; }
    RequestDetailPane *detail() const { return m_detail; }
    static constexpr int kSearchDelayMs = 250;

    QAction *newRequestAction() const { return m_new; }
    QAction *overdueAction() const { return m_overdue; }
    // Files a request (RequestIntakeDialog), then shows it and prints its receipt when asked.
    void newRequest();
    // Asks the server for the searched text (OnlineSearchDialog): requests beyond the retention window.
    void searchOnline();
    // The supervisors' overdue requests by service (OverdueReportDialog); Enter opens one here.
    void showOverdue();
    // Selects the request in the list (clearing the filter if it hides it) and shows it.
    void showRequest(const QString &requestId);

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut, void (RequestsArea::*slot)());
    QPushButton *addButton(QAction *action, QWidget *parent);
    void updateActions();
    void applySearch();
    void onCurrentChanged();
    void restoreSelection();
    void updateCount();

    UiContext m_context;
    RequestListModel *m_model;
    QAction *m_new = nullptr;
    QAction *m_overdue = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_overdueButton = nullptr;
    QAction *m_online = nullptr;
    QPushButton *m_onlineButton = nullptr;
    QTableView *m_list;
    QLabel *m_count;
    RequestDetailPane *m_detail;
    QTimer *m_searchTimer;
    QString m_pendingSearch;
    QString m_selectedId;
};

} // namespace guichet
