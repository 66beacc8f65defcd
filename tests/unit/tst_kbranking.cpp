// Knowledge-base ranking over the real Service-Public fiches: queries as agents type them at the
// counter (typos, missing accents, acronyms, everyday words, French word variants, any word order),
// each with the fiches that answer it (checked by reading the corpus), must rank an answer in the
// top three. Written by the team, independent of queries-public.json; the fiches are read from
// ../shared/data/kb (the test skips when they are absent).
#include "KbFixtures.h"
#include "TestStore.h"
#include "kb/KbImporter.h"
#include "kb/KbSearch.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace guichet;
using namespace guichet::testing;

class TestKbRanking : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<KbSearch> m_search;
    int m_queries = 0;
    int m_hits = 0;

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
        if (kbDir().isEmpty())
            QSKIP("Service-Public fiches absent: set GUICHET_KB_DIR to ../shared/data/kb to measure ranking");
        m_store = std::make_unique<TestStore>();
        KbImporter(m_store->store()).importFile(kbFichesFile());
        m_search = std::make_unique<KbSearch>(m_store->store());
        m_search->reload();
    }

    void top3_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // any of them in the top 3 is a hit
        const auto row = [](const char *kind, const char *query, std::initializer_list<const char *> ids) {
            QStringList expected;
            for (const char *id : ids)
                expected << QString::fromLatin1(id);
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(kind), QString::fromUtf8(query))))
                << QString::fromUtf8(query) << expected;
        };
        // Typos.
        row("typo", "inscripsion liste electorale", {"F1367", "F1961", "F1965", "F34779"});
        row("typo", "pasport perdu", {"F21246", "F21244"});
        row("typo", "casier judicaire", {"F1420", "F14710"});
        row("typo", "naturalistion", {"F2213"});
        row("typo", "procuraton vote", {"F1604"});
        row("typo", "renouvelement passeport", {"F21091", "F21092"});
        // Missing accents, lower case.
        row("accents", "declaration de naissance", {"F961"});
        row("accents", "copie acte de deces", {"F1444"});
        row("accents", "legalisation de signature", {"F1411"});
        row("accents", "cheque energie", {"F33667"});
        row("accents", "inscription ecole maternelle", {"F1864"});
        // Acronyms.
        row("acronym", "cni mineur", {"F1342", "F21090"});
        row("acronym", "demande hlm", {"F10007"});
        row("acronym", "apl", {"F12006"});
        row("acronym", "ast mineur", {"F1359"});
        row("acronym", "aah", {"F12242"});
        row("acronym", "jdc", {"F871"});
        row("acronym", "ehpad", {"F763", "F255"});
        row("acronym", "rsa", {"F19778", "F286", "F15553"});
        row("acronym", "caf allocations familiales", {"F13213"});
        // Everyday words for the official names.
        row("everyday", "carte grise demenagement", {"F12118"});
        row("everyday", "prix carte grise", {"F19211"});
        row("everyday", "vendre sa voiture", {"F1707"});
        row("everyday", "combien coute un passport", {"F34752"});
        row("everyday", "papiers d'identite voles", {"F1759", "F1794", "F18704", "F31421"});
        // French word variants (verb / noun, participle / noun).
        row("variant", "declarer un deces", {"F909"});
        row("variant", "livret de famille perdu", {"F11994"});
        row("variant", "renouveler carte identite", {"F21089", "F21090"});
        row("variant", "reconnaitre un enfant", {"F887"});
        row("variant", "dissolution pacs", {"F1620"});
        row("variant", "inscrire enfant ecole", {"F1865", "F1864"});
        row("variant", "permis de conduire perdu", {"F1727"});
        // Word order.
        row("order", "perdu passeport", {"F21246", "F21244"});
        row("order", "naissance declaration", {"F961"});
        row("order", "judiciaire casier extrait", {"F1420"});
    }

    void top3()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QElapsedTimer timer;
        timer.start();
        const QStringList top3 = ids(m_search->search(query, 3));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        bool hit = false;
        for (const QString &id : expected)
            hit = hit || top3.contains(id);
        ++m_queries;
        m_hits += hit ? 1 : 0;
        qInfo("%s %-32s %5.1f ms  %s", hit ? "hit " : "MISS", qPrintable(query), ms,
              qPrintable(top3.join(QStringLiteral(", "))));
        QVERIFY2(hit, qPrintable(QStringLiteral("%1 → %2 (expected one of %3)")
                                     .arg(query, top3.join(QStringLiteral(", ")),
                                          expected.join(QStringLiteral(", ")))));
    }

    void cleanupTestCase()
    {
        if (m_queries > 0)
            qInfo("hit@3 on the agent queries: %d/%d = %.2f", m_hits, m_queries, double(m_hits) / m_queries);
        m_search.reset();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestKbRanking)
#include "tst_kbranking.moc"
