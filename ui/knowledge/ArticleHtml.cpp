#include "knowledge/ArticleHtml.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace guichet {

namespace {

const QString kBox = QStringLiteral(
    "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" style=\"background-color:%1; "
    "border: 1px solid %2; margin-top: 8px; margin-bottom: 8px;\"><tr><td>%3</td></tr></table>");

QString box(const QString &html, const QString &background = QStringLiteral("#fff6d9"),
            const QString &border = QStringLiteral("#c9a227"))
{
    return kBox.arg(background, border, html);
}

bool isHeading(const QString &block)
{
    if (block.size() > 90 || block.contains(QLatin1Char('\n')) || block.startsWith(QLatin1String("- ")))
        return false;
    const QChar last = block.back();
    return last != QLatin1Char('.') && last != QLatin1Char(':') && last != QLatin1Char(';') &&
           last != QLatin1Char(',') && last != QLatin1Char(')') && !block.contains(QLatin1String(" | "));
}

bool isNote(const QString &block)
{
    static const QRegularExpression note(QStringLiteral("^(À noter|À savoir|Attention|Rappel) ?:"));
    return note.match(block).hasMatch();
}

} // namespace

QString ArticleHtml::competenceLabel(Competence competence)
{
    switch (competence) {
    case Competence::Ville:
        return tr("City (Ville)");
    case Competence::Metropole:
        return tr("Metropolis (Métropole)");
    case Competence::Etat:
        return tr("State (État)");
    case Competence::Ccas:
        return tr("Social action centre (CCAS)");
    case Competence::Autre:
        break;
    }
    return tr("Another body");
}

QString ArticleHtml::attribution(const Article &article)
{
    const QString date = QLocale().toString(article.sourceModified, QStringLiteral("d MMMM yyyy"));
    return tr("Source: Direction de l'information légale et administrative (DILA) – Service-Public.fr, "
              "“Vos droits et démarches” fiches (Particuliers), fiche %1 last updated on %2, reused under "
              "the "
              "Licence Ouverte / Open Licence 2.0 (Etalab). Content reformatted as plain text (XML tags "
              "removed). "
              "This reuse does not imply that the DILA or any public body endorses this application.")
        .arg(article.externalId, date);
}

QString ArticleHtml::servicePublicBody(const QString &body, const QString &summary)
{
    QStringList blocks = body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (!blocks.isEmpty() && blocks.first().trimmed() == summary.trimmed())
        blocks.removeFirst(); // the body opens with the summary, already shown
    QString html;
    enum class Open
    {
        None,
        List,
        Table
    } open = Open::None;
    const auto close = [&] {
        if (open == Open::List)
            html += QStringLiteral("</ul>");
        else if (open == Open::Table)
            html += QStringLiteral("</table>");
        open = Open::None;
    };
    for (const QString &raw : std::as_const(blocks)) {
        const QString block = raw.trimmed();
        if (block.isEmpty())
            continue;
        const bool item = block.startsWith(QLatin1String("- "));
        const bool row = !item && block.contains(QLatin1String(" | "));
        if ((item && open != Open::List) || (row && open != Open::Table) || (!item && !row))
            close();
        if (item) {
            if (open == Open::None)
                html += QStringLiteral("<ul>");
            open = Open::List;
            const bool nested = raw.startsWith(QLatin1String("  "));
            html += QStringLiteral("<li%1>%2</li>")
                        .arg(nested ? QStringLiteral(" style=\"margin-left: 20px;\"") : QString(),
                             block.mid(2).toHtmlEscaped());
        } else if (row) {
            if (open == Open::None)
                html += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
                                       "style=\"border-collapse: collapse; margin: 6px 0;\">");
            open = Open::Table;
            html += QStringLiteral("<tr>");
            for (const QString &cell : block.split(QStringLiteral(" | ")))
                html += QStringLiteral("<td>%1</td>").arg(cell.trimmed().toHtmlEscaped());
            html += QStringLiteral("</tr>");
        } else if (isNote(block)) {
            const qsizetype colon = block.indexOf(QLatin1Char(':'));
            html += box(QStringLiteral("<b>%1</b> %2")
                            .arg(block.left(colon + 1).toHtmlEscaped(),
                                 block.mid(colon + 1).trimmed().toHtmlEscaped()));
        } else if (block.startsWith(QLatin1String("Où s'adresser :"))) {
            html += QStringLiteral("<p>📍 <i>%1</i></p>").arg(block.toHtmlEscaped());
        } else if (isHeading(block)) {
            html += QStringLiteral("<h3>%1</h3>").arg(block.toHtmlEscaped());
        } else {
            html += QStringLiteral("<p>%1</p>").arg(block.toHtmlEscaped());
        }
    }
    close();
    return html;
}

QString ArticleHtml::markdownBody(const QString &markdown)
{
    QTextDocument document;
    // Article bodies are text written by agents: raw HTML in them is shown as text, never run.
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    const QString html = document.toHtml();
    const qsizetype start = html.indexOf(QLatin1Char('>'), html.indexOf(QLatin1String("<body")));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return start >= 0 && end > start ? html.mid(start + 1, end - start - 1) : markdown.toHtmlEscaped();
}

QString ArticleHtml::render(const Article &a, const QList<ArticleSummary> &related)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(a.title.toHtmlEscaped());
    QStringList meta;
    meta << (a.isServicePublic() ? tr("Service-Public.fr fiche %1").arg(a.externalId) : tr("City article"));
    if (a.isServicePublic() && a.sourceModified.isValid())
        meta << tr("updated on %1").arg(QLocale().toString(a.sourceModified, QLocale::ShortFormat));
    if (!a.isServicePublic() && a.verifiedAt.isValid())
        meta << tr("checked on %1").arg(QLocale().toString(a.verifiedAt.date(), QLocale::ShortFormat));
    if (!a.isServicePublic() && a.reviewDue.isValid())
        meta << tr("review due %1").arg(QLocale().toString(a.reviewDue, QLocale::ShortFormat));
    html += QStringLiteral("<p style=\"color:#555555;\">%1</p>")
                .arg(meta.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!a.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(a.summary.toHtmlEscaped());

    // Who is competent, and where to send the visitor.
    QString where = tr("<b>Competence:</b> %1").arg(competenceLabel(a.competence).toHtmlEscaped());
    const Referral &r = a.referral;
    if (!r.isEmpty()) {
        where += QStringLiteral("<br/><b>%1</b>")
                     .arg(a.isServicePublic() ? tr("Where to go:") : tr("Send the visitor to:"));
        if (!r.service.isEmpty())
            where += QStringLiteral(" ") + r.service.toHtmlEscaped();
        if (!r.address.isEmpty())
            where += QStringLiteral("<br/>") + tr("Address: %1").arg(r.address.toHtmlEscaped());
        if (!r.hours.isEmpty())
            where += QStringLiteral("<br/>") + tr("Hours: %1").arg(r.hours.toHtmlEscaped());
        if (!r.phone.isEmpty())
            where += QStringLiteral("<br/>") + tr("Phone: %1").arg(r.phone.toHtmlEscaped());
    }
    html += box(where, QStringLiteral("#e8f1fb"), QStringLiteral("#4a7ebb"));

    if (!a.documents.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Documents to bring"));
        for (const QString &document : a.documents)
            html += QStringLiteral("<li>☐ %1</li>").arg(document.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += a.bodyFormat == Article::BodyFormat::ServicePublic ? servicePublicBody(a.body, a.summary)
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

} // namespace guichet
