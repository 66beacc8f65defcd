#include "appointments/AppointmentStatusDelegate.h"

#include "itemmodels/AppointmentDayModel.h"

#include <QColor>

namespace guichet {

namespace {

struct StatusLook
{
    QColor tint;
    QChar symbol;
};

StatusLook lookOf(const QString &status)
{
    if (status == QLatin1String("checked_in"))
        return {QColor(46, 160, 67, 70), QChar(0x2714)}; // ✔ green
    if (status == QLatin1String("no_show"))
        return {QColor(220, 80, 40, 70), QChar(0x2716)}; // ✖ orange-red
    if (status == QLatin1String("cancelled"))
        return {QColor(128, 128, 128, 50), QChar(0x2014)}; // — grey
    if (status == QLatin1String("done"))
        return {QColor(90, 120, 200, 45), QChar(0x2713)}; // ✓ blue-grey
    if (status == QLatin1String("pending"))
        return {QColor(230, 180, 20, 80), QChar(0x231B)}; // ⌛ amber
    return {QColor(), QChar(0x25CB)};                     // ○ booked: no tint
}

} // namespace

void AppointmentStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString status = index.data(AppointmentDayModel::StatusRole).toString();
    // A visitor expected who has not come yet, well after the start: late (the word is in the text).
    const StatusLook look = index.data(AppointmentDayModel::LateRole).toBool()
                                ? StatusLook{QColor(230, 110, 20, 90), QChar(0x26A0)} // ⚠ orange
                                : lookOf(status);
    if (look.tint.isValid())
        option->backgroundBrush = look.tint;
    if (status == QLatin1String("checked_in"))
        option->font.setBold(true);
    if (status == QLatin1String("cancelled"))
        option->font.setStrikeOut(index.column() != AppointmentDayModel::StatusColumn);
    if (index.column() == AppointmentDayModel::StatusColumn)
        option->text = look.symbol + QLatin1Char(' ') + option->text;
}

QSize AppointmentStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Large, readable rows: at least twice the text height.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
    return size;
}

} // namespace guichet
