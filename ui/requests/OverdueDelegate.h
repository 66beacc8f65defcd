#pragma once

#include <QStyledItemDelegate>

namespace guichet {

// Shows an overdue request's due date in bold dark red (the text itself also says "overdue", so
// that colour is never the only sign).
class OverdueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace guichet
