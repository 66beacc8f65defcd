// The "where to go" slip, offscreen: the PDF (read back with pdftotext) says what the matter is,
// who is competent, where to go (service, address, hours, phone), what to bring, who handed it
// over and when, and for a Service-Public fiche the attribution; its QR code (zbarimg) is the
// fiche's URL; it stays on one page; an unwritable path is refused with a reason and leaves nothing.
#include "ExternalTool.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "core/Clock.h"
#include "domain/ArticleText.h"
#include "kb/KbImporter.h"
#include "knowledge/WhereToGoExport.h"
#include "print/WhereToGoSlip.h"
#include "repo/ArticleRepository.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace guichet;
using namespace guichet::testing;

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
};

Output run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Output output;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    output.out = process.readAllStandardOutput();
    return output;
}

// The PDF's text, words compared rather than lines (line breaks fall where the page's width
// says), ligatures ("ﬁ") compatibility-decomposed back to letters. `pages` gets the page count
// (pdftotext ends every page with a form feed).
QString pdfText(const QString &pdf, int *pages = nullptr)
{
    const Output pdftotext = run(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    if (pdftotext.exitCode != 0)
        return {};
    if (pages)
        *pages = int(pdftotext.out.count('\f'));
    return QString::fromUtf8(pdftotext.out).normalized(QString::NormalizationForm_KC).simplified();
}

Site counterSite()
{
    Site site;
    site.id = QStringLiteral("site-3");
    site.name = QStringLiteral("Mairie du 3e arrondissement");
    site.address = QStringLiteral("12 rue de la République");
    site.postalCode = QStringLiteral("69003");
    site.city = QStringLiteral("Lyon");
    site.phone = QStringLiteral("04 65 71 13 00");
    return site;
}

Article cityArticle()
{
    Article a = makeArticle(QStringLiteral("V-voirie"), QStringLiteral("Voirie : nid-de-poule, trottoir abîmé"),
                            QStringLiteral("La Ville ne répare pas la chaussée."),
                            QStringLiteral("L'entretien des rues relève de la Métropole."));
    a.competence = Competence::Metropole;
    a.referral = {QStringLiteral("Métropole – service Voirie (signalements)"),
                  QStringLiteral("Hôtel de la Métropole, 20 rue du Lac"),
                  QStringLiteral("Du lundi au vendredi, 8 h 30 – 16 h 30"), QStringLiteral("04 65 71 20 10")};
    a.documents = {QStringLiteral("Photo du trottoir abîmé"), QStringLiteral("Adresse précise du lieu"),
                   QStringLiteral("Justificatif de domicile de moins de 3 mois")};
    return a;
}

Article servicePublicFiche()
{
    Article a = makeArticle(
        QStringLiteral("F900200"), QStringLiteral("Passeport : déclaration de perte"),
        QStringLiteral("Résumé.\n\nEn France\n\nIl faut se rendre dans un commissariat.\n\nOù s'adresser : "
                       "Commissariat ou Gendarmerie\n\nÀ l'étranger\n\nOù s'adresser : Ambassade ou consulat "
                       "français à l'étranger\n\nOù s'adresser : Commissariat ou Gendarmerie"),
        QStringLiteral("Résumé."), Article::Source::ServicePublic);
    return a;
}

} // namespace

