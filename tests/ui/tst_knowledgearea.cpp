// The knowledge-base area, offscreen: search as you type, keyboard path, reading pane, attribution.
#include "KbFixtures.h"
#include "TestStore.h"
#include "itemmodels/ArticleListModel.h"
#include "kb/KbImporter.h"
#include "knowledge/KnowledgeArea.h"
#include "store/Sql.h"

#include <QSignalSpy>
#include <QListView>
#include <QTextBrowser>
#include <QtTest>

using namespace guichet;
using namespace guichet::testing;

class TestKnowledgeArea : public QObject
{
    Q_OBJECT

private:
    static void addSite(LocalStore &store, const QString &id)
    {
        sql::exec(store.connection(),
                  QStringLiteral(
                      "INSERT INTO sites (id, code, name, kind, updated_at) VALUES (?, 'M3', "
                      "'Mairie du 3e arrondissement', 'mairie_arrondissement', '2026-11-23T08:00:00.000Z')"),
                  {id});
    }

    static void fill(LocalStore &store)
    {
        addSite(store, QStringLiteral("site-3"));
        Article sheet = makeArticle(
            QStringLiteral("V-site-m3"), QStringLiteral("Fiche du site : Mairie du 3e arrondissement"),
            QStringLiteral(
                "## Horaires\n\n- **Lundi** : 8 h 45 – 12 h\n\n## Qui appeler\n\n- Responsable : poste 42"));
        sheet.siteId = QStringLiteral("site-3");
        Article fiche = makeArticle(
            QStringLiteral("F900100"), QStringLiteral("Passeport d'un majeur : en cas de perte"),
            QStringLiteral("Résumé court.\n\nEn France\n\n- Déclarer la perte\n\n- Prendre rendez-vous\n\n"
                           "Durée | Coût\n\n10 ans | 86 €\n\nÀ noter : le timbre est en ligne."),
            QStringLiteral("Résumé court."), Article::Source::ServicePublic);
        fiche.related = {{QStringLiteral("V-rdv"), QStringLiteral("Prise de rendez-vous")}};
        fiche.referral.service = QStringLiteral("Mairie");
        Article city = makeArticle(QStringLiteral("V-rdv"),
                                   QStringLiteral("Carte d'identité et passeport : prise de rendez-vous"),
                                   QStringLiteral("## Le principe\n\nUniquement **sur rendez-vous**."));
        city.documents = {QStringLiteral("Photo d'identité"), QStringLiteral("Justificatif de domicile")};
        city.referral = {QStringLiteral("Standard"), QStringLiteral("1 place de la Comédie"),
                         QStringLiteral("9 h – 17 h"), QStringLiteral("04 65 71 10 00")};
        insertArticles(store, {sheet, fiche, city});
    }

private slots:
    void typingShowsResultsAndEnterOpensTheFiche()
    {
        TestStore t;
        fill(t.store());
        KnowledgeArea area(UiContext{t.store(), t.clock(), QStringLiteral("site-3"), QString()});
        area.resize(1000, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));

        // With nothing typed, the site's own sheet is on screen for the substitute agent.
        QVERIFY(area.reader()->toPlainText().contains(
            QStringLiteral("Fiche du site : Mairie du 3e arrondissement")));
        QCOMPARE(area.model()->mode(), ArticleListModel::Mode::Browse);

        // The main window's search box sends every keystroke's text.
        const QString typed = QStringLiteral("passep");
        for (qsizetype n = 1; n <= typed.size(); ++n)
            area.search(typed.left(n));
        // Typing never waits for the search: the list updates after the short debounce.
        QCOMPARE(area.model()->mode(), ArticleListModel::Mode::Browse);
        QTRY_COMPARE(area.model()->mode(), ArticleListModel::Mode::Search);
        QTRY_COMPARE(area.model()->rowCount(), 2);

