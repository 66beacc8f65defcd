#pragma once

#include "shell/Area.h"
#include "shell/UiContext.h"

class QLabel;
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

private:
    void applySearch();
    void onCurrentChanged();
    void restoreSelection();
    void updateCount();

    UiContext m_context;
    RequestListModel *m_model;
    QTableView *m_list;
    QLabel *m_count;
    RequestDetailPane *m_detail;
    QTimer *m_searchTimer;
    QString m_pendingSearch;
    QString m_selectedId;
};

} // namespace guichet
