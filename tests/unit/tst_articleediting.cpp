// The life of the city's own articles (issue 5, item 4), at the counter: only a supervisor edits
// (an agent's attempt writes nothing at all), each save writes the article, its new revision and
// both outbox mutations together; history newest first, a line diff between revisions, restore as
// a new revision; "vérifié le" and the next review date; the supervisors' overdue list; favourites
// (synced) and recently opened (local, capped); feedback that becomes a review task for the
// article's owner and is closed by a supervisor. Schema 5 keeps revisions written under schema 4.
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/ArticleEditing.h"
#include "kb/ArticleFavourites.h"
#include "kb/ArticleFeedback.h"
#include "kb/ArticleHistory.h"
#include "kb/ArticleReview.h"
#include "kb/LineDiff.h"
#include "kb/RecentArticles.h"
#include "repo/ArticleRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "sync/EntitySchema.h"
#include "sync/PullPageApplier.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kSite = QStringLiteral("site-m3");
const QString kAgent = QStringLiteral("agent-lea");
const QString kSupervisor = QStringLiteral("sup-marc");
const QString kOwner = QStringLiteral("sup-nadia");
const QString kStamp = QStringLiteral("2026-11-20T08:00:00.000Z");

struct Counts
{
    int articles = 0;
    int versions = 0;
    int outbox = 0;
    int feedback = 0;
    int favourites = 0;
    bool operator==(const Counts &) const = default;
};

int count(LocalStore &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.connection(), statement, values).toInt();
}

Counts counts(LocalStore &store)
{
    return {count(store, QStringLiteral("SELECT count(*) FROM articles")),
            count(store, QStringLiteral("SELECT count(*) FROM article_versions")),
            count(store, QStringLiteral("SELECT count(*) FROM outbox")),
            count(store, QStringLiteral("SELECT count(*) FROM article_feedback")),
            count(store, QStringLiteral("SELECT count(*) FROM article_favourites"))};
}

void insertAgent(const QSqlDatabase &db, const QString &id, const QString &name, const QString &role)
{
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO agents (id, login, display_name, role, home_site_id, version, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, 1, ?)"),
              {id, id, name, role, kSite, kStamp});
}

// A site, an agent, two supervisors (one owns the articles), three city articles with review
// dates around today (2026-11-23) and a Service-Public fiche.
void seed(TestStore &t)
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

QString idOf(const QString &externalId)
{
    return testing::makeArticle(externalId, {}, {}).id;
}

QList<Mutation> outbox(LocalStore &store)
{
    return OutboxRepository(store).pending(1000);
}

ArticleDraft newDraft()
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

} // namespace

class TestArticleEditing : public QObject
{
    Q_OBJECT

private slots:
    void anAgentCannotEditAndNothingIsWritten()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        QVERIFY(!editing.mayEdit(kAgent));
        QVERIFY(editing.mayEdit(kSupervisor));
        const Counts before = counts(t.store());
        const QString parking = idOf(QStringLiteral("V-PARKING"));

