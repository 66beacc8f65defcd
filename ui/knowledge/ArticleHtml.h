#pragma once

#include "domain/Article.h"
#include "domain/ArticleText.h"
#include "repo/ArticleRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet {

// Renders an article for the reading pane (QTextBrowser HTML): title, when it was last updated
// (and, for a city article, checked, and whether its review is overdue), where to send the
// visitor, documents to bring, the body (Service-Public blocks or Markdown), links to related
// articles ("kb:<external id>") and, for a Service-Public fiche, the attribution its licence
// requires.
class ArticleHtml
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleHtml)

public:
    // `today` (the site's date) tells whether a city article's review is overdue.
    static QString render(const Article &article, const QList<ArticleSummary> &related,
                          const QDate &today = QDate());

    // The licence's attribution line for a Service-Public fiche (plain text).
    static QString attribution(const Article &article) { return ArticleText::attribution(article); }
    static QString competenceLabel(Competence competence) { return ArticleText::competenceLabel(competence); }

    // Service-Public plain-text body → HTML: headings, bullet lists ("- ", nested by two spaces),
    // tables (" | ", the first row as the header, "- a - b" cells as lines), "À noter :" boxes,
    // "Où s'adresser :" lines, and the fiche's online services (a title of `services`, with the
    // short lines that follow it) as links to Service-Public.fr.
    static QString servicePublicBody(const QString &body, const QString &summary,
                                     const QList<ArticleText::OnlineService> &services = {});
    // Markdown (city articles) → HTML through QTextDocument.
    static QString markdownBody(const QString &markdown);

    // The background of a light box of the reading pane, `light` with the usual palette; black
    // under a dark one (high contrast), where the text is white: the box keeps its border.
    static QString boxBackground(const QString &light);
};

} // namespace guichet
