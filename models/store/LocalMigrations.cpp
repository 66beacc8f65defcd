#include "store/Migrations.h"

namespace guichet {

void applySchemaV1(const QSqlDatabase &db);
void applySchemaV2(const QSqlDatabase &db);
void applySchemaV3(const QSqlDatabase &db);
void applySchemaV4(const QSqlDatabase &db);
void applySchemaV5(const QSqlDatabase &db);
void applySchemaV6(const QSqlDatabase &db);

std::vector<Migration> localStoreMigrations()
{
    return {
        {1, QStringLiteral("every entity of the data model"), &applySchemaV1},
        {2, QStringLiteral("knowledge-base full-text index"), &applySchemaV2},
        {3, QStringLiteral("sync conflicts and reference leases"), &applySchemaV3},
        {4, QStringLiteral("booking at any site: slot counts, SMS states"), &applySchemaV4},
        {5, QStringLiteral("article life: revisions, favourites, feedback, recently opened"), &applySchemaV5},
        {6, QStringLiteral("requests: phone keys, routing, attachments, full-text lookup, record openings"),
         &applySchemaV6},
    };
}

} // namespace guichet
