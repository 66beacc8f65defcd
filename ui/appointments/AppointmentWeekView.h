#pragma once

#include <QDate>
#include <QWidget>

class QTableView;

namespace guichet {

class AppointmentWeekModel;
class LocalStore;

// The site's week at a glance (AppointmentWeekModel): hours down, days across, each cell the
// appointments against the places open, shaded by how full it is; closed days greyed with the
// reason in their header. Enter or a double click on a cell opens that day (daySelected).
class AppointmentWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit AppointmentWeekView(LocalStore &store, QWidget *parent = nullptr);

    void setSite(const QString &siteId);
    void setDate(const QDate &date); // any day of the week; that day gets the focus
    QDate currentDate() const;
    AppointmentWeekModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void daySelected(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusDate(const QDate &date);

    AppointmentWeekModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDate m_date;
};

} // namespace guichet
