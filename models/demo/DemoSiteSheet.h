#pragma once

#include "demo/DemoContext.h"
#include "domain/Article.h"

#include <QList>

namespace guichet {

// A site as the demo's article generator reads it back from the `sites` table.
struct DemoSiteRow
{
    QString id;
    QString code;
    QString name;
    QString address;
    QString postalCode;
    QString phone;
    QString openingHours; // JSON (OpeningHours)
    QString supervisorId;
    QString supervisorName;
};

QList<DemoSiteRow> loadDemoSites(const QSqlDatabase &db);

// The site's own articles: its sheet ("Fiche du site : …", site_id set), its permanences and its
// rooms for hire. Markdown, in French; fictitious internal numbers.
QList<Article> siteArticles(const DemoSiteRow &site, const DemoContext &context, QRandomGenerator &rng);

} // namespace guichet
