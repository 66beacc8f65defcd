#include "requests/OverdueDelegate.h"

#include "itemmodels/RequestListModel.h"

namespace guichet {

void OverdueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(RequestListModel::OverdueRole).toBool())
        return;
    option->font.setBold(true);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, QColor(0xa5, 0x00, 0x1e));
}

} // namespace guichet
