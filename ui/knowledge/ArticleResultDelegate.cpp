#include "knowledge/ArticleResultDelegate.h"

#include "itemmodels/ArticleListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace guichet {

namespace {

constexpr int kMargin = 6;
constexpr int kSummaryChars = 150;

QString html(const QModelIndex &index, const QColor &text)
{
    const bool servicePublic =
        index.data(ArticleListModel::SourceRole).toString() == QLatin1String("service-public");
    const QString badge =
        servicePublic ? QStringLiteral("Service-Public") : ArticleResultDelegate::tr("City");
    // A browsed article shows its summary, which can run long: two lines' worth is enough to
    // recognise it (search snippets are short already and carry their highlighting).
    QString snippet = index.data(ArticleListModel::SnippetRole).toString();
    if (!snippet.contains(QLatin1Char('<')) && snippet.size() > kSummaryChars)
        snippet = snippet.left(snippet.lastIndexOf(QLatin1Char(' '), kSummaryChars)) + QStringLiteral(" …");
    return QStringLiteral("<div style=\"color:%1\"><b>%2</b> <small>[%3]</small><br/><small>%4</small></div>")
        .arg(text.name(), index.data(ArticleListModel::TitleRole).toString().toHtmlEscaped(), badge, snippet);
}

} // namespace

void ArticleResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setHtml(html(index, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text)));
    document.setTextWidth(opt.rect.width() - 2 * kMargin);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin / 2));
    painter->setClipRect(QRect(0, 0, opt.rect.width() - 2 * kMargin, opt.rect.height()));
    document.drawContents(painter);
    painter->restore();
}

QSize ArticleResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Up to two title lines and two snippet lines, whatever their length (a steady list reads faster).
    const QFontMetrics metrics(option.font);
    Q_UNUSED(index)
    return {option.rect.width() > 0 ? option.rect.width() : 300, metrics.lineSpacing() * 5 + kMargin};
}

} // namespace guichet