class TestWhereToGoSlip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QLocale m_french{QLocale::French, QLocale::France};
    const QDate m_day{2026, 11, 24};

    WhereToGoSlip slip(const Article &article) const
    {
        return WhereToGoSlip({article, counterSite(), m_day}, m_french);
    }

    QString writeAndRead(const WhereToGoSlip &slip, const QString &name, int *pages = nullptr)
    {
        const QString pdf = m_dir.filePath(name);
        QString error;
        if (!slip.writePdf(pdf, &error)) {
            qWarning() << error;
            return {};
        }
        return pdfText(pdf, pages);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cityArticlePdfSaysWhereToGoAndWhatToBring()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        const Article article = cityArticle();
        int pages = 0;
        const QString text = writeAndRead(slip(article), QStringLiteral("city.pdf"), &pages);
        QVERIFY(!text.isEmpty());
        QCOMPARE(pages, 1);
        const QStringList expected{
            article.title,
            ArticleText::competenceLabel(Competence::Metropole),
            article.referral.service,
            article.referral.address,
            article.referral.hours,
            article.referral.phone,
            article.documents.at(0),
            article.documents.at(1),
            article.documents.at(2),
            QStringLiteral("Mairie du 3e arrondissement"),
            QStringLiteral("12 rue de la République"),
            m_french.toString(m_day, QLocale::LongFormat), // "mardi 24 novembre 2026"
        };
        for (const QString &value : expected)
            QVERIFY2(text.contains(value.simplified()), qPrintable(value + QStringLiteral(" not in: ") + text));
        // A city article has no attribution and no URL: no QR code either.
        QVERIFY(!text.contains(QStringLiteral("Etalab")));
        QVERIFY(slip(article).qrCodeContent().isEmpty());
        QVERIFY(slip(article).qrCodeImage().isNull());
        QVERIFY(!slip(article).html().contains(QStringLiteral("<img")));
    }

    void servicePublicPdfHasItsPlacesTheAttributionAndTheUrl()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        const Article fiche = servicePublicFiche();
        const QString text = writeAndRead(slip(fiche), QStringLiteral("fiche.pdf"));
        QVERIFY(text.contains(fiche.title));
        QVERIFY(text.contains(ArticleText::competenceLabel(Competence::Etat)));
        // The "Où s'adresser" places of the body, each once.
        QVERIFY(text.contains(QStringLiteral("Commissariat ou Gendarmerie")));
        QCOMPARE(text.count(QStringLiteral("Commissariat ou Gendarmerie")), 1);
        QVERIFY(text.contains(QStringLiteral("Ambassade ou consulat français à l'étranger")));
        QVERIFY(text.contains(fiche.sourceUrl));
        const QString attribution = ArticleText::attribution(fiche, m_french).simplified();
        QVERIFY2(text.contains(attribution), qPrintable(text));
        QVERIFY(attribution.contains(QStringLiteral("Licence Ouverte / Open Licence 2.0 (Etalab)")));
        QVERIFY(attribution.contains(QStringLiteral("5 novembre 2020")));
        QVERIFY(attribution.contains(QStringLiteral("does not imply")));
    }

    void qrCodeIsTheFicheUrl()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftoppm"), QStringLiteral("poppler-utils")));
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/zbarimg"), QStringLiteral("zbar-tools")));
        const WhereToGoSlip fiche = slip(servicePublicFiche());
        QCOMPARE(fiche.qrCodeContent(), servicePublicFiche().sourceUrl.toUtf8());
        const std::unique_ptr<QTextDocument> document = fiche.document();
        QVERIFY(!document
                     ->resource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("guichet-slip:/where-to-go-qr.png")))
                     .value<QImage>()
                     .isNull());
        const QString pdf = m_dir.filePath(QStringLiteral("qr.pdf"));
        QVERIFY(fiche.writePdf(pdf));
        const QString prefix = m_dir.filePath(QStringLiteral("qr"));
        QCOMPARE(run(QStringLiteral("/usr/bin/pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                      QStringLiteral("-singlefile"), pdf, prefix})
                     .exitCode,
                 0);
        const Output zbar = run(QStringLiteral("/usr/bin/zbarimg"),
                                {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")});
        QCOMPARE(zbar.exitCode, 0);
        QCOMPARE(zbar.out.trimmed(), fiche.qrCodeContent());
    }

    void aLongChecklistStillHoldsOnOnePage()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        Article article = cityArticle();
        for (int i = 1; i <= 30; ++i)
            article.documents << QStringLiteral("Pièce justificative numéro %1 (original et copie)").arg(i);
        int pages = 0;
        const QString text = writeAndRead(slip(article), QStringLiteral("long.pdf"), &pages);
        QCOMPARE(pages, 1);
        QVERIFY(text.contains(QStringLiteral("Pièce justificative numéro 30 (original et copie)")));
        QVERIFY(text.contains(m_french.toString(m_day, QLocale::LongFormat)));
    }

    void printsOnAPrinter()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        // What the print dialog hands back, a printer with its own page (A5 here), printed to a file.
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        const WhereToGoExport::Outcome outcome = WhereToGoExport::print(
            slip(cityArticle()), nullptr, [&](QPrinter &printer, QWidget *) {
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(path);
                printer.setPageSize(QPageSize(QPageSize::A5));
                return true;
            });
        QVERIFY2(outcome.done, qPrintable(outcome.message));
        QVERIFY(!outcome.message.isEmpty());
        int pages = 0;
        const QString text = pdfText(path, &pages);
        QCOMPARE(pages, 1);
        QVERIFY(text.contains(cityArticle().referral.phone));
        // Cancelled: nothing printed, nothing to say.
        const WhereToGoExport::Outcome cancelled =
            WhereToGoExport::print(slip(cityArticle()), nullptr, [](QPrinter &, QWidget *) { return false; });
        QVERIFY(!cancelled.done);
        QVERIFY(cancelled.message.isEmpty());
    }

    void unwritablePathIsRefusedWithAReason()
    {
        const WhereToGoSlip city = slip(cityArticle());
        QString error;
        QVERIFY(!city.writePdf(QStringLiteral("/proc/where-to-go.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/where-to-go.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/where-to-go.pdf")));
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/slip.pdf"));
        QVERIFY(!city.writePdf(missing, &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no"))).exists());
        // Through the export: the agent is told why, and nothing is written.
        const WhereToGoExport::Outcome outcome = WhereToGoExport::savePdf(city, nullptr, missing);
        QVERIFY(!outcome.done);
        QVERIFY(outcome.message.contains(QStringLiteral("no/such/folder")));
        QVERIFY(!QFile::exists(missing));
    }

    void savePdfReplacesAnOlderFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older file");
        }
        const WhereToGoExport::Outcome outcome = WhereToGoExport::savePdf(slip(cityArticle()), nullptr, path);
        QVERIFY2(outcome.done, qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QDir::toNativeSeparators(path)));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        // The suggested name comes from the article's external id.
        QCOMPARE(slip(cityArticle()).suggestedBaseName(), QStringLiteral("where-to-go-V-voirie"));
    }

    void realFicheSendsTheVisitorToItsPlaces()
    {
        if (kbDir().isEmpty())
            QSKIP("Service-Public fiches absent: set GUICHET_KB_DIR to ../shared/data/kb");
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        TestStore t;
        KbImporter(t.store()).importFile(kbFichesFile());
        const auto fiche = ArticleRepository(t.store()).getByExternalId(QStringLiteral("F21246"));
        QVERIFY(fiche);
        const FixedClock clock(QDateTime(m_day, QTime(9, 30), Qt::UTC));
        const WhereToGoSlip loaded = WhereToGoExport::load(t.store(), clock, QString(), fiche->id);
        QCOMPARE(loaded.data().printedOn, m_day);
        int pages = 0;
        const QString text =
            writeAndRead(WhereToGoSlip(loaded.data(), m_french), QStringLiteral("F21246.pdf"), &pages);
        QCOMPARE(pages, 1);
        for (const QString &value :
             {fiche->title, QStringLiteral("Commissariat ou Gendarmerie"),
              QStringLiteral("Mairie délivrant des passeports biométriques"), fiche->sourceUrl,
              ArticleText::attribution(*fiche, m_french).simplified()})
            QVERIFY2(text.contains(value), qPrintable(value + QStringLiteral(" not in: ") + text));
    }
};

QTEST_MAIN(TestWhereToGoSlip)
#include "tst_wheretogoslip.moc"
