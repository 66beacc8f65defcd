// What agents keep and say about articles (issue 5, item 4): favourites (synced, they follow the
// agent to another counter), recently opened (local, capped, most recent first), and feedback
// that becomes a review task for the article's owner, closed by a supervisor.
#include "ArticleLifeFixture.h"
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
using namespace guichet::testing::articlelife;
using guichet::testing::TestStore;


class TestArticleFeedback : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestArticleFeedback)
#include "tst_articlefeedback.moc"
