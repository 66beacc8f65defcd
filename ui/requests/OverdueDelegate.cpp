#include "requests/OverdueDelegate.h"

#include "itemmodels/RequestListModel.h"
#include "shell/DisplayPreferences.h"

namespace guichet {

void OverdueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(RequestListModel::OverdueRole).toBool())
        return;
    option->font.setBold(true);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, DisplayPreferences::alertTextColour());
}

} // namespace guichet
