#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class ConflictListModel;
struct SyncConflict;
class LocalStore;

// "À traiter": the changes of this counter that the server refused (DESIGN §5: never dropped
// silently). Each row says when, what, why in words and what to do; the agent sends the change
// again ("Retry": a new mutation in the outbox) or lets it go ("Dismiss the change", after a
// confirmation). Follows the store: a refusal brought by a sync appears at once. Keyboard: the
// list has the focus, the buttons have mnemonics (Alt+R / Alt+A in French), Escape closes.
class ToHandleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ToHandleDialog(LocalStore &store, QWidget *parent = nullptr);

    QTableView *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }
    ConflictListModel *model() const { return m_model; }

    void retryCurrent();
    void dismissCurrent();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onModelReset();
    // For a booking refused because its slot was full: the visitor's contact and the next free
    // slots, at the same site and at any site.
    QStringList bookingAdvice(const SyncConflict &conflict) const;
    void showCurrent();
    QString currentMutationId() const;
    void selectRow(int row);
    bool confirmDismiss(const QString &summary);

    LocalStore &m_store;
    ConflictListModel *m_model;
    QLabel *m_count = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_dismiss = nullptr;
    QString m_selectedId;   // kept across a reload of the list
    int m_rowToSelect = 0;
};

} // namespace guichet
