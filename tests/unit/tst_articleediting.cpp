// The life of the city's own articles (issue 5, item 4), at the counter: only a supervisor edits
// (an agent's attempt writes nothing at all), each save writes the article, its new revision and
// both outbox mutations together; history newest first, a line diff between revisions, restore as
// a new revision; "vérifié le" and the next review date; the supervisors' overdue list. Schema 5
// keeps revisions written under schema 4. Favourites, recent articles and feedback:
// tst_articlefeedback.
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
        QCOMPARE(store.schemaVersion(), Migrator(localStoreMigrations()).latestVersion());
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
