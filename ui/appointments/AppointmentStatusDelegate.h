#pragma once

#include <QStyledItemDelegate>

namespace guichet {

// Draws a day-view row with its status: a light tint per status (translucent, so that it reads on
// light and dark palettes), a symbol before the status word, bold when the visitor has arrived and
// struck out when cancelled, orange with a warning sign when the visitor is late. The word is
// always there: the colour never carries meaning alone.
class AppointmentStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace guichet
