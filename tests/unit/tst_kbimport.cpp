// Importing the Service-Public fiches: all of them, idempotently, all or nothing.
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/KbImporter.h"
#include "kb/KbSearch.h"
#include "repo/ArticleRepository.h"
#include "store/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace guichet;
using namespace guichet::testing;

class TestKbImport : public QObject
{
    Q_OBJECT

private:
    static int count(LocalStore &store, const QString &sql)
    {
        return sql::scalar(store.connection(), sql).toInt();
    }
    static int articleCount(LocalStore &store)
    {
        return count(store, QStringLiteral("SELECT count(*) FROM articles"));
    }
    static int indexedTerms(LocalStore &store)
    {
        return count(store, QStringLiteral("SELECT count(*) FROM articles_fts_vocab"));
    }
    static QString realFile()
    {
        const QString file = kbFichesFile();
        if (file.isEmpty())
            qWarning("The Service-Public fiches (../shared/data/kb/service-public-fiches.jsonl) are absent: "
                     "set GUICHET_KB_DIR to their folder to run this test.");
        return file;
    }

private slots:
    void importsEveryRealFiche()
    {
        const QString file = realFile();
        if (file.isEmpty())
            QSKIP("Service-Public fiches absent (GUICHET_KB_DIR)");
        TestStore t;
        QElapsedTimer timer;
        timer.start();
        const KbImportReport report = KbImporter(t.store()).importFile(file);
        qInfo("imported %d fiches in %lld ms", report.inserted, timer.elapsed());
        QCOMPARE(report.lines, 2897);
        QCOMPARE(report.inserted, 2897);
        QCOMPARE(report.updated, 0);
        QCOMPARE(articleCount(t.store()), 2897);

        const auto fiche = ArticleRepository(t.store()).getByExternalId(QStringLiteral("F1342"));
        QVERIFY(fiche.has_value());
        QCOMPARE(fiche->source, Article::Source::ServicePublic);
        QCOMPARE(fiche->bodyFormat, Article::BodyFormat::ServicePublic);
        QCOMPARE(fiche->competence, Competence::Etat);
        QVERIFY(fiche->title.contains(QStringLiteral("mineur")));
        QVERIFY(!fiche->summary.isEmpty());
        QVERIFY(fiche->sourceModified.isValid());
        QVERIFY(fiche->sourceUrl.endsWith(QStringLiteral("/F1342")));
        QVERIFY(fiche->tags.contains(QStringLiteral("Carte d'identité")));
        QVERIFY(!fiche->related.isEmpty());
        QVERIFY(fiche->extra.contains(QStringLiteral("services")));

        // Re-import: nothing new, nothing changed.
        timer.restart();
        const KbImportReport again = KbImporter(t.store()).importFile(file);
        qInfo("re-import in %lld ms", timer.elapsed());
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2897);
        QCOMPARE(articleCount(t.store()), 2897);
    }

    void changedFicheIsUpdated()
    {
        TestStore t;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("fiches.jsonl"));
        QVERIFY(
            writeLines(path, {ficheLine(QStringLiteral("F900001"), QStringLiteral("Titre ancien zorbanite"),
                                        QStringLiteral("Corps du texte.")),
                              ficheLine(QStringLiteral("F900002"), QStringLiteral("Autre fiche"),
                                        QStringLiteral("Autre corps."))}));
        KbImportReport report = KbImporter(t.store()).importFile(path);
        QCOMPARE(report.inserted, 2);

        // Same `modified` date but a changed title: still an update (content changed).
        QVERIFY(
            writeLines(path, {ficheLine(QStringLiteral("F900001"), QStringLiteral("Titre nouveau quarzelite"),
                                        QStringLiteral("Corps du texte.")),
                              ficheLine(QStringLiteral("F900002"), QStringLiteral("Autre fiche"),
                                        QStringLiteral("Autre corps."))}));
        report = KbImporter(t.store()).importFile(path);
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 1);
        // A newer `modified` date alone is an update too.
        QVERIFY(
            writeLines(path, {ficheLine(QStringLiteral("F900001"), QStringLiteral("Titre nouveau quarzelite"),
                                        QStringLiteral("Corps du texte."), QStringLiteral("2021-01-04"))}));
        report = KbImporter(t.store()).importFile(path);
        QCOMPARE(report.updated, 1);
        QCOMPARE(articleCount(t.store()), 2);

        const auto fiche = ArticleRepository(t.store()).getByExternalId(QStringLiteral("F900001"));
        QVERIFY(fiche.has_value());
        QCOMPARE(fiche->title, QStringLiteral("Titre nouveau quarzelite"));
        QCOMPARE(fiche->sourceModified, QDate(2021, 1, 4));
        KbSearch search(t.store());
        QCOMPARE(search.search(QStringLiteral("quarzelite ")).size(), 1);
        QCOMPARE(search.search(QStringLiteral("zorbanite ")).size(), 0); // the index forgot the old title
    }

    void malformedFileNamesTheLineAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("what");
        const QByteArray valid =
            ficheLine(QStringLiteral("F900003"), QStringLiteral("T"), QStringLiteral("B"));
        QTest::newRow("not json") << QByteArray("{\"id\": \"F9\", \"title\": ")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("missing id") << QByteArray(valid).replace("\"id\"", "\"ident\"")
                                    << QStringLiteral("\"id\"");
        QTest::newRow("title not a string")
            << QByteArray(R"({"id":"F9","title":5,"body":"b","modified":"2020-01-01"})")
            << QStringLiteral("\"title\"");
        QTest::newRow("body missing")
            << QByteArray(R"({"id":"F9","title":"t","modified":"2020-01-01"})") << QStringLiteral("\"body\"");
        QTest::newRow("bad date") << QByteArray(valid).replace("2020-11-05", "2020-13-45")
                                  << QStringLiteral("\"modified\"");
        QTest::newRow("related not a list")
            << QByteArray(R"({"id":"F9","title":"t","body":"b","modified":"2020-01-01","related":"F1"})")
            << QStringLiteral("\"related\"");
        QTest::newRow("duplicate id")
            << ficheLine(QStringLiteral("F900001"), QStringLiteral("Doublon"), QStringLiteral("B"))
            << QStringLiteral("already appears on line 1");
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"id\":\"F9\",\"title\":\"\xff\xfe\",\"body\":\"b\",\"modified\":\"2020-01-01\"}")
            << QStringLiteral("not valid JSON");
    }

    void malformedFileNamesTheLineAndWritesNothing()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, what);
        TestStore t;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("bad.jsonl"));
        QVERIFY(writeLines(
            path, {ficheLine(QStringLiteral("F900001"), QStringLiteral("Première"), QStringLiteral("Un.")),
                   QByteArray(), // blank lines are skipped but counted
                   ficheLine(QStringLiteral("F900002"), QStringLiteral("Deuxième"), QStringLiteral("Deux.")),
                   badLine,
                   ficheLine(QStringLiteral("F900004"), QStringLiteral("Après"), QStringLiteral("Trois."))}));
        try {
            KbImporter(t.store()).importFile(path);
            QFAIL("a malformed line must abort the import");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().startsWith(QStringLiteral("line 4: ")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(what), qPrintable(error.message()));
        }
        QCOMPARE(articleCount(t.store()), 0);
        QCOMPARE(indexedTerms(t.store()), 0);
    }

    void malformedRealFileWritesNothing()
    {
        const QString file = realFile();
        if (file.isEmpty())
            QSKIP("Service-Public fiches absent (GUICHET_KB_DIR)");
        // The first 500 real fiches with line 321 cut in half (copied to a temporary file only).
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QList<QByteArray> lines;
        while (lines.size() < 500)
            lines << source.readLine().trimmed();
        lines[320] = lines[320].left(lines[320].size() / 2);
        TestStore t;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("cut.jsonl"));
        QVERIFY(writeLines(path, lines));
        QVERIFY_THROWS_EXCEPTION(StoreError, KbImporter(t.store()).importFile(path));
        try {
            KbImporter(t.store()).importFile(path);
        } catch (const StoreError &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("line 321: ")), qPrintable(error.message()));
        }
        QCOMPARE(articleCount(t.store()), 0);
        QCOMPARE(indexedTerms(t.store()), 0);
    }

    void fullDiskLeavesNothingHalfImported()
    {
        const QString file = realFile();
        if (file.isEmpty())
            QSKIP("Service-Public fiches absent (GUICHET_KB_DIR)");
        TestStore t;
        const QSqlDatabase db = t.store().connection();
        const int pages = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
        // About 2 MB more: the fiches need about 40.
        sql::scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 500));
        try {
            KbImporter(t.store()).importFile(file);
            QFAIL("the import must fail on a full disk");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::DiskFull);
            QVERIFY2(error.message().contains(QStringLiteral("disk is full")), qPrintable(error.message()));
        }
        QCOMPARE(articleCount(t.store()), 0);
        QCOMPARE(indexedTerms(t.store()), 0);
        // Space freed: the same import now goes through.
        sql::scalar(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QCOMPARE(KbImporter(t.store()).importFile(file).inserted, 2897);
    }

    void warningsAreKeptButNotSearchable()
    {
        TestStore t;
        const QString path = QDir(t.dir()).filePath(QStringLiteral("warn.jsonl"));
        QVERIFY(writeLines(
            path, {ficheLine(QStringLiteral("F900010"), QStringLiteral("Fiche avec bandeau"),
                             QStringLiteral("Texte permanent."), QStringLiteral("2020-11-05"),
                             QStringLiteral("Mesure temporaire confinovirus jusqu'au 1er décembre."))}));
        QCOMPARE(KbImporter(t.store()).importFile(path).inserted, 1);
        KbSearch search(t.store());
        QCOMPARE(search.search(QStringLiteral("confinovirus ")).size(), 0);
        QCOMPARE(search.search(QStringLiteral("permanent ")).size(), 1);
        const auto fiche = ArticleRepository(t.store()).getByExternalId(QStringLiteral("F900010"));
        QVERIFY(fiche.has_value());
        QVERIFY(!fiche->body.contains(QStringLiteral("confinovirus")));
        QVERIFY(fiche->extra.value(QStringLiteral("warnings")).isArray());
    }

    void realWarningsAreNotIndexed()
    {
        const QString file = realFile();
        if (file.isEmpty())
            QSKIP("Service-Public fiches absent (GUICHET_KB_DIR)");
        TestStore t;
        KbImporter(t.store()).importFile(file);
        // Every fiche with warnings: none of the warnings' words that appear nowhere else is indexed.
        const int withWarnings =
            count(t.store(), QStringLiteral("SELECT count(*) FROM articles WHERE "
                                            "json_array_length(extra, '$.warnings') > 0"));
        QCOMPARE(withWarnings, 270);
        QCOMPARE(
            count(t.store(), QStringLiteral("SELECT count(*) FROM articles WHERE body LIKE '%Covid-19%' "
                                            "AND json_array_length(extra, '$.warnings') > 0 AND "
                                            "instr(body, json_extract(extra, '$.warnings[0].text')) > 0")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestKbImport)
#include "tst_kbimport.moc"
