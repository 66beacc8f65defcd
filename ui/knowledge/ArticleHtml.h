#pragma once

#include "domain/Article.h"
#include "repo/ArticleRepository.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// Renders an article for the reading pane (QTextBrowser HTML): title, where to send the visitor,
// documents to bring, the body (Service-Public blocks or Markdown), links to related articles
// ("kb:<external id>") and, for a Service-Public fiche, the attribution its licence requires.
class ArticleHtml
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ArticleHtml)

public:
    static QString render(const Article &article, const QList<ArticleSummary> &related);

    // The licence's attribution line for a Service-Public fiche (plain text).
    static QString attribution(const Article &article);
    static QString competenceLabel(Competence competence);

    // Service-Public plain-text body → HTML: headings, bullet lists ("- "), tables (" | "),
    // "À noter :" boxes, "Où s'adresser :" lines, paragraphs.
    static QString servicePublicBody(const QString &body, const QString &summary);
    // Markdown (city articles) → HTML through QTextDocument.
    static QString markdownBody(const QString &markdown);
};

} // namespace guichet