        area.leaveSearch(Area::SearchExit::Down);
        QVERIFY(area.resultView()->hasFocus());
        QCOMPARE(area.resultView()->currentIndex().row(), 0);
        const QString firstId =
            area.resultView()->currentIndex().data(ArticleListModel::ExternalIdRole).toString();
        QTest::keyClick(area.resultView(), Qt::Key_Down);
        QTest::keyClick(area.resultView(), Qt::Key_Up);
        QTest::keyClick(area.resultView(), Qt::Key_Return);
        QVERIFY(area.reader()->hasFocus());
        // Up from the first result goes back to the search box.
        QSignalSpy backToSearch(&area, &Area::searchFocusRequested);
        area.resultView()->setFocus();
        QTest::keyClick(area.resultView(), Qt::Key_Up);
        QCOMPARE(backToSearch.count(), 1);
        const QString shown = area.reader()->toPlainText();
        QVERIFY(shown.contains(firstId == QStringLiteral("F900100")
                                   ? QStringLiteral("en cas de perte")
                                   : QStringLiteral("prise de rendez-vous")));
    }

    void servicePublicFicheShowsTheAttribution()
    {
        TestStore t;
        fill(t.store());
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        area.search(QStringLiteral("perte passeport majeur"));
        area.flushSearch();
        QVERIFY(area.model()->rowCount() >= 1);
        QCOMPARE(area.model()->index(0, 0).data(ArticleListModel::ExternalIdRole).toString(),
                 QStringLiteral("F900100"));
        QVERIFY(area.openExternalId(QStringLiteral("F900100")));
        const QString text = area.reader()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Direction de l'information légale et administrative (DILA)")));
        QVERIFY(text.contains(QStringLiteral("Service-Public.fr")));
        QVERIFY(text.contains(QStringLiteral("Licence Ouverte / Open Licence 2.0 (Etalab)")));
        QVERIFY(text.contains(QLocale().toString(QDate(2020, 11, 5), QStringLiteral("d MMMM yyyy"))));
        QVERIFY(text.contains(QStringLiteral("does not imply")));
        // Blocks rendered: list items, table cells, the "À noter" box, and the related link.
        const QString html = area.reader()->toHtml();
        QVERIFY(html.contains(QStringLiteral("<li")));
        QVERIFY(text.contains(QStringLiteral("86 €")));
        QVERIFY(text.contains(QStringLiteral("À noter :")));
        QVERIFY(html.contains(QStringLiteral("kb:V-rdv")));

        // A city article has no attribution, but its checklist and where-to-send box.
        QVERIFY(area.openExternalId(QStringLiteral("V-rdv")));
        const QString city = area.reader()->toPlainText();
        QVERIFY(!city.contains(QStringLiteral("Etalab")));
        QVERIFY(city.contains(QStringLiteral("Justificatif de domicile")));
        QVERIFY(city.contains(QStringLiteral("04 65 71 10 00")));
        QVERIFY(city.contains(QStringLiteral("sur rendez-vous")));
    }

    void realFicheShowsItsOwnDate()
    {
        if (kbDir().isEmpty())
            QSKIP("Service-Public fiches absent: set GUICHET_KB_DIR to ../shared/data/kb");
        TestStore t;
        KbImporter(t.store()).importFile(kbFichesFile());
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        area.search(QStringLiteral("passeport perdu"));
        area.flushSearch();
        QVERIFY(area.model()->rowCount() > 0);
        QVERIFY(area.openExternalId(QStringLiteral("F21246")));
        const QString text = area.reader()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Licence Ouverte / Open Licence 2.0 (Etalab)")));
        QVERIFY(text.contains(QStringLiteral("F21246")));
    }

    void accessibleNames()
    {
        TestStore t;
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        QVERIFY(!area.resultView()->accessibleName().isEmpty());
        QVERIFY(!area.reader()->accessibleName().isEmpty());
        QVERIFY(!area.searchPlaceholder().isEmpty());
    }
};

QTEST_MAIN(TestKnowledgeArea)
#include "tst_knowledgearea.moc"
