#include "knowledge/ArticleHtml.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <QRegularExpression>
#include <QTextDocument>

namespace guichet {

namespace {

const QString kBox = QStringLiteral(
    "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" style=\"background-color:%1; "
    "border: 1px solid %2; margin-top: 8px; margin-bottom: 8px;\"><tr><td>%3</td></tr></table>");

// The application's palette is dark (high contrast): white text, so no light backgrounds.
bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QString box(const QString &html, const QString &background = QStringLiteral("#fff6d9"),
            const QString &border = QStringLiteral("#c9a227"))
{
    return kBox.arg(ArticleHtml::boxBackground(background), border, html);
}

// A short coloured label in the line under the title ("checked on …", "to review").
QString badge(const QString &text, const QString &background, const QString &colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>")
        .arg(background, colour, text.toHtmlEscaped());
}

bool endsLikeASentence(const QString &block)
{
    const QChar last = block.back();
    return last == QLatin1Char('.') || last == QLatin1Char(':') || last == QLatin1Char(';') ||
           last == QLatin1Char(',') || last == QLatin1Char(')') || last == QChar(0x2026);
}

bool isHeading(const QString &block)
{
    if (block.size() > 90 || block.contains(QLatin1Char('\n')) || block.startsWith(QLatin1String("- ")))
        return false;
    return !endsLikeASentence(block) && !block.contains(QLatin1String(" | "));
}

bool isNote(const QString &block)
{
    static const QRegularExpression note(QStringLiteral("^(À noter|À savoir|Attention|Rappel) ?:"));
    return note.match(block).hasMatch();
}

// One table cell: a flattened list ("- a - b - c") becomes one line per item.
QString cellHtml(const QString &cell)
{
    const QString text = cell.trimmed();
    if (!text.startsWith(QLatin1String("- ")))
        return text.toHtmlEscaped();
    QStringList items = text.mid(2).split(QStringLiteral(" - "), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = QStringLiteral("• ") + item.trimmed().toHtmlEscaped();
    return items.join(QStringLiteral("<br/>"));
}

// Writes the blocks of a Service-Public body one after another, keeping open the list, table
// or online-service box that the next block may continue.
class BodyWriter
{
public:
    QString html;

    void item(const QString &raw)
    {
        closeTable();
        closeService();
        qsizetype indent = 0;
        while (indent < raw.size() && raw.at(indent) == QLatin1Char(' '))
            ++indent;
        const int depth = int(indent / 2) + 1;
        while (m_listDepth < depth) {
            html += QStringLiteral("<ul>");
            ++m_listDepth;
        }
        while (m_listDepth > depth) {
            html += QStringLiteral("</ul>");
            --m_listDepth;
        }
        html += QStringLiteral("<li>%1</li>").arg(raw.trimmed().mid(2).toHtmlEscaped());
    }

    void row(const QString &block)
    {
        closeList();
        closeService();
        const QStringList cells = block.split(QStringLiteral(" | "));
        const bool header = !m_inTable;
        if (!m_inTable)
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"5\" cellspacing=\"0\" "
                                   "style=\"border-collapse: collapse; border-style: solid; border-color: #b0b8c4; margin: 6px 0;\">");
        m_inTable = true;
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += header ? QStringLiteral("<th align=\"left\" bgcolor=\"%1\">%2</th>")
                                 .arg(ArticleHtml::boxBackground(QStringLiteral("#e6ecf3")), cellHtml(cell))
                           : QStringLiteral("<td>%1</td>").arg(cellHtml(cell));
        html += QStringLiteral("</tr>");
    }

    void service(const ArticleText::OnlineService &service)
    {
        closeAll();
        QString label = service.type.isEmpty() ? QString() : service.type.toHtmlEscaped() + QStringLiteral(" : ");
        const QString link = service.id.isEmpty()
                                 ? service.title.toHtmlEscaped()
                                 : QStringLiteral("<a href=\"https://www.service-public.fr/particuliers/vosdroits/"
                                                  "%1\">%2</a>")
                                       .arg(service.id.toHtmlEscaped(), service.title.toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"background-color:"
                               "%3; border: 1px solid #7aa57a; margin: 6px 0;\"><tr><td><b>%1%2</b>")
                    .arg(label, link, ArticleHtml::boxBackground(QStringLiteral("#eef6ee")));
        m_inService = true;
    }
    bool inService() const { return m_inService; }
    // A short line under an online service's title ("Accessible avec un compte ANTS…").
    void serviceDetail(const QString &block)
    {
        html += QStringLiteral("<br/><small>%1</small>").arg(block.toHtmlEscaped());
    }

    void other(const QString &fragment)
    {
        closeAll();
        html += fragment;
    }

    void closeAll()
    {
        closeList();
        closeTable();
        closeService();
    }

private:
    void closeList()
    {
        for (; m_listDepth > 0; --m_listDepth)
            html += QStringLiteral("</ul>");
    }
    void closeTable()
    {
        if (m_inTable)
            html += QStringLiteral("</table>");
        m_inTable = false;
    }
    void closeService()
    {
        if (m_inService)
            html += QStringLiteral("</td></tr></table>");
        m_inService = false;
    }

    int m_listDepth = 0;
    bool m_inTable = false;
    bool m_inService = false;
};

} // namespace

QString ArticleHtml::servicePublicBody(const QString &body, const QString &summary,
                                       const QList<ArticleText::OnlineService> &services)
{
    QStringList blocks = body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (!blocks.isEmpty() && blocks.first().trimmed() == summary.trimmed())
        blocks.removeFirst(); // the body opens with the summary, already shown
    static const QString whereTo = QStringLiteral("Où s'adresser :");
    BodyWriter writer;
    for (const QString &raw : std::as_const(blocks)) {
        const QString block = raw.trimmed();
        if (block.isEmpty())
            continue;
        const auto service = std::find_if(services.cbegin(), services.cend(), [&](const auto &s) {
            return s.title.compare(block, Qt::CaseInsensitive) == 0;
        });
        if (service != services.cend()) {
            writer.service(*service);
        } else if (block.contains(QLatin1String(" | "))) {
            writer.row(block); // before the items: a cell may start with a flattened list ("- a - b")
        } else if (block.startsWith(QLatin1String("- "))) {
            writer.item(raw);
        } else if (writer.inService() && isHeading(block)) {
            writer.serviceDetail(block);
        } else if (isNote(block)) {
            const qsizetype colon = block.indexOf(QLatin1Char(':'));
            writer.other(box(QStringLiteral("<b>%1</b> %2")
                                 .arg(block.left(colon + 1).toHtmlEscaped(),
                                      block.mid(colon + 1).trimmed().toHtmlEscaped())));
        } else if (block.startsWith(whereTo)) {
            writer.other(box(QStringLiteral("<b>%1</b> %2")
                                 .arg(whereTo.toHtmlEscaped(), block.mid(whereTo.size()).trimmed().toHtmlEscaped()),
                             QStringLiteral("#e8f1fb"), QStringLiteral("#4a7ebb")));
        } else if (isHeading(block)) {
            writer.other(QStringLiteral("<h3>%1</h3>").arg(block.toHtmlEscaped()));
        } else {
            writer.other(QStringLiteral("<p>%1</p>").arg(block.toHtmlEscaped()));
        }
    }
    writer.closeAll();
    return writer.html;
}

QString ArticleHtml::markdownBody(const QString &markdown)
{
    QTextDocument document;
    // Article bodies are text written by agents: raw HTML in them is shown as text, never run.
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                   QTextDocument::MarkdownNoHTML));
    const QString html = document.toHtml();
    const qsizetype start = html.indexOf(QLatin1Char('>'), html.indexOf(QLatin1String("<body")));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return start >= 0 && end > start ? html.mid(start + 1, end - start - 1) : markdown.toHtmlEscaped();
}