        ArticleDraft edit = ArticleDraft::from(*ArticleRepository(t.store()).get(parking));
        edit.body += QStringLiteral("\nNouveau : en ligne.");
        auto refusedWith = [](const std::function<void()> &action) {
            try {
                action();
            } catch (const StoreError &error) {
                return error.message();
            }
            return QString();
        };
        for (const QString &message :
             {refusedWith([&] { editing.save(edit, kAgent); }),
              refusedWith([&] { editing.save(newDraft(), kAgent); }),
              refusedWith([&] { editing.markVerified(parking, kAgent); }),
              refusedWith([&] { editing.restore(parking, 1, kAgent); }),
              refusedWith([&] { editing.save(newDraft(), QStringLiteral("nobody")); })})
            QVERIFY2(!message.isEmpty(), "an agent's edit must be refused");
        QVERIFY(
            refusedWith([&] { editing.save(edit, kAgent); }).contains(QStringLiteral("Only a supervisor")));
        QCOMPARE(counts(t.store()), before);
        QCOMPARE(ArticleRepository(t.store()).get(parking)->body,
                 QStringLiteral("Justificatif de domicile.\nCarte grise.\nÀ la mairie."));
    }

    void servicePublicFichesAreNotEditable()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        const Counts before = counts(t.store());
        ArticleDraft edit =
            ArticleDraft::from(*ArticleRepository(t.store()).get(idOf(QStringLiteral("F1342"))));
        edit.title = QStringLiteral("Carte d'identité (ville)");
        try {
            editing.save(edit, kSupervisor);
            QFAIL("a Service-Public fiche was edited");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("Service-Public")), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 editing.markVerified(idOf(QStringLiteral("F1342")), kSupervisor));
        QCOMPARE(counts(t.store()), before);
    }

    void supervisorCreatesAnArticleWithItsFirstRevision()
    {
        TestStore t;
        seed(t);
        QSignalSpy changed(&t.store(), &LocalStore::changed);
        const Counts before = counts(t.store());
        const SavedArticle saved = ArticleEditing(t.store(), t.clock()).save(newDraft(), kSupervisor);
        QVERIFY(saved.changed);
        QCOMPARE(saved.revision, 1);
        const Article &a = saved.article;
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(a.source, Article::Source::City);
        QVERIFY(a.externalId.startsWith(QStringLiteral("V-")));
        QCOMPARE(a.title, QStringLiteral("Permis de louer (quartier Nord)"));
        QCOMPARE(a.tags, (QStringList{QStringLiteral("logement"), QStringLiteral("location")}));
        QCOMPARE(a.referral.service, QStringLiteral("Service Habitat"));
        QCOMPARE(a.ownerAgentId, kSupervisor);      // the editor by default
        QCOMPARE(a.reviewDue, QDate(2027, 11, 23)); // in 12 months
        QCOMPARE(a.version, 0);                     // not accepted by the server yet

        Counts expected = before;
        expected.articles += 1;
        expected.versions += 1;
        expected.outbox += 2;
        QCOMPARE(counts(t.store()), expected);
        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).entity, QStringLiteral("articles"));
        QCOMPARE(queued.at(0).operation, Mutation::Operation::Create);
        QCOMPARE(queued.at(0).entityId, a.id);
        QCOMPARE(queued.at(0).payload.value(QLatin1String("title")).toString(), a.title);
        QCOMPARE(queued.at(0).payload.value(QLatin1String("tags")).toString(),
                 QStringLiteral("[\"logement\",\"location\"]")); // text, as the column holds it
        QVERIFY(!queued.at(0).payload.contains(QLatin1String("updated_at")));
        QCOMPARE(queued.at(1).entity, QStringLiteral("article_versions"));
        QCOMPARE(queued.at(1).operation, Mutation::Operation::Create);
        QCOMPARE(queued.at(1).payload.value(QLatin1String("revision")).toInt(), 1);
        QCOMPARE(queued.at(1).payload.value(QLatin1String("revision_key")).toString(),
                 a.id + QStringLiteral(":1"));
        QCOMPARE(queued.at(1).payload.value(QLatin1String("edited_by")).toString(), kSupervisor);
        QCOMPARE(queued.at(1).payload.value(QLatin1String("edited_at")).toString(),
                 QStringLiteral("2026-11-23T08:00:00Z"));
        // The payloads are what the server's validation accepts: every key is a column of the entity.
        for (const Mutation &m : queued) {
            const EntityInfo *info = EntitySchema::instance().find(m.entity);
            QVERIFY(info);
            for (auto it = m.payload.constBegin(); it != m.payload.constEnd(); ++it)
                QVERIFY2(info->column(it.key()), qPrintable(it.key()));
        }
        QVERIFY(changed.count() >= 2);
        // The new article is found by the search index (the FTS triggers ran).
        QCOMPARE(count(t.store(),
                       QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'cerfa'")),
                 1);
    }

    void editWritesNextRevisionAndItsMutationsTogether()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        ArticleDraft edit = ArticleDraft::from(*ArticleRepository(t.store()).get(parking));
        edit.body = QStringLiteral(
            "Justificatif de domicile.\nCertificat d'immatriculation.\nÀ la mairie.\nOu en ligne.");
        t.clock().advanceSecs(3600);
        const SavedArticle first = editing.save(edit, kSupervisor);
        // The article had no history: its content before this edit is kept as revision 1.
        QCOMPARE(first.revision, 2);
        QCOMPARE(first.article.body, edit.body);
        QCOMPARE(first.article.ownerAgentId, kOwner); // unchanged
        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.at(0).entity, QStringLiteral("article_versions")); // the baseline
        QCOMPARE(queued.at(0).payload.value(QLatin1String("kind")).toString(), QStringLiteral("baseline"));
        QVERIFY(queued.at(0).payload.value(QLatin1String("edited_by")).isNull());
        QCOMPARE(queued.at(1).entity, QStringLiteral("articles"));
        QCOMPARE(queued.at(1).operation, Mutation::Operation::Update);
        QCOMPARE(queued.at(1).baseVersion, 3); // the version it was made on
        QCOMPARE(queued.at(1).payload.keys(), QStringList{QStringLiteral("body")}); // only what changed
        QCOMPARE(queued.at(2).entity, QStringLiteral("article_versions"));
        QCOMPARE(queued.at(2).payload.value(QLatin1String("revision")).toInt(), 2);
        QCOMPARE(queued.at(2).payload.value(QLatin1String("kind")).toString(), QStringLiteral("edit"));

        // Saving the same draft again changes nothing and queues nothing.
        const SavedArticle again = editing.save(edit, kSupervisor);
        QVERIFY(!again.changed);
        QCOMPARE(again.revision, 2);
        QCOMPARE(outbox(t.store()).size(), 3);

        // A second edit is revision 3, without another baseline.
        edit.title = QStringLiteral("Carte de stationnement résident et professionnel");
        const SavedArticle second = editing.save(edit, kOwner);
        QCOMPARE(second.revision, 3);
        QCOMPARE(outbox(t.store()).size(), 5);

        const QList<ArticleRevision> history = ArticleHistory(t.store()).revisions(parking);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).revision, 3); // newest first
        QCOMPARE(history.at(0).title, edit.title);
        QCOMPARE(history.at(0).editedBy, kOwner);
        QCOMPARE(history.at(0).editedByName, QStringLiteral("Nadia Benali"));
        QCOMPARE(history.at(1).revision, 2);
        QCOMPARE(history.at(1).editedByName, QStringLiteral("Marc Durand"));
        QCOMPARE(history.at(1).editedAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QCOMPARE(history.at(2).revision, 1);
        QCOMPARE(history.at(2).kind, ArticleRevision::Kind::Baseline);
        QCOMPARE(history.at(2).body, QStringLiteral("Justificatif de domicile.\nCarte grise.\nÀ la mairie."));
        QVERIFY(!history.at(2).synced);
    }

    void diffBetweenRevisionsIsLineBased()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        ArticleDraft edit = ArticleDraft::from(*ArticleRepository(t.store()).get(parking));
        edit.body = QStringLiteral(
            "Justificatif de domicile.\nCertificat d'immatriculation.\nÀ la mairie.\nOu en ligne.");
        edit.tags = {QStringLiteral("stationnement")};
        editing.save(edit, kSupervisor);

        const ArticleRevisionDiff diff = ArticleHistory(t.store()).diff(parking, 1, 2);
        QCOMPARE(diff.fromRevision, 1);
        QCOMPARE(diff.toRevision, 2);
        QCOMPARE(LineDiff::changedLines(diff.title), 0);
        const QList<DiffLine> expected{
            {DiffLine::Kind::Same, QStringLiteral("Justificatif de domicile."), 1, 1},
            {DiffLine::Kind::Removed, QStringLiteral("Carte grise."), 2, 0},
            {DiffLine::Kind::Added, QStringLiteral("Certificat d'immatriculation."), 0, 2},
            {DiffLine::Kind::Same, QStringLiteral("À la mairie."), 3, 3},
            {DiffLine::Kind::Added, QStringLiteral("Ou en ligne."), 0, 4},
        };
        QCOMPARE(diff.body, expected);
        QCOMPARE(diff.otherFields, QStringList{QStringLiteral("tags")});
        QVERIFY(!diff.identical());
        QVERIFY(ArticleHistory(t.store()).diff(parking, 2, 2).identical());
        QVERIFY_THROWS_EXCEPTION(StoreError, ArticleHistory(t.store()).diff(parking, 1, 9));

        // The diff itself, on texts: CRLF is a line end, an empty text has no line.
        QCOMPARE(
            LineDiff::toText(LineDiff::compare(QStringLiteral("a\r\nb\r\nc"), QStringLiteral("a\nc\nd\n"))),
            QStringLiteral("  a\n- b\n  c\n+ d"));
        QCOMPARE(LineDiff::compare(QString(), QString()).size(), 0);
        QCOMPARE(LineDiff::changedLines(LineDiff::compare(QString(), QStringLiteral("x\ny"))), 2);
    }

    void restoreIsANewRevisionWithTheOldContent()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        ArticleDraft edit = ArticleDraft::from(*ArticleRepository(t.store()).get(parking));
        edit.title = QStringLiteral("Stationnement");
        edit.body = QStringLiteral("Tout est en ligne.");
        edit.summary = QStringLiteral("Résumé changé");
        edit.documents = {QStringLiteral("Aucun")};
        editing.save(edit, kSupervisor); // revisions 1 (baseline) and 2
        const int queuedBefore = outbox(t.store()).size();

        t.clock().advanceSecs(60);
        const SavedArticle restored = editing.restore(parking, 1, kOwner);
        QVERIFY(restored.changed);
        QCOMPARE(restored.revision, 3);
        QCOMPARE(restored.article.title, QStringLiteral("Carte de stationnement résident"));
        QCOMPARE(restored.article.body,
                 QStringLiteral("Justificatif de domicile.\nCarte grise.\nÀ la mairie."));
        QCOMPARE(restored.article.summary, QString());
        QCOMPARE(restored.article.documents, QStringList());
        const QList<ArticleRevision> history = ArticleHistory(t.store()).revisions(parking);
        QCOMPARE(history.size(), 3); // nothing rewritten: 1 and 2 are still there
        QCOMPARE(history.at(0).kind, ArticleRevision::Kind::Restore);
        QCOMPARE(history.at(0).restoredFrom, 1);
        QCOMPARE(history.at(1).title, QStringLiteral("Stationnement"));
        QVERIFY(ArticleHistory(t.store()).diff(parking, 1, 3).identical());
        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), queuedBefore + 2);
        QCOMPARE(queued.at(queuedBefore).entity, QStringLiteral("articles"));
        QCOMPARE(queued.at(queuedBefore + 1).payload.value(QLatin1String("restored_from")).toInt(), 1);

        QVERIFY_THROWS_EXCEPTION(StoreError, editing.restore(parking, 42, kSupervisor));
    }

    void markVerifiedSetsTheBadgeAndNextReview()
    {
        TestStore t;
        seed(t);
        ArticleEditing editing(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        const QDate today(2026, 11, 23);
        const Article before = *ArticleRepository(t.store()).get(parking);
        QVERIFY(ArticleReview::badge(before, today).overdue);
        QCOMPARE(ArticleReview::badge(before, today).daysLeft, -22);

        const Article verified = editing.markVerified(parking, kSupervisor);
        QCOMPARE(verified.verifiedAt, t.clock().nowUtc());
        // Verified 2025-11-01, due 2026-11-01: the article's period (365 days) is kept.
        QCOMPARE(verified.reviewDue, today.addDays(365));
        const ReviewBadge badge = ArticleReview(t.store(), t.clock()).badge(verified);
        QVERIFY(badge.verified());
        QVERIFY(!badge.overdue);
        QCOMPARE(badge.daysLeft, 365);
        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().payload,
                 (QJsonObject{{QStringLiteral("verified_at"), QStringLiteral("2026-11-23T08:00:00Z")},
                              {QStringLiteral("review_due"), QStringLiteral("2027-11-23")}}));
        QCOMPARE(ArticleHistory(t.store()).revisions(parking).size(), 0); // no content change, no revision

        // Never verified: the default period, 12 months.
        const Article cantine = editing.markVerified(idOf(QStringLiteral("V-CANTINE")), kOwner);
        QCOMPARE(cantine.reviewDue, QDate(2027, 11, 23));
        QCOMPARE(ArticleEditing::nextReviewDue(Article(), QDate(2026, 1, 31)), QDate(2027, 1, 31));
    }

    void overdueListMostOverdueFirstWithOwnerAndTasks()
    {
        TestStore t;
        seed(t);
        ArticleFeedbackService feedback(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        feedback.give(parking, kAgent, ArticleFeedback::Kind::Obsolete, QStringLiteral("Le tarif a changé"));
        feedback.give(parking, kAgent, ArticleFeedback::Kind::Useful); // not a task
        feedback.give(parking, kSupervisor, ArticleFeedback::Kind::Useful, QStringLiteral("Ajouter le lien"));

        const QList<OverdueArticle> overdue = ArticleReview(t.store(), t.clock()).overdue();
        QCOMPARE(overdue.size(), 2); // the fiche and the article due in February are not in it
        QCOMPARE(overdue.at(0).externalId, QStringLiteral("V-CANTINE"));
        QCOMPARE(overdue.at(0).daysOverdue, 146);
        QCOMPARE(overdue.at(0).ownerName, QStringLiteral("Marc Durand"));
        QCOMPARE(overdue.at(0).openReviewTasks, 0);
        QCOMPARE(overdue.at(1).externalId, QStringLiteral("V-PARKING"));
        QCOMPARE(overdue.at(1).daysOverdue, 22);
        QCOMPARE(overdue.at(1).ownerAgentId, kOwner);
        QCOMPARE(overdue.at(1).ownerName, QStringLiteral("Nadia Benali"));
        QCOMPARE(overdue.at(1).openReviewTasks, 2);
        QCOMPARE(ArticleReview(t.store()).overdueCount(QDate(2026, 11, 23)), 2);
        // On the due date itself an article is not overdue yet; the day after it is.
        QCOMPARE(ArticleReview(t.store()).overdue(QDate(2026, 11, 1)).size(), 1);
        QCOMPARE(ArticleReview(t.store()).overdue(QDate(2027, 2, 2)).size(), 3);
    }

    void favouritesToggleAndFollowTheAgent()
    {
        TestStore t;
        seed(t);
        ArticleFavourites favourites(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        const QString fiche = idOf(QStringLiteral("F1342"));
        QVERIFY(favourites.list(kAgent).isEmpty());
        QVERIFY(favourites.toggle(kAgent, parking));
        t.clock().advanceSecs(5);
        QVERIFY(favourites.toggle(kAgent, fiche));
        QVERIFY(favourites.isFavourite(kAgent, parking));
        QVERIFY(!favourites.isFavourite(kSupervisor, parking)); // per agent
        QList<ArticleSummary> list = favourites.list(kAgent);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, fiche); // latest first
        QCOMPARE(list.at(1).id, parking);

        QVERIFY(!favourites.toggle(kAgent, parking)); // off
        QCOMPARE(favourites.list(kAgent).size(), 1);
        t.clock().advanceSecs(5);
        QVERIFY(favourites.toggle(kAgent, parking)); // on again: the same record
        list = favourites.list(kAgent);
        QCOMPARE(list.first().id, parking);
        QCOMPARE(count(t.store(), QStringLiteral("SELECT count(*) FROM article_favourites")), 2);
        favourites.setFavourite(kAgent, parking, true); // already: nothing queued

        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), 4);
        QCOMPARE(queued.at(0).entity, QStringLiteral("article_favourites"));
        QCOMPARE(queued.at(0).operation, Mutation::Operation::Create);
        QCOMPARE(queued.at(0).entityId, ArticleFavourites::favouriteId(kAgent, parking));
        QCOMPARE(queued.at(0).payload.value(QLatin1String("pair_key")).toString(),
                 kAgent + QLatin1Char(':') + parking);
        QCOMPARE(queued.at(2).operation, Mutation::Operation::Update);
        QCOMPARE(queued.at(2).payload.value(QLatin1String("active")).toInt(), 0);
        QCOMPARE(queued.at(3).payload.value(QLatin1String("active")).toInt(), 1);
        // The same pair gives the same id on every counter.
        QCOMPARE(ArticleFavourites::favouriteId(kAgent, parking),
                 ArticleFavourites::favouriteId(kAgent, parking));
        QVERIFY(ArticleFavourites::favouriteId(kAgent, parking) !=
                ArticleFavourites::favouriteId(kAgent, fiche));

        const Counts before = counts(t.store());
        QVERIFY_THROWS_EXCEPTION(StoreError, favourites.toggle(kAgent, QStringLiteral("no-such-article")));
        QVERIFY_THROWS_EXCEPTION(StoreError, favourites.toggle(QStringLiteral("nobody"), parking));
        QCOMPARE(counts(t.store()), before);
    }

    void favouritesPulledFromAnotherCounterShowUp()
    {
        TestStore t;
        seed(t);
        const QString marche = idOf(QStringLiteral("V-MARCHE"));
        protocol::PullPage page;
        protocol::Change change;
        change.entity = QStringLiteral("article_favourites");
        change.id = ArticleFavourites::favouriteId(kAgent, marche);
        change.version = 40;
        change.data = QJsonObject{{QStringLiteral("id"), change.id},
                                  {QStringLiteral("agent_id"), kAgent},
                                  {QStringLiteral("article_id"), marche},
                                  {QStringLiteral("pair_key"), ArticleFavourites::pairKey(kAgent, marche)},
                                  {QStringLiteral("active"), 1},
                                  {QStringLiteral("created_at"), QStringLiteral("2026-11-22T15:00:00Z")},
                                  {QStringLiteral("favourited_at"), QStringLiteral("2026-11-22T15:00:00Z")},
                                  {QStringLiteral("updated_at"), QStringLiteral("2026-11-22T15:00:00.000Z")}};
        page.changes << change;
        page.epoch = QStringLiteral("epoch-1");
        page.nextCursor = 40;
        PullPageApplier(t.store()).apply(page);
        const QList<ArticleSummary> list = ArticleFavourites(t.store(), t.clock()).list(kAgent);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, marche);
        // Switched off here: an update of the server's record, on its version.
        QVERIFY(!ArticleFavourites(t.store(), t.clock()).toggle(kAgent, marche));
        QCOMPARE(outbox(t.store()).first().operation, Mutation::Operation::Update);
        QCOMPARE(outbox(t.store()).first().baseVersion, 40);
    }

    void recentlyOpenedIsCappedMostRecentFirstAndLocal()
    {
        TestStore t;
        seed(t);
        QList<Article> many;
        for (int i = 0; i < 25; ++i) {
            Article a = testing::makeArticle(QStringLiteral("V-R%1").arg(i),
                                             QStringLiteral("Article %1").arg(i), QStringLiteral("Texte"));
            many << a;
        }
        testing::insertArticles(t.store(), many);
        RecentArticles recent(t.store(), t.clock());
        for (int i = 0; i < 25; ++i)
            recent.opened(kAgent, idOf(QStringLiteral("V-R%1").arg(i))); // same clock time: order kept anyway
        recent.opened(kAgent, idOf(QStringLiteral("V-R10")));            // again: to the top, once
        recent.opened(kAgent, QStringLiteral("no-such-article"));
        recent.opened(kSupervisor, idOf(QStringLiteral("V-PARKING")));

        const QList<ArticleSummary> list = recent.list(kAgent);
        QCOMPARE(list.size(), RecentArticles::kCapacity);
        QCOMPARE(list.at(0).externalId, QStringLiteral("V-R10"));
        QCOMPARE(list.at(1).externalId, QStringLiteral("V-R24"));
        QCOMPARE(list.at(2).externalId, QStringLiteral("V-R23"));
        QCOMPARE(list.at(15).externalId, QStringLiteral("V-R9")); // R10 is not there twice
        QCOMPARE(list.last().externalId, QStringLiteral("V-R5")); // R0…R4 dropped
        QCOMPARE(count(t.store(), QStringLiteral("SELECT count(*) FROM article_recent WHERE agent_id = ?"),
                       {kAgent}),
                 RecentArticles::kCapacity);
        QCOMPARE(recent.list(kSupervisor).size(), 1);
        QCOMPARE(recent.list(kAgent, 3).size(), 3);
        QCOMPARE(outbox(t.store()).size(), 0); // never synced
        QVERIFY(!EntitySchema::instance().find(QStringLiteral("article_recent")));
        recent.clear(kAgent);
        QVERIFY(recent.list(kAgent).isEmpty());
        QCOMPARE(recent.list(kSupervisor).size(), 1);
    }

    void feedbackBecomesAReviewTaskForTheOwner()
    {
        TestStore t;
        seed(t);
        ArticleFeedbackService feedback(t.store(), t.clock());
        const QString parking = idOf(QStringLiteral("V-PARKING"));
        const QString cantine = idOf(QStringLiteral("V-CANTINE"));
        const QString obsolete = feedback.give(parking, kAgent, ArticleFeedback::Kind::Obsolete);
        t.clock().advanceSecs(10);
        const QString useful = feedback.give(parking, kAgent, ArticleFeedback::Kind::Useful);
        t.clock().advanceSecs(10);
        const QString commented = feedback.give(cantine, kAgent, ArticleFeedback::Kind::Useful,
                                                QStringLiteral("  Le lien est cassé "));

        // Written locally with their mutations (offline too): three creates.
        const QList<Mutation> queued = outbox(t.store());
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.at(0).entity, QStringLiteral("article_feedback"));
        QCOMPARE(queued.at(0).operation, Mutation::Operation::Create);
        QCOMPARE(queued.at(0).payload.value(QLatin1String("kind")).toString(), QStringLiteral("obsolete"));
        QCOMPARE(queued.at(0).payload.value(QLatin1String("agent_id")).toString(), kAgent);
        QCOMPARE(queued.at(2).payload.value(QLatin1String("comment")).toString(),
                 QStringLiteral("Le lien est cassé"));

        // The owner of "parking" has the obsolete one; the owner of "cantine" the commented one.
        const QList<ArticleFeedback> ownerTasks = feedback.reviewTasksFor(kOwner);
        QCOMPARE(ownerTasks.size(), 1);
        QCOMPARE(ownerTasks.first().id, obsolete);
        QCOMPARE(ownerTasks.first().articleTitle, QStringLiteral("Carte de stationnement résident"));
        QCOMPARE(ownerTasks.first().agentName, QStringLiteral("Léa Martin"));
        QVERIFY(ownerTasks.first().isOpen());
        QCOMPARE(feedback.reviewTasksFor(kSupervisor).size(), 1);
        QCOMPARE(feedback.reviewTasksFor(kSupervisor).first().id, commented);
        QCOMPARE(feedback.reviewTasksFor(kAgent).size(), 0);
        const QList<ArticleFeedback> open = feedback.openTasks();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id, obsolete); // oldest first
        QCOMPARE(open.at(1).id, commented);
        const FeedbackTally tally = feedback.tally(parking);
        QCOMPARE(tally.useful, 1);
        QCOMPARE(tally.obsolete, 1);
        QCOMPARE(tally.openTasks, 1);

        // An agent cannot close it, nor close a "useful" without comment; nothing is written.
        const Counts before = counts(t.store());
        QVERIFY_THROWS_EXCEPTION(StoreError, feedback.resolve(obsolete, kAgent));
        QVERIFY_THROWS_EXCEPTION(StoreError, feedback.resolve(useful, kOwner));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            feedback.give(parking, kAgent, ArticleFeedback::Kind::Obsolete,
                          QString(ArticleFeedbackService::kMaxCommentLength + 1, QLatin1Char('x'))));
        QVERIFY_THROWS_EXCEPTION(StoreError, feedback.give(QStringLiteral("no-such-article"), kAgent,
                                                           ArticleFeedback::Kind::Obsolete));
        QCOMPARE(counts(t.store()), before);

        // The owner resolves it: closed, through the outbox.
        t.clock().advanceSecs(3600);
        feedback.resolve(obsolete, kOwner, QStringLiteral("Tarif mis à jour"));
        QVERIFY(feedback.reviewTasksFor(kOwner).isEmpty());
        QCOMPARE(feedback.openTasks().size(), 1);
        const ArticleFeedback closed = *feedback.byId(obsolete);
        QVERIFY(!closed.isOpen());
        QCOMPARE(closed.resolvedBy, kOwner);
        QCOMPARE(closed.resolvedByName, QStringLiteral("Nadia Benali"));
        QCOMPARE(closed.resolvedAt, t.clock().nowUtc());
        QCOMPARE(closed.resolution, QStringLiteral("Tarif mis à jour"));
        const Mutation last = outbox(t.store()).last();
        QCOMPARE(last.entity, QStringLiteral("article_feedback"));
        QCOMPARE(last.operation, Mutation::Operation::Update);
        QCOMPARE(last.entityId, obsolete);
        QCOMPARE(last.payload.value(QLatin1String("resolved_by")).toString(), kOwner);
        QVERIFY_THROWS_EXCEPTION(StoreError, feedback.resolve(obsolete, kSupervisor)); // already closed
        QCOMPARE(feedback.forArticle(parking).size(), 2);
        QCOMPARE(feedback.forArticle(parking).first().id, useful); // newest first
    }

    void schemaFiveKeepsRevisionsOfSchemaFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        FixedClock clock(TestStore::defaultNow());
        std::vector<Migration> upToFour;
        for (const Migration &m : localStoreMigrations())
            if (m.version <= 4)
                upToFour.push_back(m);
        {
            LocalStore old(path, clock);
            old.open(LocalStore::IntegrityCheck::Quick, upToFour);
            QCOMPARE(old.schemaVersion(), 4);
            const QSqlDatabase db = old.connection();
            testing::insertArticles(old,
                                    {testing::makeArticle(QStringLiteral("V-OLD"), QStringLiteral("Ancien"),
                                                          QStringLiteral("v2"))});
            sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO article_versions (id, article_id, revision, title, body, edited_at, "
                          "version, updated_at) VALUES ('rev-1', ?, 1, 'Ancien', 'v1', ?, 5, ?)"),
                      {idOf(QStringLiteral("V-OLD")), kStamp, kStamp});
        }
        LocalStore store(path, clock);
        store.open();
        QCOMPARE(store.schemaVersion(), 5);
        const QList<ArticleRevision> history = ArticleHistory(store).revisions(idOf(QStringLiteral("V-OLD")));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().body, QStringLiteral("v1"));
        QVERIFY(history.first().synced);
        QCOMPARE(sql::scalar(store.connection(), QStringLiteral("SELECT revision_key FROM article_versions"))
                     .toString(),
                 idOf(QStringLiteral("V-OLD")) + QStringLiteral(":1"));
        // The revision's natural key is the one the server keeps unique across the city.
        QCOMPARE(EntitySchema::instance().find(QStringLiteral("article_versions"))->naturalKey,
                 QStringLiteral("revision_key"));
        QCOMPARE(EntitySchema::instance().find(QStringLiteral("article_feedback"))->writeRole,
                 Agent::Role::Agent);
        QCOMPARE(EntitySchema::instance().find(QStringLiteral("articles"))->writeRole,
                 Agent::Role::Supervisor);
    }
};

QTEST_GUILESS_MAIN(TestArticleEditing)
#include "tst_articleediting.moc"
