#pragma once

#include "domain/InterpreterProvider.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace guichet {

// A service's opening hours as simple lines: from a weekday to a weekday (Monday to Friday,
// or Saturday to Saturday), from a time to a time; "Add hours" adds a line, each line has its
// "Remove" button. No line: available at any time. Days that are not a run (Monday, Wednesday)
// come back as one line per run of days, so nothing of a stored schedule is lost.
class HoursEditor : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QComboBox *firstDay = nullptr;
        QComboBox *lastDay = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QPushButton *remove = nullptr;
        QWidget *widget = nullptr;
    };

    explicit HoursEditor(QWidget *parent = nullptr);

    void setHours(const QList<InterpreterProvider::Hours> &hours);
    // A line from Saturday to Monday wraps over the week end (Saturday, Sunday, Monday).
    QList<InterpreterProvider::Hours> hours() const;

    // Adds a line (Monday to Friday, 09:00 to 17:00 unless given); returns it.
    Row addRow(int firstDay = 1, int lastDay = 5, const QTime &from = QTime(9, 0),
               const QTime &to = QTime(17, 0));
    const QList<Row> &rows() const { return m_rows; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

private:
    void removeRow(QWidget *widget);
    void updateEmptyLabel();

    QVBoxLayout *m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QPushButton *m_add = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace guichet
