#pragma once

#include "domain/Article.h"

#include <QJsonObject>

namespace guichet {

// An article as a synced record (the `articles` columns, as the sync protocol carries them), and
// the part of it a revision keeps besides its title and body (`article_versions.details`).
namespace articlerecord {

// Every column but version, updated_at and deleted. Lists and objects as their compact JSON text,
// empty optional columns (external id, site, owner, dates) as null.
QJsonObject toRecord(const Article &article);

// The columns whose values differ between two records (those of `after`).
QJsonObject changedColumns(const QJsonObject &before, const QJsonObject &after);

// What a revision keeps of the article besides title and body: summary, body format, tags,
// competence, referral, documents, owner, review due. Compact JSON text.
QString detailsOf(const Article &article);
// Puts the fields `details` holds back into `article` (a field absent from it is left as it is).
void applyDetails(const QString &details, Article &article);

} // namespace articlerecord

} // namespace guichet
