#pragma once

#include "domain/Article.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace guichet {

// One line of the Service-Public JSON-lines file (../shared/data/kb/README.md), validated and
// mapped onto an Article (source service-public, competence État, body format service-public).
// The time-limited `warnings` are kept in `extra` only, never in an indexed column.
class ServicePublicFiche
{
public:
    // Returns the article, or nullopt with `error` saying what is wrong with the line.
    // The article's id, updatedAt and version are left for the caller to fill.
    static std::optional<Article> parse(const QByteArray &line, QString *error);

    // A digest of everything the import writes, to tell a changed fiche from an unchanged one.
    static QString contentHash(const Article &article);

    static inline const QString HashKey = QStringLiteral("content_hash");
};

} // namespace guichet
