#pragma once

#include "interpreting/CallFigures.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class CallFiguresModel;
class Clock;
class ErrorBanner;
class LocalStore;

// The supervisors' interpreter-call figures: a grouping (language, need, site, service, outcome),
// a range of days (the last 30 days by default, each call on its site's local day), one site or
// every site, the table (CallFiguresModel: calls, share that reached someone, minutes, median
// minutes), the totals, and "Export CSV…" for the city's observatory. Follows the store (a call
// logged or synced appears at once). Non-modal. Who may see it: a supervisor or an administrator
// signed in at this counter; anyone else gets the refusal in words and no figure is read.
class CallFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    CallFiguresDialog(LocalStore &store, const Clock &clock, const QString &siteId,
                      QWidget *parent = nullptr);

    bool isAllowed() const { return m_model != nullptr; }
    static QString refusalText();

    void setGrouping(CallFigures::Grouping grouping);
    void setRange(const QDate &from, const QDate &to);
    void setSite(const QString &siteId); // empty: every site
    CallFigures::Query query() const;

    // Writes the table as CSV; false (and the reason shown) when the file cannot be written.
    bool exportCsv(const QString &path);

    CallFiguresModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *groupingBox() const { return m_grouping; }
    QComboBox *siteBox() const { return m_site; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *refusal() const { return m_refusal; }

private:
    void buildFigures(const QString &siteId);
    void buildRefusal();
    void applyQuery();
    void updateTotals();
    void chooseExportFile();

    LocalStore &m_store;
    const Clock &m_clock;
    CallFiguresModel *m_model = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_site = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_export = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_refusal = nullptr;
};

} // namespace guichet
