// Knowledge-base search: accents, prefixes as you type, typos, synonyms, ranking; hit@3 on the
// public queries over the real Service-Public fiches.
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/KbImporter.h"
#include "kb/KbLexicon.h"
#include "kb/KbSearch.h"
#include "store/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace guichet;
using namespace guichet::testing;

class TestKbSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_small;

    static QStringList ids(const QList<KbHit> &hits)
    {
        QStringList list;
        for (const KbHit &hit : hits)
            list << hit.externalId;
        return list;
    }

private slots:
    void initTestCase()
    {
        m_small = std::make_unique<TestStore>();
        insertArticles(
            m_small->store(),
            {
                makeArticle(QStringLiteral("V-etat-civil"), QStringLiteral("État civil : actes de naissance"),
                            QStringLiteral("Les actes sont délivrés par la mairie du lieu de l'événement.")),
                makeArticle(QStringLiteral("V-passeport"), QStringLiteral("Passeport : prise de rendez-vous"),
                            QStringLiteral("Le passeport se demande sur rendez-vous.")),
                makeArticle(QStringLiteral("V-cni"),
                            QStringLiteral("Carte nationale d'identité : première demande"),
                            QStringLiteral("La carte se demande en mairie.")),
                makeArticle(QStringLiteral("V-recensement"), QStringLiteral("Recensement citoyen à 16 ans"),
                            QStringLiteral("Tout jeune Français se fait recenser.")),
                makeArticle(QStringLiteral("V-accueil"), QStringLiteral("Accueil des usagers sourds"),
                            QStringLiteral("Tablette de visio-interprétation en langue des signes.")),
                makeArticle(QStringLiteral("V-cimetiere"), QStringLiteral("Cimetières et concessions"),
                            QStringLiteral("Les concessions durent 15, 30 ou 50 ans.")),
                makeArticle(
                    QStringLiteral("V-salles"), QStringLiteral("Location de salles municipales"),
                    QStringLiteral(
                        "Une salle proche du cimetière peut accueillir une réunion après des obsèques. "
                        "Réservation six semaines avant. Caution demandée. Assurance obligatoire.")),
                makeArticle(QStringLiteral("V-pacs"),
                            QStringLiteral("Pacte civil de solidarité : enregistrement"),
                            QStringLiteral("Les partenaires viennent ensemble.")),
                makeArticle(QStringLiteral("V-grise"),
                            QStringLiteral("Certificat d'immatriculation : duplicata"),
                            QStringLiteral("La démarche se fait en ligne.")),
                makeArticle(QStringLiteral("V-deces"), QStringLiteral("Déclaration de décès"),
                            QStringLiteral("À faire en mairie dans les 24 heures."),
                            QStringLiteral("La déclaration se fait en mairie.")),
                makeArticle(QStringLiteral("V-passeport-deux"), QStringLiteral("Peut-on avoir deux passeports ?"),
                            QStringLiteral("Oui, un second passeport peut être délivré dans certains cas.")),
            });
        Article deleted = makeArticle(QStringLiteral("V-deleted"), QStringLiteral("Passeport supprimé"),
                                      QStringLiteral("Ne doit jamais être trouvé."));
        deleted.deleted = true;
        insertArticles(m_small->store(), {deleted});
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("accents missing") << QStringLiteral("etat civil") << QStringLiteral("V-etat-civil");
        QTest::newRow("upper case, accents")
            << QStringLiteral("ÉTAT CIVIL") << QStringLiteral("V-etat-civil");
        QTest::newRow("prefix as you type") << QStringLiteral("passep") << QStringLiteral("V-passeport");
        QTest::newRow("prefix of a second word") << QStringLiteral("carte nation") << QStringLiteral("V-cni");
        QTest::newRow("plural typed") << QStringLiteral("cimetieres ") << QStringLiteral("V-cimetiere");
        QTest::newRow("feminine / plural ending")
            << QStringLiteral("concessions funeraires cimetiere") << QStringLiteral("V-cimetiere");
        QTest::newRow("typo") << QStringLiteral("recensment ") << QStringLiteral("V-recensement");
        QTest::newRow("typo (acceuil)") << QStringLiteral("acceuil sourds") << QStringLiteral("V-accueil");
        QTest::newRow("acronym CNI") << QStringLiteral("cni") << QStringLiteral("V-cni");
        QTest::newRow("acronym PACS") << QStringLiteral("pacs ") << QStringLiteral("V-pacs");
        QTest::newRow("English word") << QStringLiteral("passport ") << QStringLiteral("V-passeport");
        QTest::newRow("everyday name")
            << QStringLiteral("duplicata carte grise") << QStringLiteral("V-grise");
        QTest::newRow("stop words ignored")
            << QStringLiteral("la location des salles") << QStringLiteral("V-salles");
        QTest::newRow("title outranks body") << QStringLiteral("cimetiere") << QStringLiteral("V-cimetiere");
        QTest::newRow("verb for the noun") << QStringLiteral("declarer un deces") << QStringLiteral("V-deces");
        QTest::newRow("verb for the noun, typed") << QStringLiteral("deces declarer") << QStringLiteral("V-deces");
        QTest::newRow("procedure before a question")
            << QStringLiteral("passeport ") << QStringLiteral("V-passeport");
        QTest::newRow("typo of two letters") << QStringLiteral("pasport ") << QStringLiteral("V-passeport");
        QTest::newRow("a short word being typed does not empty the list")
            << QStringLiteral("pacs enr") << QStringLiteral("V-pacs");
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        KbSearch search(m_small->store());
        const QList<KbHit> hits = search.search(query, 5);
        QVERIFY2(!hits.isEmpty(), qPrintable(query + QStringLiteral(" → ") + search.plan(query).allTerms));
        QCOMPARE(hits.first().externalId, first);
        QVERIFY(hits.first().score > 0);
        QVERIFY(!hits.first().id.isEmpty());
        QVERIFY(!hits.first().title.isEmpty());
    }

    void titleOutranksBody()
    {
        KbSearch search(m_small->store());
        const QStringList found = ids(search.search(QStringLiteral("cimetiere"), 5));
        QVERIFY(found.indexOf(QStringLiteral("V-cimetiere")) < found.indexOf(QStringLiteral("V-salles")));
        QVERIFY(found.contains(QStringLiteral("V-salles")));
    }

    void nothingForNothing()
    {
        KbSearch search(m_small->store());
        QVERIFY(search.search(QString()).isEmpty());
        QVERIFY(search.search(QStringLiteral("  ' \" * ( ) : ")).isEmpty()); // nothing breaks the FTS syntax
        QVERIFY(search.search(QStringLiteral("\"passeport")).size() >= 1);
        QVERIFY(search.search(QStringLiteral("xylophonique ")).isEmpty());
        QVERIFY(!ids(search.search(QStringLiteral("supprime"))).contains(QStringLiteral("V-deleted")));
    }

    void summaryGivesTheSnippetWhenItMatches()
    {
        KbSearch search(m_small->store());
        const QList<KbHit> hits = search.search(QStringLiteral("declaration deces"), 1);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(KbSearch::snippetText(hits.first().snippet), QStringLiteral("La déclaration se fait en mairie."));
        QVERIFY(KbSearch::snippetHtml(hits.first().snippet).contains(QStringLiteral("<b>déclaration</b>")));
    }

    void lexiconIsData()
    {
        KbLexicon lexicon;
        QString error;
        QVERIFY(!lexicon.loadJson("{ not json", &error));
        QVERIFY(!error.isEmpty());
        const QByteArray json = "{\"synonyms\": {\"Cr\xc3\xa8" "che\": [\"accueil du jeune enfant\"]},"
                                "\"equivalents\": [[\"carte grise\", \"certificat d'immatriculation\"]],"
                                "\"variant_suffixes\": [\"e\", \"ation\"]}";
        QVERIFY(lexicon.loadJson(json, &error));
        QCOMPARE(lexicon.synonyms().values(QStringLiteral("creche")), QStringList{QStringLiteral("accueil du jeune enfant")});
        QCOMPARE(lexicon.synonyms().values(QStringLiteral("carte grise")),
                 QStringList{QStringLiteral("certificat d'immatriculation")});
        QCOMPARE(lexicon.synonyms().values(QStringLiteral("certificat d immatriculation")),
                 QStringList{QStringLiteral("carte grise")});
        QCOMPARE(lexicon.variantSuffixes(), (QStringList{QStringLiteral("ation"), QStringLiteral("e")}));

        // The lexicon compiled into the app holds the acronyms agents type.
        KbLexicon shipped;
        QVERIFY2(shipped.loadFile(KbLexicon::defaultResource(), &error), qPrintable(error));
        for (const char *acronym : {"cni", "pacs", "rsa", "apl", "caf", "hlm", "ast", "aah"})
            QVERIFY2(shipped.synonyms().contains(QLatin1String(acronym)), acronym);
        QVERIFY(!shipped.variantSuffixes().isEmpty());
    }

    void citySynonymsFromTheStore()
    {
        TestStore t;
        insertArticles(t.store(), {makeArticle(QStringLiteral("V-ccas"), QStringLiteral("Aide sociale facultative"),
                                               QStringLiteral("Le centre instruit les demandes."))});
        KbSearch search(t.store());
        QVERIFY(search.search(QStringLiteral("coup de pouce ")).isEmpty());
        sql::exec(t.store().connection(),
                  QStringLiteral("INSERT INTO kb_synonyms (term, alternative) VALUES ('coup de pouce', 'aide sociale')"));
        search.reload();
        QCOMPARE(ids(search.search(QStringLiteral("coup de pouce "))), QStringList{QStringLiteral("V-ccas")});
    }

    void manyMatchesStayFastAndTitlesFirst()
    {
        // More articles hold the word than the search ranks one by one: it narrows to the titles
        // and still returns a full list, the articles named after the word first.
        TestStore t;
        QList<Article> articles;
        for (int i = 0; i < 1200; ++i)
            articles << makeArticle(QStringLiteral("V-body-%1").arg(i), QStringLiteral("Note de service %1").arg(i),
                                    QStringLiteral("Rappel : la tablette de visio-interprétation est au guichet %1.").arg(i));
        for (int i = 0; i < 3; ++i)
            articles << makeArticle(QStringLiteral("V-title-%1").arg(i), QStringLiteral("Tablette de visio-interprétation %1").arg(i),
                                    QStringLiteral("Où la trouver."));
        insertArticles(t.store(), articles);
        KbSearch search(t.store());
        for (const QString &query : {QStringLiteral("tablette"), QStringLiteral("tab"), QStringLiteral("tablette visio")}) {
            const QStringList found = ids(search.search(query, 10));
            QCOMPARE(found.size(), 10);
            for (int i = 0; i < 3; ++i)
                QVERIFY2(found.indexOf(QStringLiteral("V-title-%1").arg(i)) >= 0 &&
                             found.indexOf(QStringLiteral("V-title-%1").arg(i)) < 3,
                         qPrintable(query + QStringLiteral(" → ") + found.join(QStringLiteral(", "))));
        }
    }

    void keptResultsAreTheSame()
    {
        KbSearch search(m_small->store());
        const QStringList first = ids(search.search(QStringLiteral("passep"), 5));
        QCOMPARE(ids(search.search(QStringLiteral("passepo"), 5)), first); // same words known so far
        search.forgetResults();
        QCOMPARE(ids(search.search(QStringLiteral("passepo"), 5)), first);
    }

    void snippetHighlightsTheMatch()
    {
        KbSearch search(m_small->store());
        const QList<KbHit> hits = search.search(QStringLiteral("caution"), 1);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().snippet.contains(KbSearch::MatchStart));
        QVERIFY(KbSearch::snippetHtml(hits.first().snippet).contains(QStringLiteral("<b>Caution</b>")));
        QVERIFY(!KbSearch::snippetText(hits.first().snippet).contains(KbSearch::MatchStart));
    }

    void limitIsRespected()
    {
        KbSearch search(m_small->store());
        QCOMPARE(search.search(QStringLiteral("la"), 2).size(), 2);
    }

    void newArticlesAreFoundAfterAChange()
    {
        TestStore t;
        KbSearch search(t.store());
        QVERIFY(search.search(QStringLiteral("brocante ")).isEmpty());
        insertArticles(t.store(),
                       {makeArticle(QStringLiteral("V-brocante"), QStringLiteral("Vide-grenier et brocante"),
                                    QStringLiteral("Déclaration en mairie."))});
        QCOMPARE(ids(search.search(QStringLiteral("brocnte "))), QStringList{QStringLiteral("V-brocante")});
    }

    void hitAt3OnPublicQueries()
    {
        const QString dir = kbDir();
        if (dir.isEmpty())
            QSKIP("Service-Public fiches absent: set GUICHET_KB_DIR to ../shared/data/kb to measure hit@3");
        TestStore t;
        KbImporter(t.store()).importFile(kbFichesFile());
        QFile file(QDir(dir).filePath(QStringLiteral("queries-public.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray queries = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!queries.isEmpty());
        KbSearch search(t.store());
        int hits = 0;
        for (const QJsonValue &value : queries) {
            const QJsonObject entry = value.toObject();
            const QString query = entry.value(QStringLiteral("query")).toString();
            const QStringList top3 = ids(search.search(query, 3));
            bool hit = false;
            for (const QJsonValue &expected : entry.value(QStringLiteral("expected")).toArray())
                hit = hit || top3.contains(expected.toString());
            hits += hit ? 1 : 0;
            qInfo("%s %-45s %s", hit ? "hit " : "MISS", qPrintable(query),
                  qPrintable(top3.join(QStringLiteral(", "))));
        }
        const double hitAt3 = double(hits) / double(queries.size());
        qInfo("hit@3 on queries-public.json: %d/%d = %.2f", hits, int(queries.size()), hitAt3);
        QVERIFY2(hitAt3 >= 0.9, qPrintable(QStringLiteral("hit@3 = %1").arg(hitAt3)));
    }
};

QTEST_GUILESS_MAIN(TestKbSearch)
#include "tst_kbsearch.moc"
