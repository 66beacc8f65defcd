// The knowledge base's editing dialogs offscreen (issue 5, article life): a supervisor writes an
// article from the keyboard (Ctrl+Return saves the article, its first revision and their outbox
// mutations); an agent's attempt, or an empty title, is refused in the dialog with what was typed
// kept and nothing written; the history lists the revisions, shows what changed and restores an
// older one as a new revision; the supervisors' review list shows the articles past their review
// date and the agents' review tasks, marks an article verified and closes a task.
#include "AppointmentDemoFixture.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/ArticleEditing.h"
#include "kb/ArticleFeedback.h"
#include "kb/ArticleHistory.h"
#include "knowledge/ArticleEditorDialog.h"
#include "knowledge/ArticleHistoryDialog.h"
#include "knowledge/ReviewListDialog.h"
#include "repo/ArticleRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace guichet;
using guichet::testing::TestStore;

class TestArticleDialogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_site;
    QString m_supervisor;
    QString m_agent;

    UiContext context(const QString &agent) { return UiContext{m_test->store(), m_test->clock(), m_site, agent}; }
    QString agentWithRole(const QString &role)
    {
        return sql::scalar(m_test->store().connection(),
                           QStringLiteral("SELECT id FROM agents WHERE role = ? AND home_site_id = ? ORDER BY id LIMIT 1"),
                           {role, m_site})
            .toString();
    }
    int outboxCount() { return OutboxRepository(m_test->store()).count(); }
    QString cityArticle(const QString &title, const QString &body)
    {
        Article article = guichet::testing::makeArticle(QStringLiteral("V-%1").arg(qHash(title)), title, body);
        guichet::testing::insertArticles(m_test->store(), {article});
        return ArticleRepository(m_test->store()).getByExternalId(article.externalId)->id;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        const DemoContext demo = guichet::testing::fillSitesAndAppointments(m_test->store());
        m_site = demo.siteIdByCode.value(QStringLiteral("HDV"));
        m_supervisor = agentWithRole(QStringLiteral("supervisor"));
        m_agent = agentWithRole(QStringLiteral("agent"));
        QVERIFY(!m_supervisor.isEmpty());
        QVERIFY(!m_agent.isEmpty());
    }

    void supervisorWritesAnArticleFromTheKeyboard()
    {
        const int outbox = outboxCount();
        ArticleEditorDialog dialog(context(m_supervisor), Article());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &ArticleEditorDialog::saved);
        QVERIFY(dialog.titleEdit()->hasFocus());
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Recensement citoyen a 16 ans")); // keyClicks types ASCII
        dialog.bodyEdit()->setPlainText(QStringLiteral("## Où ?\n\nÀ la mairie du domicile.\n\n- carte d'identité"));
        QTest::keyClick(dialog.titleEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString id = saved.first().at(0).toString();
        const Article article = ArticleRepository(m_test->store()).get(id).value();
        QCOMPARE(article.title, QStringLiteral("Recensement citoyen a 16 ans"));
        QVERIFY(article.body.contains(QStringLiteral("À la mairie du domicile.")));
        QCOMPARE(article.ownerAgentId, m_supervisor);
        QCOMPARE(ArticleHistory(m_test->store()).latestRevision(id), 1);
        QCOMPARE(outboxCount(), outbox + 2); // the article and its revision
    }

    void refusedSaveKeepsWhatWasTyped_data()
    {
        QTest::addColumn<bool>("asAgent");
        QTest::addColumn<QString>("title");
        QTest::newRow("an agent") << true << QStringLiteral("Article d'un agent");
        QTest::newRow("empty title") << false << QString();
    }

    void refusedSaveKeepsWhatWasTyped()
    {
        QFETCH(bool, asAgent);
        QFETCH(QString, title);
        const int outbox = outboxCount();
        const int articles = sql::scalar(m_test->store().connection(), QStringLiteral("SELECT count(*) FROM articles")).toInt();
        ArticleEditorDialog dialog(context(asAgent ? m_agent : m_supervisor), Article());
        dialog.show();
        dialog.titleEdit()->setText(title);
        dialog.bodyEdit()->setPlainText(QStringLiteral("Texte tapé"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QCOMPARE(dialog.bodyEdit()->toPlainText(), QStringLiteral("Texte tapé"));
        QCOMPARE(outboxCount(), outbox);
        QCOMPARE(sql::scalar(m_test->store().connection(), QStringLiteral("SELECT count(*) FROM articles")).toInt(),
                 articles);
    }

    void historyShowsChangesAndRestores()
    {
        const QString id = cityArticle(QStringLiteral("Carte de stationnement résident"),
                                       QStringLiteral("Première version.\nLigne commune."));
        ArticleEditing editing(m_test->store(), m_test->clock());
        ArticleDraft draft = ArticleDraft::from(ArticleRepository(m_test->store()).get(id).value());
        draft.body = QStringLiteral("Deuxième version.\nLigne commune.");
        editing.save(draft, m_supervisor);
        const int revisions = ArticleHistory(m_test->store()).latestRevision(id);
        QVERIFY(revisions >= 2); // the baseline kept first, then the edit

        ArticleHistoryDialog dialog(context(m_supervisor), id);
        dialog.show();
        QCOMPARE(dialog.revisionList()->topLevelItemCount(), revisions);
        // The newest is selected and shows the line changed.
        const QString diff = dialog.diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("- Première version.")) && diff.contains(QStringLiteral("+ Deuxième version.")),
                 qPrintable(diff));
        QVERIFY(!dialog.restoreButton()->isEnabled()); // the newest is the article as it is
        QTest::keyClick(dialog.revisionList(), Qt::Key_Down);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QSignalSpy restored(&dialog, &ArticleHistoryDialog::restored);
        QVERIFY(dialog.restoreSelected());
        QCOMPARE(restored.count(), 1);
        QCOMPARE(ArticleRepository(m_test->store()).get(id).value().body, QStringLiteral("Première version.\nLigne commune."));
        QCOMPARE(dialog.revisionList()->topLevelItemCount(), revisions + 1);

        // An agent reads the history but is not offered the restore.
        ArticleHistoryDialog agentView(context(m_agent), id);
        agentView.show();
        QVERIFY(!agentView.restoreButton()->isVisible());
    }

    void reviewListVerifiesAndClosesTasks()
    {
        const QString id = cityArticle(QStringLiteral("Inscription à la cantine scolaire"), QStringLiteral("Texte."));
        const QSqlDatabase db = m_test->store().connection();
        sql::exec(db, QStringLiteral("UPDATE articles SET review_due = '2026-01-15', owner_agent_id = ? WHERE id = ?"),
                  {m_supervisor, id});
        m_test->store().notifyChanged(QStringLiteral("articles"));
        ArticleFeedbackService(m_test->store(), m_test->clock())
            .give(id, m_agent, ArticleFeedback::Kind::Obsolete, QStringLiteral("Les tarifs ont changé"));

        ReviewListDialog dialog(context(m_supervisor));
        dialog.show();
        const auto rowOf = [&](QTreeWidget *list) {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(0) == QStringLiteral("Inscription à la cantine scolaire"))
                    return i;
            return -1;
        };
        const int overdueRow = rowOf(dialog.overdueList());
        QVERIFY(overdueRow >= 0);
        QCOMPARE(dialog.overdueList()->topLevelItem(overdueRow)->text(4), QStringLiteral("1")); // one open task
        const int taskRow = rowOf(dialog.taskList());
        QVERIFY(taskRow >= 0);
        QVERIFY(dialog.taskList()->topLevelItem(taskRow)->text(3).contains(QStringLiteral("Les tarifs ont changé")));

        QSignalSpy open(&dialog, &ReviewListDialog::openArticle);
        emit dialog.taskList()->itemActivated(dialog.taskList()->topLevelItem(taskRow), 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), id);

        const int outbox = outboxCount();
        dialog.overdueList()->setCurrentItem(dialog.overdueList()->topLevelItem(rowOf(dialog.overdueList())));
        QVERIFY(dialog.verifySelected());
        QCOMPARE(rowOf(dialog.overdueList()), -1);
        QVERIFY(ArticleRepository(m_test->store()).get(id).value().reviewDue > QDate(2026, 11, 23));
        dialog.taskList()->setCurrentItem(dialog.taskList()->topLevelItem(rowOf(dialog.taskList())));
        QVERIFY(dialog.resolveSelected());
        QCOMPARE(rowOf(dialog.taskList()), -1);
        QVERIFY(outboxCount() >= outbox + 2);
    }
};

QTEST_MAIN(TestArticleDialogs)
#include "tst_articledialogs.moc"
