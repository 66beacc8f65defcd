// What an agent and a supervisor do with the article on show (ArticleActionsBar in the knowledge
// area): an agent keeps favourites (Ctrl+D, written with its outbox mutation) and says an article
// is out of date (a review task for its owner), but sees no editing button; a supervisor edits a
// city article, never a Service-Public fiche, and sees how many articles wait for a review; the
// articles an agent opens, and their favourites, head the site's sheet when the search is empty.
#include "AppointmentDemoFixture.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/ArticleFavourites.h"
#include "kb/ArticleFeedback.h"
#include "kb/RecentArticles.h"
#include "knowledge/ArticleActionsBar.h"
#include "knowledge/KnowledgeArea.h"
#include "repo/ArticleRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace guichet;
using guichet::testing::TestStore;

class TestArticleActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_site;
    QString m_supervisor;
    QString m_agent;
    QString m_city;
    QString m_fiche;

    QString agentWithRole(const QString &role)
    {
        return sql::scalar(m_test->store().connection(),
                           QStringLiteral("SELECT id FROM agents WHERE role = ? AND home_site_id = ? ORDER BY id LIMIT 1"),
                           {role, m_site})
            .toString();
    }
    std::unique_ptr<KnowledgeArea> makeArea(const QString &agent)
    {
        auto area = std::make_unique<KnowledgeArea>(UiContext{m_test->store(), m_test->clock(), m_site, agent});
        area->resize(1200, 700);
        area->show();
        area->activateWindow();
        if (!QTest::qWaitForWindowActive(area.get()))
            qWarning("window not active: window shortcuts will not answer");
        return area;
    }
    static QPushButton *button(QWidget &parent, const QString &startsWith)
    {
        for (QPushButton *b : parent.findChildren<QPushButton *>())
            if (b->accessibleName().startsWith(startsWith))
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        const DemoContext demo = guichet::testing::fillSitesAndAppointments(m_test->store());
        m_site = demo.siteIdByCode.value(QStringLiteral("HDV"));
        m_supervisor = agentWithRole(QStringLiteral("supervisor"));
        m_agent = agentWithRole(QStringLiteral("agent"));
        Article city = guichet::testing::makeArticle(QStringLiteral("V-CANTINE"), QStringLiteral("Inscription à la cantine"),
                                                     QStringLiteral("Au service scolaire."));
        city.ownerAgentId = m_supervisor;
        const Article fiche = guichet::testing::makeArticle(QStringLiteral("F9999"), QStringLiteral("Fiche de l'État"),
                                                            QStringLiteral("Texte."), {}, Article::Source::ServicePublic);
        Article sheet = guichet::testing::makeArticle(QStringLiteral("V-SITE-HDV"), QStringLiteral("Fiche du site : Hôtel de Ville"),
                                                      QStringLiteral("Horaires et services du site."));
        sheet.siteId = m_site;
        guichet::testing::insertArticles(m_test->store(), {city, fiche, sheet});
        m_city = ArticleRepository(m_test->store()).getByExternalId(QStringLiteral("V-CANTINE"))->id;
        m_fiche = ArticleRepository(m_test->store()).getByExternalId(QStringLiteral("F9999"))->id;
    }

    void agentKeepsFavouritesAndReportsAnOutdatedArticle()
    {
        auto area = makeArea(m_agent);
        ArticleActionsBar *bar = area->actionsBar();
        QVERIFY(area->openArticle(m_city));
        // No editing for an agent.
        QVERIFY(!button(*area, QStringLiteral("Edit"))->isVisible());
        QVERIFY(!button(*area, QStringLiteral("To review"))->isVisible());
        QVERIFY(!bar->editAction()->isEnabled());

        const int outbox = OutboxRepository(m_test->store()).count();
        QVERIFY(bar->favouriteAction()->isEnabled());
        QTest::keyClick(area->reader(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(ArticleFavourites(m_test->store()).isFavourite(m_agent, m_city));
        QVERIFY(bar->favouriteAction()->isChecked());
        QCOMPARE(OutboxRepository(m_test->store()).count(), outbox + 1);

        QSignalSpy messages(area.get(), &Area::statusMessage);
        bar->markObsolete(QStringLiteral("Les horaires ont changé"));
        QCOMPARE(messages.count(), 1);
        const QList<ArticleFeedback> tasks = ArticleFeedbackService(m_test->store()).reviewTasksFor(m_supervisor);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().comment, QStringLiteral("Les horaires ont changé"));
        QCOMPARE(tasks.first().agentId, m_agent);

        // Ctrl+D again: no longer a favourite.
        QTest::keyClick(area->reader(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!ArticleFavourites(m_test->store()).isFavourite(m_agent, m_city));
    }

    void supervisorEditsCityArticlesOnly()
    {
        auto area = makeArea(m_supervisor);
        ArticleActionsBar *bar = area->actionsBar();
        QVERIFY(button(*area, QStringLiteral("Edit"))->isVisible());
        QVERIFY(area->openArticle(m_city));
        QVERIFY(bar->editAction()->isEnabled());
        QVERIFY(area->openArticle(m_fiche));
        QVERIFY(!bar->editAction()->isEnabled()); // a Service-Public fiche comes from the import
        // The open review task of the test above is counted on the review button.
        QVERIFY2(bar->reviewAction()->text().contains(QLatin1Char('(')), qPrintable(bar->reviewAction()->text()));
        QVERIFY(bar->reviewAction()->isEnabled());
    }

    void openedAndFavouriteArticlesHeadTheSiteSheet()
    {
        ArticleFavourites(m_test->store()).setFavourite(m_agent, m_fiche, true);
        auto area = makeArea(m_agent);
        area->search(QStringLiteral("cantine"));
        area->flushSearch();
        area->leaveSearch(Area::SearchExit::Down); // opens the first result
        QCOMPARE(area->shownArticleId(), m_city);
        const QList<ArticleSummary> recent = RecentArticles(m_test->store()).list(m_agent);
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().id, m_city);
        // Back to an empty search: the site's sheet, headed by the agent's own articles.
        area->search(QString());
        area->flushSearch();
        const QString text = area->reader()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Fiche de l'État")) && text.contains(QStringLiteral("Inscription à la cantine")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Horaires et services du site.")));
    }
};

QTEST_MAIN(TestArticleActions)
#include "tst_articleactions.moc"
