// guichet-cli requests find | show | receipt, black-box, on the demo city: a request found by its
// reference, its requester's name or phone (JSON with status, service, age and due date); shown
// with its history (and the opening written to the audit log); its receipt written as a PDF (read
// back with pdftotext, the opening logged too); an unknown reference exits 1 with a one-line reason
// and writes nothing; usage errors exit 2. The receipt runs without QT_QPA_PLATFORM: the command
// must find its own way to lay out the PDF headless.
#include "DemoTestContext.h"
#include "ExternalTool.h"
#include "ProcessRun.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "domain/RequestDueDate.h"
#include "repo/RequestRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "requests/RecordOpeningLog.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

namespace {

const QString kVoirie = QStringLiteral("Métropole – service Voirie (signalements)");

} // namespace

class TestRequestQueryCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QTemporaryDir m_dir;
    QString m_agent;
    Request m_request;

    ProcessRun cli(const QStringList &arguments, bool json = true) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("WAYLAND_DISPLAY")})
            environment.remove(name);
        QStringList all{QStringLiteral("--store"), m_test->path()};
        if (json)
            all << QStringLiteral("--json");
        return runProcess(QStringLiteral(GUICHET_CLI_PATH), all + QStringList{QStringLiteral("requests")} + arguments,
                          environment);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    qint64 openings() const
    {
        return sql::scalar(m_test->store().connection(), QStringLiteral("SELECT count(*) FROM record_openings"))
            .toLongLong();
    }
    static bool lists(const ProcessRun &run, const QString &reference)
    {
        const QJsonArray found = run.json().value(QLatin1String("requests")).toArray();
        return std::any_of(found.cbegin(), found.cend(), [&](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("reference")).toString() == reference;
        });
    }
    static QString pdfText(const QString &pdf)
    {
        const ProcessRun text = runProcess(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
        return QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_test = std::make_unique<TestStore>();
        DemoContext demo = demoContextFor(*m_test);
        Transaction transaction(m_test->store().connection());
        generateSitesAgentsServices(demo);
        generateCityArticles(demo);
        generateRequests(demo);
        const QString m3 = demo.siteIdByCode.value(QStringLiteral("M3"));
        m_agent = demo.agentIds.first();
        SyncStateRepository::setValue(demo.db, SyncStateRepository::CurrentSite, m3);
        SyncStateRepository::setValue(demo.db, SyncStateRepository::CurrentAgent, m_agent);
        transaction.commit();

        Request draft;
        draft.siteId = m3;
        draft.requesterName = QStringLiteral("QUILLET Bérénice");
        draft.requesterPhone = QStringLiteral("06 12 34 56 78");
        draft.consent = true;
        draft.subject = QStringLiteral("Nid de poule rue Duguesclin");
        draft.competentService = kVoirie;
        m_request = RequestRepository(m_test->store()).create(draft, m_agent);
        RequestRepository(m_test->store())
            .addNote(m_request.id, QStringLiteral("La requérante a rappelé pour préciser l'adresse."), m_agent);
    }

    void everySubCommandAnswersHelp()
    {
        const ProcessRun find = cli({QStringLiteral("find"), QStringLiteral("--help")}, false);
        QCOMPARE(find.exitCode, 0);
        QVERIFY(find.out.contains("--limit"));
        const ProcessRun show = cli({QStringLiteral("show"), QStringLiteral("--help")}, false);
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("REF"));
        const ProcessRun receipt = cli({QStringLiteral("receipt"), QStringLiteral("--help")}, false);
        QCOMPARE(receipt.exitCode, 0);
        QVERIFY(receipt.out.contains("--pdf"));
        QVERIFY(receipt.out.contains("--lang"));
        const ProcessRun top = runProcess(QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(top.out.contains("requests find"));
    }

    void findsByReferenceNameAndPhone()
    {
        const qint64 before = openings();
        const ProcessRun byReference = cli({QStringLiteral("find"), m_request.reference});
        QVERIFY2(byReference.exitCode == 0, byReference.err.constData());
        const QJsonObject json = byReference.json();
        QCOMPARE(json.value(QLatin1String("count")).toInt(), 1);
        const QJsonObject found = json.value(QLatin1String("requests")).toArray().first().toObject();
        QCOMPARE(found.value(QLatin1String("id")).toString(), m_request.id);
        QCOMPARE(found.value(QLatin1String("reference")).toString(), m_request.reference);
        QCOMPARE(found.value(QLatin1String("requester")).toString(), m_request.requesterName);
        QCOMPARE(found.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QCOMPARE(found.value(QLatin1String("competent_service")).toString(), kVoirie);
        QCOMPARE(found.value(QLatin1String("due_date")).toString(), m_request.dueDate.toString(Qt::ISODate));
        QVERIFY(found.value(QLatin1String("age_days")).isDouble());
        QVERIFY(found.value(QLatin1String("age_days")).toInt() >= 0);
        QVERIFY(found.value(QLatin1String("overdue")).isBool());

        QVERIFY(lists(cli({QStringLiteral("find"), QStringLiteral("QUILLET")}), m_request.reference));
        QVERIFY(lists(cli({QStringLiteral("find"), QStringLiteral("quillet")}), m_request.reference));
        QVERIFY(lists(cli({QStringLiteral("find"), QStringLiteral("0612345678")}), m_request.reference));
        QVERIFY(lists(cli({QStringLiteral("find"), QStringLiteral("+33 6 12 34 56 78")}), m_request.reference));
        QVERIFY(!lists(cli({QStringLiteral("find"), QStringLiteral("zzz-nobody")}), m_request.reference));

        // --limit pages the matches of a common prefix.
        const ProcessRun many = cli({QStringLiteral("find"), m_request.reference.left(8), QStringLiteral("--limit"),
                                     QStringLiteral("3")});
        QCOMPARE(many.exitCode, 0);
        QCOMPARE(many.json().value(QLatin1String("requests")).toArray().size(), 3);

        // The text: one line per request with status, service, age and due date.
        const ProcessRun text = cli({QStringLiteral("find"), m_request.reference}, false);
        QCOMPARE(text.exitCode, 0);
        const QString line = QString::fromUtf8(text.out).trimmed();
        for (const QString &value : {m_request.reference, m_request.requesterName, QStringLiteral("new"), kVoirie,
                                     QStringLiteral("due ") + m_request.dueDate.toString(Qt::ISODate)})
            QVERIFY2(line.contains(value), qPrintable(value + QStringLiteral(" not in: ") + line));
        QCOMPARE(openings(), before); // a search opens no record
    }

    void showPrintsTheTimelineAndLogsTheOpening()
    {
        const qint64 before = openings();
        const ProcessRun run = cli({QStringLiteral("show"), m_request.reference.toLower()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("reference")).toString(), m_request.reference);
        QCOMPARE(json.value(QLatin1String("subject")).toString(), m_request.subject);
        QCOMPARE(json.value(QLatin1String("competent_service")).toString(), kVoirie);
        QVERIFY(json.value(QLatin1String("service_contact")).toString().contains(QStringLiteral("04 65 71 20 10")));
        QCOMPARE(json.value(QLatin1String("due_date")).toString(), m_request.dueDate.toString(Qt::ISODate));
        QVERIFY(json.value(QLatin1String("overdue")).isBool());
        const QJsonArray events = json.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("created"));
        const QJsonObject note = events.at(1).toObject();
        QCOMPARE(note.value(QLatin1String("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(note.value(QLatin1String("agent_id")).toString(), m_agent);
        QVERIFY(!note.value(QLatin1String("agent")).toString().isEmpty());
        QVERIFY(note.value(QLatin1String("text")).toString().contains(QStringLiteral("préciser l'adresse")));
        QVERIFY(!note.value(QLatin1String("at")).toString().isEmpty());
        QCOMPARE(json.value(QLatin1String("audit")).toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("view"));

        // The opening is in the audit trail, by the counter's agent, and queued for the server.
        QCOMPARE(openings(), before + 1);
        const RecordOpeningLog::Entry opening = RecordOpeningLog(m_test->store()).forRequest(m_request.id).first();
        QCOMPARE(opening.action, RecordOpeningLog::Action::View);
        QCOMPARE(opening.agentId, m_agent);
        QCOMPARE(opening.id, json.value(QLatin1String("audit")).toObject().value(QLatin1String("id")).toString());
        QCOMPARE(sql::scalar(m_test->store().connection(),
                             QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'record_openings' AND "
                                            "entity_id = ?"),
                             {opening.id})
                     .toInt(),
                 1);

        // The text: the timeline with who and what.
        const ProcessRun text = cli({QStringLiteral("show"), m_request.reference}, false);
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        for (const QString &value : {QStringLiteral("history:"), QStringLiteral("created"), QStringLiteral("note"),
                                     note.value(QLatin1String("agent")).toString(), kVoirie,
                                     QStringLiteral("04 65 71 20 10")})
            QVERIFY2(out.contains(value), qPrintable(value + QStringLiteral(" not in: ") + out));
        QCOMPARE(openings(), before + 2);
    }

    void receiptWritesThePdfAndLogsIt()
    {
        const qint64 before = openings();
        const QString pdf = file(QStringLiteral("receipt.pdf"));
        const ProcessRun run = cli({QStringLiteral("receipt"), m_request.reference, QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("reference")).toString(), m_request.reference);
        QCOMPARE(json.value(QLatin1String("pdf")).toString(), QFileInfo(pdf).absoluteFilePath());
        QCOMPARE(json.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(json.value(QLatin1String("qr_code")).toString(), QStringLiteral("guichet:request/") + m_request.reference);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QCOMPARE(openings(), before + 1);
        QCOMPARE(RecordOpeningLog(m_test->store()).forRequest(m_request.id).first().action,
                 RecordOpeningLog::Action::Receipt);

        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        // French by default: the due date as a long French date.
        const QString french = pdfText(pdf);
        const QLocale fr(QLocale::French, QLocale::France);
        for (const QString &value : {m_request.reference, m_request.subject, kVoirie,
                                     fr.toString(m_request.dueDate, QLocale::LongFormat)})
            QVERIFY2(french.contains(value), qPrintable(value + QStringLiteral(" not in: ") + french));

        const QString englishPdf = file(QStringLiteral("receipt-en.pdf"));
        QCOMPARE(cli({QStringLiteral("receipt"), m_request.reference, QStringLiteral("--pdf"), englishPdf,
                      QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
                 0);
        const QString english = pdfText(englishPdf);
        QVERIFY2(english.contains(QStringLiteral("Acknowledgement of receipt")), qPrintable(english));
        QVERIFY(english.contains(m_request.reference));
        QCOMPARE(openings(), before + 2);
    }

    void anUnknownReferenceWritesNothing()
    {
        const qint64 before = openings();
        const QString unknown = QStringLiteral("M3-2026-999999-A");
        const ProcessRun show = cli({QStringLiteral("show"), unknown});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains(unknown.toUtf8()), show.err.constData());
        QCOMPARE(show.err.trimmed().count('\n'), 0);
        QVERIFY(show.out.isEmpty());

        const QString pdf = file(QStringLiteral("unknown.pdf"));
        const ProcessRun receipt = cli({QStringLiteral("receipt"), unknown, QStringLiteral("--pdf"), pdf});
        QCOMPARE(receipt.exitCode, 1);
        QVERIFY2(receipt.err.contains(unknown.toUtf8()), receipt.err.constData());
        QCOMPARE(receipt.err.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(pdf));

        // An unwritable file: the reason names it, and no receipt is logged.
        const ProcessRun unwritable =
            cli({QStringLiteral("receipt"), m_request.reference, QStringLiteral("--pdf"), QStringLiteral("/proc/r.pdf")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("/proc/r.pdf"), unwritable.err.constData());
        QCOMPARE(unwritable.err.trimmed().count('\n'), 0);
        QCOMPARE(openings(), before);
    }

    void usageErrors()
    {
        const qint64 before = openings();
        const QString pdf = file(QStringLiteral("usage.pdf"));
        const QList<QStringList> wrong{
            {QStringLiteral("receipt"), m_request.reference},                          // no --pdf
            {QStringLiteral("receipt"), QStringLiteral("--pdf"), pdf},                 // no reference
            {QStringLiteral("receipt"), m_request.reference, QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
             QStringLiteral("de")},
            {QStringLiteral("receipt"), m_request.reference, QStringLiteral("other"), QStringLiteral("--pdf"), pdf},
            {QStringLiteral("show")},
            {QStringLiteral("show"), m_request.reference, QStringLiteral("other")},
            {QStringLiteral("show"), m_request.reference, QStringLiteral("--frobnicate")},
            {QStringLiteral("find")},
            {QStringLiteral("find"), QStringLiteral("QUILLET"), QStringLiteral("--limit"), QStringLiteral("0")},
            {QStringLiteral("find"), QStringLiteral("QUILLET"), QStringLiteral("--limit"), QStringLiteral("many")},
            {QStringLiteral("frobnicate")},
        };
        for (const QStringList &arguments : wrong) {
            const ProcessRun run = cli(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                                   QString::fromUtf8(run.err)));
            QVERIFY(!run.err.isEmpty());
        }
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(openings(), before);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueryCli)
#include "tst_requestquerycli.moc"
