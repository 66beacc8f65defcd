#pragma once

#include <QStyledItemDelegate>

namespace guichet {

// Paints one result: the title in bold, a small source badge, then the snippet (HTML, matches
// in bold) on up to two lines.
class ArticleResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guichet
