#pragma once

#include "booking/SlotEngine.h"
#include "domain/Service.h"
#include "domain/Site.h"
#include "shell/UiContext.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet {

class FreeSlotListModel;
class TypeAheadComboBox;

// The first half of the booking dialog: the reason (found by typing a few letters of it, with
// its duration and the documents to bring) and its earliest free slots (FreeSlotListModel) at
// every site or at one (the counter's site right after "All sites" in the filter), from a day, a
// page more on request. The chosen slot is the list's current row; it is kept when the list is
// read again, and said to be taken (slotTaken) when another booking filled it meanwhile.
// Enter is the dialog's: it calls enterFrom() for the widgets of fields().
class SlotPicker : public QGroupBox
{
    Q_OBJECT

public:
    explicit SlotPicker(const UiContext &context, QWidget *parent = nullptr);

    void setReason(const QString &serviceId);
    // Moving an appointment: the reason cannot change.
    void lockReason();
    // Booked: nothing changes any more, a slot filling up is no news.
    void finish();

    Service service() const;
    FreeSlot chosenSlot() const { return m_chosen; }
    FreeSlotListModel *model() const { return m_model; }
    QTableView *list() const { return m_slots; }
    QWidget *reasonField() const;
    // The widgets Enter moves on from: reason, site filter, first day, "More slots", the list.
    QList<QWidget *> fields() const;
    void setChosenText(const QString &text);

    Site site(const QString &siteId) const;
    // "Tuesday, 24 November 2026, 11:00–11:15, Mairie du 1er arrondissement".
    QString whenAndWhere(const QString &siteId, const QDateTime &startsAt, const QDateTime &endsAt) const;

    void focusSlots();
    // Enter in one of fields(): true when a slot is taken from the list (the dialog moves on);
    // false when the focus stays here, with what is missing in `problem` (empty: nothing to say).
    bool enterFrom(QWidget *from, QString *problem);

signals:
    // Another slot is chosen, or none any more.
    void chosenSlotChanged();
    // The slot chosen was just filled by another booking (`what`: when and where it was).
    void slotTaken(const QString &what);

private:
    void buildLayout();
    void fillReasons();
    void fillSiteFilter();
    void onReasonChanged();
    void onReloaded();
    void onCurrentChanged();
    void updateInfo();
    void updateReasonInfo();

    UiContext m_context;
    QList<Service> m_services;
    FreeSlotListModel *m_model = nullptr;
    FreeSlot m_chosen;
    bool m_reloading = false;
    bool m_finished = false;
    TypeAheadComboBox *m_reason = nullptr;
    QLabel *m_reasonInfo = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_slotsInfo = nullptr;
    QTableView *m_slots = nullptr;
    QLabel *m_chosenLabel = nullptr;
};

} // namespace guichet
