#pragma once

// The small city of the article-life tests (issue 5, item 4): a site, an agent, two supervisors
// (one owns the articles), three city articles with review dates around today (2026-11-23) and a
// Service-Public fiche; counts of the rows the tests watch, the outbox, a draft to save.
#include "KbFixtures.h"
#include "TestStore.h"
#include "domain/Mutation.h"
#include "kb/ArticleEditing.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"

#include <QSqlDatabase>

namespace guichet::testing::articlelife {


inline const QString kSite = QStringLiteral("site-m3");
inline const QString kAgent = QStringLiteral("agent-lea");
inline const QString kSupervisor = QStringLiteral("sup-marc");
inline const QString kOwner = QStringLiteral("sup-nadia");
inline const QString kStamp = QStringLiteral("2026-11-20T08:00:00.000Z");

struct Counts
{
    int articles = 0;
    int versions = 0;
    int outbox = 0;
    int feedback = 0;
    int favourites = 0;
    bool operator==(const Counts &) const = default;
};

inline int count(LocalStore &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.connection(), statement, values).toInt();
}

inline Counts counts(LocalStore &store)
{
    return {count(store, QStringLiteral("SELECT count(*) FROM articles")),
            count(store, QStringLiteral("SELECT count(*) FROM article_versions")),
            count(store, QStringLiteral("SELECT count(*) FROM outbox")),
            count(store, QStringLiteral("SELECT count(*) FROM article_feedback")),
            count(store, QStringLiteral("SELECT count(*) FROM article_favourites"))};
}

inline void insertAgent(const QSqlDatabase &db, const QString &id, const QString &name, const QString &role)
{
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO agents (id, login, display_name, role, home_site_id, version, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, 1, ?)"),
              {id, id, name, role, kSite, kStamp});
}

// A site, an agent, two supervisors (one owns the articles), three city articles with review
// dates around today (2026-11-23) and a Service-Public fiche.
inline void seed(TestStore &t)
{
    const QSqlDatabase db = t.store().connection();
    sql::exec(db,
              QStringLiteral("INSERT INTO sites (id, code, name, kind, version, updated_at) "
                             "VALUES (?, 'M3', 'Mairie du 3e', 'mairie_arrondissement', 1, ?)"),
              {kSite, kStamp});
    insertAgent(db, kAgent, QStringLiteral("Léa Martin"), QStringLiteral("agent"));
    insertAgent(db, kSupervisor, QStringLiteral("Marc Durand"), QStringLiteral("supervisor"));
    insertAgent(db, kOwner, QStringLiteral("Nadia Benali"), QStringLiteral("supervisor"));
    QList<Article> articles;
    Article parking =
        testing::makeArticle(QStringLiteral("V-PARKING"), QStringLiteral("Carte de stationnement résident"),
                             QStringLiteral("Justificatif de domicile.\nCarte grise.\nÀ la mairie."));
    parking.ownerAgentId = kOwner;
    parking.reviewDue = QDate(2026, 11, 1); // 22 days overdue
    parking.verifiedAt = QDateTime(QDate(2025, 11, 1), QTime(9, 0), Qt::UTC);
    parking.version = 3;
    Article cantine =
        testing::makeArticle(QStringLiteral("V-CANTINE"), QStringLiteral("Inscription à la cantine"),
                             QStringLiteral("Dossier famille en ligne."));
    cantine.ownerAgentId = kSupervisor;
    cantine.reviewDue = QDate(2026, 6, 30); // 146 days overdue: first in the list
    cantine.version = 2;
    Article marche = testing::makeArticle(QStringLiteral("V-MARCHE"), QStringLiteral("Marchés de plein air"),
                                          QStringLiteral("Mardi et samedi matin."));
    marche.ownerAgentId = kOwner;
    marche.reviewDue = QDate(2027, 2, 1); // not due yet
    marche.version = 2;
    Article fiche =
        testing::makeArticle(QStringLiteral("F1342"), QStringLiteral("Carte d'identité"),
                             QStringLiteral("<p>Fiche nationale</p>"), {}, Article::Source::ServicePublic);
    fiche.reviewDue = QDate(2020, 1, 1); // never in the city's overdue list
    fiche.version = 1;
    articles << parking << cantine << marche << fiche;
    testing::insertArticles(t.store(), articles);
}

inline QString idOf(const QString &externalId)
{
    return testing::makeArticle(externalId, {}, {}).id;
}

inline QList<Mutation> outbox(LocalStore &store)
{
    return OutboxRepository(store).pending(1000);
}

inline ArticleDraft newDraft()
{
    ArticleDraft draft;
    draft.title = QStringLiteral("  Permis de louer   (quartier Nord) ");
    draft.summary = QStringLiteral("Autorisation préalable de mise en location.");
    draft.body = QStringLiteral("# Permis de louer\nDéposer le formulaire CERFA.\nDélai : un mois.\n");
    draft.tags = {QStringLiteral("logement"), QStringLiteral(" location "), QStringLiteral("logement")};
    draft.competence = Competence::Ville;
    draft.referral = {QStringLiteral("Service Habitat"), QStringLiteral("2 rue de la Mairie"),
                      QStringLiteral("9h-12h"), QStringLiteral("01 23 45 67 89")};
    draft.documents = {QStringLiteral("Formulaire CERFA 15652"), QStringLiteral("Diagnostics")};
    return draft;
}


} // namespace guichet::testing::articlelife
