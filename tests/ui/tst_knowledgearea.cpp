// The knowledge-base area, offscreen: search as you type, keyboard path, reading pane (blocks,
// tables, online services, last update, review due), attribution, and the "where to go" slip
// printed (Ctrl+P) or saved as a PDF (Ctrl+Shift+P) with the dialogs stood in for.
#include "ExternalTool.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "itemmodels/ArticleListModel.h"
#include "kb/KbImporter.h"
#include "knowledge/KnowledgeArea.h"
#include "store/Sql.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
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

    // The PDF's words (see tst_wheretogoslip), empty when pdftotext fails.
    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }

    static void showActive(QWidget &widget)
    {
        widget.resize(1000, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
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

    void servicePublicBlocksRenderAsTablesListsAndServiceLinks()
    {
        TestStore t;
        Article fiche = makeArticle(
            QStringLiteral("F900300"), QStringLiteral("Mariage à l'étranger"),
            QStringLiteral("Pays et pièces\n\nZone | Pays\n\nEurope | - Allemagne - Autriche - Belgique\n\n"
                           "Afrique | Afrique du Sud\n\n- Acte de naissance\n\n  - copie intégrale\n\n"
                           "- Pièce d'identité\n\nPré-demande de passeport\n\nAccessible avec un compte ANTS\n\n"
                           "Il faudra ensuite vous rendre en mairie.\n\nOù s'adresser : Mairie"),
            QString(), Article::Source::ServicePublic);
        fiche.extra.insert(QStringLiteral("services"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("R42946")},
                                                  {QStringLiteral("type"), QStringLiteral("Téléservice")},
                                                  {QStringLiteral("title"), QStringLiteral("Pré-demande de passeport")}}});
        insertArticles(t.store(), {fiche});
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        QVERIFY(area.openExternalId(QStringLiteral("F900300")));
        const QString text = area.reader()->toPlainText();
        const QString html = area.reader()->toHtml();
        // A flattened list in a cell is one line per item.
        QVERIFY(text.contains(QStringLiteral("• Allemagne")));
        QVERIFY(text.contains(QStringLiteral("• Belgique")));
        QVERIFY(!text.contains(QStringLiteral("- Allemagne - Autriche")));
        // The table is a table, its first row the header (bold).
        const QTextDocument *document = area.reader()->document();
        QTextCursor header = document->find(QStringLiteral("Zone"));
        QVERIFY(!header.isNull());
        QVERIFY(header.currentTable());
        QCOMPARE(header.currentTable()->rows(), 3);
        QVERIFY(header.charFormat().fontWeight() >= QFont::Bold);
        // A nested item is a list inside the list.
        const QTextCursor nested = document->find(QStringLiteral("copie intégrale"));
        QVERIFY(nested.currentList());
        QCOMPARE(nested.currentList()->format().indent(), 2);
        QCOMPARE(document->find(QStringLiteral("Pièce d'identité")).currentList()->format().indent(), 1);
        // The online service links to Service-Public.fr; the line under it is not a heading.
        QVERIFY(html.contains(QStringLiteral("https://www.service-public.fr/particuliers/vosdroits/R42946")));
        const QTextCursor detail = document->find(QStringLiteral("Accessible avec un compte ANTS"));
        QCOMPARE(detail.blockFormat().headingLevel(), 0);
        QCOMPARE(document->find(QStringLiteral("Pays et pièces")).blockFormat().headingLevel(), 3);
        // "Où s'adresser" in the body is also in the where-to-go box at the top.
        QVERIFY(text.indexOf(QStringLiteral("Where to go: Mairie")) >= 0);
    }

    void lastUpdateCheckAndReviewAreShown()
    {
        TestStore t; // today is 23 November 2026
        Article overdue = makeArticle(QStringLiteral("V-overdue"), QStringLiteral("Recensement"),
                                      QStringLiteral("Le recensement a lieu en janvier."));
        overdue.verifiedAt = QDateTime(QDate(2025, 10, 1), QTime(10, 0), Qt::UTC);
        overdue.reviewDue = QDate(2026, 10, 1);
        Article fresh = makeArticle(QStringLiteral("V-fresh"), QStringLiteral("Élections"),
                                    QStringLiteral("Inscription sur les listes."));
        fresh.verifiedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        fresh.reviewDue = QDate(2027, 11, 2);
        insertArticles(t.store(), {overdue, fresh, makeArticle(QStringLiteral("F900400"), QStringLiteral("Pacs"),
                                                                QStringLiteral("Texte."), QString(),
                                                                Article::Source::ServicePublic)});
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        const QLocale locale;
        QVERIFY(area.openExternalId(QStringLiteral("V-overdue")));
        QString text = area.reader()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("updated on %1")
                                  .arg(locale.toString(QDate(2026, 11, 23), QLocale::ShortFormat))));
        QVERIFY(text.contains(
            QStringLiteral("checked on %1").arg(locale.toString(QDate(2025, 10, 1), QLocale::ShortFormat))));
        QVERIFY(text.contains(
            QStringLiteral("To review: due since %1").arg(locale.toString(QDate(2026, 10, 1), QLocale::ShortFormat))));
        QVERIFY(area.openExternalId(QStringLiteral("V-fresh")));
        text = area.reader()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("checked on")));
        QVERIFY(!text.contains(QStringLiteral("To review")));
        QVERIFY(text.contains(
            QStringLiteral("review due %1").arg(locale.toString(QDate(2027, 11, 2), QLocale::ShortFormat))));
        // A Service-Public fiche: the source's own date.
        QVERIFY(area.openExternalId(QStringLiteral("F900400")));
        QVERIFY(area.reader()->toPlainText().contains(
            QStringLiteral("updated on %1").arg(locale.toString(QDate(2020, 11, 5), QStringLiteral("d MMMM yyyy")))));
    }

    void whereToGoSlipFromTheButtonsAndShortcuts()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        TestStore t;
        fill(t.store());
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        showActive(area);
        // Nothing on show (no site, so no site sheet): nothing to print.
        QVERIFY(area.shownArticleId().isEmpty());
        QVERIFY(!area.printAction()->isEnabled());
        QVERIFY(!area.printButton()->isEnabled());
        QVERIFY(!area.pdfButton()->isEnabled());

        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.pdf"));
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        QString suggested;
        QString chosen = saved;
        int printDialogs = 0;
        area.setExportDialogs(
            [&](QPrinter &printer, QWidget *) {
                ++printDialogs;
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(printed);
                return true;
            },
            [&](const QString &proposed, QWidget *) {
                suggested = proposed;
                return chosen;
            });
        QSignalSpy messages(&area, &Area::statusMessage);
        QTest::keyClick(area.resultView(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printDialogs, 0);

        QVERIFY(area.openExternalId(QStringLiteral("V-rdv")));
        QVERIFY(area.printButton()->isEnabled());
        QVERIFY(area.pdfButton()->isEnabled());

        // Ctrl+Shift+P from the reading pane: the file dialog, then the PDF.
        area.reader()->setFocus();
        QTest::keyClick(area.reader(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QFile::exists(saved));
        QVERIFY2(suggested.endsWith(QStringLiteral("where-to-go-V-rdv.pdf")), qPrintable(suggested));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.takeFirst().at(0).toString().contains(QDir::toNativeSeparators(saved)));
        const QString pdf = pdfText(saved);
        for (const QString &value : {QStringLiteral("Carte d'identité et passeport : prise de rendez-vous"),
                                     QStringLiteral("Standard"), QStringLiteral("1 place de la Comédie"),
                                     QStringLiteral("04 65 71 10 00"), QStringLiteral("Photo d'identité"),
                                     QStringLiteral("Justificatif de domicile")})
            QVERIFY2(pdf.contains(value), qPrintable(value + QStringLiteral(" not in: ") + pdf));

        // Ctrl+P from the result list: the print dialog, then the printer.
        area.resultView()->setFocus();
        QTest::keyClick(area.resultView(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printDialogs, 1);
        QVERIFY(pdfText(printed).contains(QStringLiteral("1 place de la Comédie")));
        QCOMPARE(messages.count(), 1);

        // The button does what the shortcut does; a cancelled file dialog writes nothing, says nothing.
        chosen.clear();
        messages.clear();
        QFile::remove(saved);
        area.pdfButton()->click();
        QVERIFY(!QFile::exists(saved));
        QCOMPARE(messages.count(), 0);
        // An unwritable place: the agent is told why.
        chosen = dir.filePath(QStringLiteral("no/such/folder/slip.pdf"));
        area.pdfButton()->click();
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(0).toString().contains(QStringLiteral("no/such/folder")));
    }

    void accessibleNames()
    {
        TestStore t;
        KnowledgeArea area(UiContext{t.store(), t.clock(), QString(), QString()});
        QVERIFY(!area.resultView()->accessibleName().isEmpty());
        QVERIFY(!area.reader()->accessibleName().isEmpty());
        QVERIFY(!area.searchPlaceholder().isEmpty());
        // The slip's controls: named, with the shortcut in their tooltip.
        QCOMPARE(area.printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(area.pdfAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        const QList<QPair<QPushButton *, QAction *>> controls{{area.printButton(), area.printAction()},
                                                             {area.pdfButton(), area.pdfAction()}};
        for (const auto &[button, action] : controls) {
            QVERIFY(!button->accessibleName().isEmpty());
            QCOMPARE(button->text(), action->text());
            QVERIFY2(button->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(button->toolTip()));
            QVERIFY((button->focusPolicy() & Qt::TabFocus) != 0);
        }
    }
};

QTEST_MAIN(TestKnowledgeArea)
#include "tst_knowledgearea.moc"