QString ArticleHtml::render(const Article &a, const QList<ArticleSummary> &related, const QDate &today)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(a.title.toHtmlEscaped());

    // Where it comes from and how fresh it is.
    QStringList meta;
    if (a.isServicePublic()) {
        meta << tr("Service-Public.fr fiche %1").arg(a.externalId).toHtmlEscaped();
        if (a.sourceModified.isValid())
            meta << tr("updated on %1")
                        .arg(locale.toString(a.sourceModified, QStringLiteral("d MMMM yyyy")))
                        .toHtmlEscaped();
    } else {
        meta << tr("City article").toHtmlEscaped();
        const QDateTime updated = QDateTime::fromString(a.updatedAt, Qt::ISODateWithMs);
        if (updated.isValid())
            meta << tr("updated on %1").arg(locale.toString(updated.date(), QLocale::ShortFormat)).toHtmlEscaped();
        if (a.verifiedAt.isValid())
            meta << badge(tr("checked on %1").arg(locale.toString(a.verifiedAt.date(), QLocale::ShortFormat)),
                          QStringLiteral("#dff0d8"), QStringLiteral("#1e5e1e"));
        if (a.reviewDue.isValid() && today.isValid() && a.reviewDue < today)
            meta << badge(tr("To review: due since %1").arg(locale.toString(a.reviewDue, QLocale::ShortFormat)),
                          QStringLiteral("#f8d7da"), QStringLiteral("#8a1c24"));
        else if (a.reviewDue.isValid())
            meta << tr("review due %1").arg(locale.toString(a.reviewDue, QLocale::ShortFormat)).toHtmlEscaped();
    }
    // Grey on white; light grey on black (high contrast): 7:1 either way.
    html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(darkPalette() ? QStringLiteral("#c8c8c8") : QStringLiteral("#555555"),
                     meta.join(QStringLiteral(" · ")));
    if (!a.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(a.summary.toHtmlEscaped());

    // Who is competent, and where to send the visitor.
    QString where = tr("<b>Competence:</b> %1").arg(competenceLabel(a.competence).toHtmlEscaped());
    const Referral &r = a.referral;
    const QStringList places = ArticleText::places(a);
    if (!places.isEmpty() || !r.isEmpty()) {
        where += QStringLiteral("<br/><b>%1</b>")
                     .arg(a.isServicePublic() ? tr("Where to go:") : tr("Send the visitor to:"));
        if (places.size() == 1)
            where += QStringLiteral(" ") + places.first().toHtmlEscaped();
        else
            for (const QString &place : places)
                where += QStringLiteral("<br/>• ") + place.toHtmlEscaped();
        if (!r.address.isEmpty())
            where += QStringLiteral("<br/>") + tr("Address: %1").arg(r.address.toHtmlEscaped());
        if (!r.hours.isEmpty())
            where += QStringLiteral("<br/>") + tr("Hours: %1").arg(r.hours.toHtmlEscaped());
        if (!r.phone.isEmpty())
            where += QStringLiteral("<br/>") + tr("Phone: %1").arg(r.phone.toHtmlEscaped());
    }
    html += box(where, QStringLiteral("#e8f1fb"), QStringLiteral("#4a7ebb"));

    if (!a.documents.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul style=\"list-style-type: none;\">").arg(tr("Documents to bring"));
        for (const QString &document : a.documents)
            html += QStringLiteral("<li>☐ %1</li>").arg(document.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += a.bodyFormat == Article::BodyFormat::ServicePublic
                ? servicePublicBody(a.body, a.summary, ArticleText::onlineServices(a))
            : a.bodyFormat == Article::BodyFormat::Markdown
                ? markdownBody(a.body)
                : QStringLiteral("<p>%1</p>")
                      .arg(a.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));

    if (!related.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("See also"));
        for (const ArticleSummary &link : related)
            html += QStringLiteral("<li><a href=\"kb:%1\">%2</a></li>")
                        .arg(link.externalId.toHtmlEscaped(), link.title.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (a.isServicePublic()) {
        QString source = attribution(a).toHtmlEscaped();
        if (!a.sourceUrl.isEmpty())
            source += QStringLiteral("<br/><a href=\"%1\">%1</a>").arg(a.sourceUrl.toHtmlEscaped());
        html += box(QStringLiteral("<small>%1</small>").arg(source), QStringLiteral("#f2f2f2"),
                    QStringLiteral("#999999"));
    }
    return html;
}

QString ArticleHtml::boxBackground(const QString &light)
{
    return darkPalette() ? QStringLiteral("#000000") : light;
}

} // namespace guichet
