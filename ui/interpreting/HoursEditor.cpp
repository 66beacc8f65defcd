#include "interpreting/HoursEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {

// The runs of consecutive days in `days` (1 … 7), a run over Sunday–Monday joined into one.
QList<QPair<int, int>> runsOf(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QPair<int, int>> runs;
    for (int day : std::as_const(days)) {
        if (day < 1 || day > 7)
            continue;
        if (!runs.isEmpty() && runs.last().second == day - 1)
            runs.last().second = day;
        else
            runs.append({day, day});
    }
    if (runs.size() > 1 && runs.first().first == 1 && runs.last().second == 7) {
        runs.last().second = runs.first().second; // Saturday–Monday
        runs.removeFirst();
    }
    return runs;
}

QComboBox *dayBox(QWidget *parent, int day, const QString &name)
{
    auto *box = new QComboBox(parent);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        box->addItem(locale.dayName(d, QLocale::LongFormat), d);
    box->setCurrentIndex(day - 1);
    box->setAccessibleName(name);
    return box;
}

QTimeEdit *timeBox(QWidget *parent, const QTime &time, const QString &name)
{
    auto *edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

HoursEditor::HoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No hours given: the service can be called at any time."), this);
    m_empty->setWordWrap(true);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("Add &hours"), this);
    m_add->setAccessibleName(tr("Add opening hours"));
    m_add->setToolTip(tr("Add a line of opening hours: weekdays and times"));
    m_add->setAutoDefault(false);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const Row row = addRow();
        row.firstDay->setFocus();
        emit changed();
    });
    updateEmptyLabel();
}

HoursEditor::Row HoursEditor::addRow(int firstDay, int lastDay, const QTime &from, const QTime &to)
{
    Row row;
    const int number = int(m_rows.size()) + 1;
    row.widget = new QWidget(this);
    auto *line = new QHBoxLayout(row.widget);
    line->setContentsMargins(0, 0, 0, 0);
    row.firstDay =
        dayBox(row.widget, std::clamp(firstDay, 1, 7), tr("Hours line %1: first weekday").arg(number));
    row.lastDay =
        dayBox(row.widget, std::clamp(lastDay, 1, 7), tr("Hours line %1: last weekday").arg(number));
    row.from = timeBox(row.widget, from, tr("Hours line %1: from").arg(number));
    row.to = timeBox(row.widget, to, tr("Hours line %1: to").arg(number));
    row.remove = new QPushButton(tr("Remove"), row.widget);
    row.remove->setAccessibleName(tr("Remove hours line %1").arg(number));
    row.remove->setAutoDefault(false);
    line->addWidget(row.firstDay);
    //: Opening hours line: [Monday] to [Friday], from [09:00] to [17:00]
    line->addWidget(new QLabel(tr("to"), row.widget));
    line->addWidget(row.lastDay);
    line->addWidget(new QLabel(tr(", from"), row.widget));
    line->addWidget(row.from);
    line->addWidget(new QLabel(tr("to"), row.widget));
    line->addWidget(row.to);
    line->addWidget(row.remove);
    line->addStretch(1);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);

    for (QComboBox *box : {row.firstDay, row.lastDay})
        connect(box, &QComboBox::currentIndexChanged, this, &HoursEditor::changed);
    for (QTimeEdit *edit : {row.from, row.to})
        connect(edit, &QTimeEdit::timeChanged, this, &HoursEditor::changed);
    QWidget *widget = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, widget] {
        removeRow(widget);
        m_add->setFocus();
        emit changed();
    });
    updateEmptyLabel();
    return row;
}

void HoursEditor::removeRow(QWidget *widget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            break;
        }
    }
    widget->hide();
    widget->deleteLater();
    updateEmptyLabel();
}

void HoursEditor::setHours(const QList<InterpreterProvider::Hours> &hours)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
    for (const InterpreterProvider::Hours &span : hours)
        for (const auto &[first, last] : runsOf(span.days))
            addRow(first, last, span.from, span.to);
    updateEmptyLabel();
}

QList<InterpreterProvider::Hours> HoursEditor::hours() const
{
    QList<InterpreterProvider::Hours> result;
    for (const Row &row : m_rows) {
        InterpreterProvider::Hours span;
        const int first = row.firstDay->currentData().toInt();
        const int last = row.lastDay->currentData().toInt();
        for (int day = first;; day = day % 7 + 1) {
            span.days << day;
            if (day == last)
                break;
        }
        std::sort(span.days.begin(), span.days.end());
        span.from = row.from->time();
        span.to = row.to->time();
        result << span;
    }
    return result;
}

void HoursEditor::updateEmptyLabel()
{
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace guichet
