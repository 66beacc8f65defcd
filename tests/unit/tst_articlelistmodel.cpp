// ArticleListModel: paged browsing, search results, reload on change; under QAbstractItemModelTester.
#include "KbFixtures.h"
#include "TestStore.h"
#include "itemmodels/ArticleListModel.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace guichet;
using namespace guichet::testing;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    static QList<Article> articles(int count)
    {
        QList<Article> list;
        for (int i = 0; i < count; ++i)
            list << makeArticle(
                QStringLiteral("V-%1").arg(i),
                QStringLiteral("Fiche %1 sur les rendez-vous").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("Texte numéro %1.").arg(i), QStringLiteral("Résumé %1").arg(i));
        list << makeArticle(QStringLiteral("F42"), QStringLiteral("Passeport perdu"),
                            QStringLiteral("Déclarer la perte."), QStringLiteral("Que faire ?"),
                            Article::Source::ServicePublic);
        return list;
    }

private slots:
    void browsesPageByPage()
    {
        TestStore t;
        insertArticles(t.store(), articles(45));
        ArticleListModel model(t.store());
        model.setPageSize(20);
        model.reload();
        QCOMPARE(model.mode(), ArticleListModel::Mode::Browse);
        QCOMPARE(model.totalCount(), 46);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 40);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 46);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        // Ordered by title.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Fiche 000 sur les rendez-vous"));
        QCOMPARE(model.index(45, 0).data().toString(), QStringLiteral("Passeport perdu"));
        QCOMPARE(model.index(45, 0).data(ArticleListModel::SourceRole).toString(),
                 QStringLiteral("service-public"));
        QCOMPARE(model.index(0, 0).data(ArticleListModel::SourceRole).toString(), QStringLiteral("city"));
        QVERIFY(!model.index(0, 0).data(ArticleListModel::IdRole).toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ExternalIdRole).toString(), QStringLiteral("V-0"));

        // The tester fetches every page as a view scrolling to the end would.
        ArticleListModel tested(t.store());
        tested.setPageSize(7);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.reload();
        while (tested.canFetchMore(QModelIndex()))
            tested.fetchMore(QModelIndex());
        QCOMPARE(tested.rowCount(), 46);
    }

    void searchesAndGoesBack()
    {
        TestStore t;
        insertArticles(t.store(), articles(10));
        ArticleListModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy results(&model, &ArticleListModel::resultsChanged);
        model.setQuery(QStringLiteral("perte"));
        QCOMPARE(model.mode(), ArticleListModel::Mode::Search);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(ArticleListModel::ExternalIdRole).toString(), QStringLiteral("F42"));
        QVERIFY(first.data(ArticleListModel::SnippetRole).toString().contains(QStringLiteral("<b>")));
        QVERIFY(first.data(ArticleListModel::ScoreRole).toDouble() > 0);
        QCOMPARE(first.data(ArticleListModel::CompetenceRole).toString(), QStringLiteral("etat"));
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.last().first().toInt(), 1);

        model.setQuery(QStringLiteral("   "));
        QCOMPARE(model.mode(), ArticleListModel::Mode::Browse);
        QCOMPARE(model.rowCount(), 11);
    }

    void reloadsWhenArticlesChange()
    {
        TestStore t;
        insertArticles(t.store(), articles(3));
        ArticleListModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("brocante"));
        QCOMPARE(model.rowCount(), 0);
        insertArticles(t.store(),
                       {makeArticle(QStringLiteral("V-b"), QStringLiteral("Brocante et vide-grenier"),
                                    QStringLiteral("Déclaration."))});
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 5);
        t.store().notifyChanged(QStringLiteral("appointments")); // not ours: no reset
        QCOMPARE(model.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
