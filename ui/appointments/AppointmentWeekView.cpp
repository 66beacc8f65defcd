#include "appointments/AppointmentWeekView.h"

#include "itemmodels/AppointmentWeekModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

namespace {

// Shades a cell by how full it is (green → amber → red), greys closed days; the text stays
// black on light colours so that it reads in every theme.
class WeekCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool closed = !index.data(AppointmentWeekModel::ClosedRole).toString().isEmpty();
        const int places = index.data(AppointmentWeekModel::PlacesRole).toInt();
        const int booked = index.data(AppointmentWeekModel::BookedRole).toInt();
        QColor background;
        if (closed)
            background = booked > 0 ? QColor(0xf4, 0xc7, 0xc3) : QColor(0xe0, 0xe0, 0xe0);
        else if (places > 0) {
            const double fill = index.data(AppointmentWeekModel::FillRole).toDouble();
            background = fill >= 1.0 ? QColor(0xf4, 0xc7, 0xc3)
                         : fill >= 0.75 ? QColor(0xff, 0xe0, 0xa3)
                         : fill > 0 ? QColor(0xd4, 0xed, 0xda)
                                    : QColor(0xf5, 0xfa, 0xf6);
        }
        if (background.isValid()) {
            option->backgroundBrush = background;
            option->palette.setColor(QPalette::Text, Qt::black);
        }
        if (index.data(AppointmentWeekModel::PendingRole).toInt() > 0)
            option->font.setItalic(true);
    }
};

} // namespace

AppointmentWeekView::AppointmentWeekView(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new AppointmentWeekModel(store, this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WeekCellDelegate(m_table));
    m_table->setAccessibleName(tr("Appointments of the week"));
    m_table->setAccessibleDescription(
        tr("Appointments booked against places open, by day and hour. Enter opens the day."));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().height() * 2 + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QFont cells = m_table->font();
    cells.setPointSizeF(cells.pointSizeF() * 1.15);
    m_table->setFont(cells);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit daySelected(index.data(AppointmentWeekModel::DateRole).toDate());
    });
    connect(m_model, &AppointmentWeekModel::reloaded, this, [this] { focusDate(m_date); });
}

void AppointmentWeekView::setSite(const QString &siteId)
{
    m_model->setSite(siteId);
}

void AppointmentWeekView::setDate(const QDate &date)
{
    m_date = date;
    m_model->setDate(date);
    focusDate(date);
}

QDate AppointmentWeekView::currentDate() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AppointmentWeekModel::DateRole).toDate() : m_date;
}

void AppointmentWeekView::focusDate(const QDate &date)
{
    int column = m_model->columnOfDate(date);
    if (column < 0)
        column = 0;
    if (m_model->columnCount() == 0)
        return;
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
}

bool AppointmentWeekView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid()) {
                emit daySelected(current.data(AppointmentWeekModel::DateRole).toDate());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
