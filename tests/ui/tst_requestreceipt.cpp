// The requester's acknowledgement of receipt, offscreen: what it says (RequestReceiptData, in the
// core) for a request filed at a mairie and for one filed online, its QR code (the reference, or the
// city's follow-up page when one is set), the PDF read back with pdftotext (reference, subject,
// service, due date as a long French date), and the request pane's "Print receipt" (Ctrl+P) and
// "Save receipt as PDF" (Ctrl+Shift+P): each copy written, reprinted at will, and logged to the
// audit trail; a cancelled dialog writes and logs nothing.
#include "DemoTestContext.h"
#include "ExternalTool.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "domain/RequestDueDate.h"
#include "itemmodels/RequestLabels.h"
#include "print/RequestReceipt.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "requests/RecordOpeningLog.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestReceiptData.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kVoirie = QStringLiteral("Métropole – service Voirie (signalements)");

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Line breaks fall where the page's width says: compare words. Ligatures ("ﬁ") become letters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestRequestReceipt : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QTemporaryDir m_dir;
    Site m_m3;
    Site m_hdv;
    QString m_agent;
    Request m_filed;  // at the Mairie du 3e, routed to the Métropole's roads service
    Request m_online; // on the website: no site of its own
    const QLocale m_french{QLocale::French, QLocale::France};

    LocalStore &store() { return m_test->store(); }
    QDate today() const { return m_test->clock().todayIn(defaultTimeZone()); }

    qint64 receiptsOf(const QString &requestId)
    {
        qint64 count = 0;
        for (const RecordOpeningLog::Entry &entry : RecordOpeningLog(store()).forRequest(requestId))
            count += entry.action == RecordOpeningLog::Action::Receipt ? 1 : 0;
        return count;
    }
    qint64 outboxOpenings()
    {
        return sql::scalar(store().connection(),
                           QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'record_openings'"))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_test = std::make_unique<TestStore>();
        DemoContext demo = testing::demoContextFor(*m_test);
        {
            Transaction transaction(store().connection());
            generateSitesAgentsServices(demo);
            generateCityArticles(demo);
            generateRequests(demo);
            transaction.commit();
        }
        m_hdv = SiteRepository(store()).byCode(QStringLiteral("HDV"));
        m_m3 = SiteRepository(store()).byCode(QStringLiteral("M3"));
        QVERIFY(m_m3.isValid() && !m_m3.phone.isEmpty() && !m_m3.address.isEmpty());
        m_agent = demo.agentIds.first();
        SyncStateRepository(store()).setValue(SyncStateRepository::CurrentSite, m_m3.id);
        SyncStateRepository(store()).setValue(SyncStateRepository::CurrentAgent, m_agent);

        Request draft;
        draft.channel = Request::Channel::Counter;
        draft.siteId = m_m3.id;
        draft.requesterName = QStringLiteral("VERNIER Odile");
        draft.requesterPhone = QStringLiteral("06 12 34 56 78");
        draft.consent = true;
        draft.subject = QStringLiteral("Nid de poule rue Duguesclin");
        draft.category = QStringLiteral("Voirie");
        draft.competence = Competence::Metropole;
        draft.competentService = kVoirie;
        draft.attachments = {QStringLiteral("Photo du 12/11")};
        m_filed = RequestRepository(store()).create(draft, m_agent);
        QVERIFY(!m_filed.serviceContact.isEmpty());

        Request web;
        web.channel = Request::Channel::Web;
        web.requesterName = QStringLiteral("Jean Martin");
        web.requesterEmail = QStringLiteral("jean.martin@example.org");
        web.subject = QStringLiteral("Horaires de la piscine");
        m_online = RequestRepository(store()).create(web, QString());
        QVERIFY(m_online.siteId.isEmpty());
    }

    void saysWhatWasFiledWhereAndByWhen()
    {
        const RequestReceiptData data = RequestReceiptData::load(store(), m_filed.id);
        QCOMPARE(data.request.reference, m_filed.reference);
        QCOMPARE(data.request.subject, m_filed.subject);
        QVERIFY(data.siteFiledIt);
        QCOMPARE(data.site.id, m_m3.id);
        QCOMPARE(data.city, QStringLiteral("Lyon"));
        QVERIFY(data.cityTitle().contains(QStringLiteral("Lyon")));
        QCOMPARE(data.siteLines(), (QStringList{m_m3.name, m_m3.address, m_m3.postalCode + QStringLiteral(" Lyon")}));
        QCOMPARE(data.serviceText(), kVoirie);
        QCOMPARE(data.competenceText(), RequestLabels::competence(Competence::Metropole));
        QVERIFY(data.request.serviceContact.contains(QStringLiteral("04 65 71 20 10")));
        QCOMPARE(data.statusText(), RequestLabels::status(Request::Status::New));
        QCOMPARE(data.channelText(), RequestLabels::channel(Request::Channel::Counter));

        // 15 working days, as a long French date.
        const QDate due = RequestDueDate::after(today());
        QCOMPARE(data.request.dueDate, due);
        QCOMPARE(data.dueDateText(m_french), m_french.toString(due, QLocale::LongFormat));
        QVERIFY(data.dueDateText(m_french).contains(QStringLiteral("2026")));
        QVERIFY(data.dueDelayText().contains(QStringLiteral("15")));
        QVERIFY(data.filedAtText(m_french).contains(m_french.toString(today(), QLocale::LongFormat)));
        QVERIFY(data.filedAtText(m_french).contains(QStringLiteral("09:00"))); // Paris time, not UTC

        // Following it up: the reference at any counter, the mairie's phone, the QR code.
        const QStringList followUp = data.followUpLines();
        QCOMPARE(followUp.size(), 3);
        QVERIFY(followUp.at(0).contains(m_filed.reference));
        QVERIFY2(followUp.at(1).contains(m_m3.phone), qPrintable(followUp.at(1)));
        QVERIFY(followUp.at(2).contains(QStringLiteral("QR")));
        QVERIFY(!data.privacyText().isEmpty());
        QVERIFY(data.issuedText(m_french).contains(m_m3.name));

        // No follow-up page set: the code holds a stable text with the reference.
        QVERIFY(data.followUpUrl.isEmpty());
        QCOMPARE(data.qrCodeContent(), QByteArray("guichet:request/" + m_filed.reference.toUtf8()));
        QVERIFY(!RequestReceipt(data).qrCodeImage(2).isNull());
    }

    void aDemoRequestHasItsReceipt()
    {
        const Request demo = RequestRepository(store()).recent(1, 40).first();
        const RequestReceiptData data = RequestReceiptData::loadByReference(store(), demo.reference.toLower());
        QCOMPARE(data.request.id, demo.id);
        QCOMPARE(data.request.subject, demo.subject);
        QCOMPARE(data.request.dueDate, demo.dueDate);
        QCOMPARE(data.request.events.size(), RequestRepository(store()).events(demo.id).size());
        QVERIFY(data.site.isValid());
        QCOMPARE(data.siteFiledIt, !demo.siteId.isEmpty());
        QVERIFY(data.followUpLines().first().contains(demo.reference));
        QCOMPARE(data.qrCodeContent(), QByteArray("guichet:request/" + demo.reference.toUtf8()));
    }

    void aRequestFiledOnlineIsIssuedByTheCounter()
    {
        const RequestReceiptData data = RequestReceiptData::load(store(), m_online.id, m_hdv.id);
        QVERIFY(!data.siteFiledIt);
        QCOMPARE(data.site.id, m_hdv.id);
        // Without a counter given: the counter's current site.
        QCOMPARE(RequestReceiptData::load(store(), m_online.id).site.id, m_m3.id);
        QVERIFY(data.serviceText().contains(QStringLiteral("assigned"))); // no service yet

        // A site without a phone number: the phone line sends to any town hall's reception.
        RequestReceiptData noPhone = data;
        noPhone.site.phone.clear();
        const QString phoneLine = noPhone.followUpLines().at(1);
        QVERIFY2(phoneLine.contains(QStringLiteral("any town hall")), qPrintable(phoneLine));
    }

    void theCitysFollowUpPageGoesInTheQrCode()
    {
        QCOMPARE(RequestReceiptData::followUpUrlFor(QStringLiteral("https://www.lyon.example/suivi/"),
                                                   QStringLiteral("M3-2026-000001-K")),
                 QStringLiteral("https://www.lyon.example/suivi/M3-2026-000001-K"));
        QCOMPARE(RequestReceiptData::followUpUrlFor(QStringLiteral("https://www.lyon.example/suivi"),
                                                   QStringLiteral("M3-2026-000001-K")),
                 QStringLiteral("https://www.lyon.example/suivi/M3-2026-000001-K"));
        QCOMPARE(RequestReceiptData::followUpUrlFor(QStringLiteral("https://e.example/d?ref={reference}&x=1"),
                                                   QStringLiteral("M3-2026-000001-K")),
                 QStringLiteral("https://e.example/d?ref=M3-2026-000001-K&x=1"));
        QVERIFY(RequestReceiptData::followUpUrlFor(QString(), QStringLiteral("M3")).isEmpty());

        SyncStateRepository(store()).setValue(RequestReceiptData::kFollowUpUrlSetting,
                                              QStringLiteral("https://www.lyon.example/suivi?ref="));
        const RequestReceiptData data = RequestReceiptData::load(store(), m_filed.id);
        sql::exec(store().connection(), QStringLiteral("DELETE FROM sync_state WHERE key = ?"),
                  {RequestReceiptData::kFollowUpUrlSetting});
        const QString url = QStringLiteral("https://www.lyon.example/suivi?ref=") + m_filed.reference;
        QCOMPARE(data.followUpUrl, url);
        QCOMPARE(data.qrCodeContent(), url.toUtf8());
        QVERIFY(data.followUpLines().at(2).contains(url));
        QVERIFY(RequestReceiptData::load(store(), m_filed.id).followUpUrl.isEmpty());
    }

    void anUnknownRequestHasNoReceipt()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, RequestReceiptData::load(store(), QStringLiteral("no-such-id")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 RequestReceiptData::loadByReference(store(), QStringLiteral("M3-2026-999999-A")));
    }

    void theDocumentHoldsTheQrCode()
    {
        const RequestReceipt receipt(RequestReceiptData::load(store(), m_filed.id), m_french);
        const std::unique_ptr<QTextDocument> document = receipt.document();
        const QString text = document->toPlainText();
        QVERIFY(text.contains(m_filed.reference));
        QVERIFY(text.contains(m_filed.subject));
        const QImage qr = document
                              ->resource(QTextDocument::ImageResource,
                                         QUrl(QStringLiteral("guichet-receipt:/qr-code.png")))
                              .value<QImage>();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr, receipt.qrCodeImage(8));
        QVERIFY(receipt.documentTitle().contains(m_filed.reference));
        QCOMPARE(receipt.suggestedBaseName(), QStringLiteral("receipt-") + m_filed.reference);
    }

    void thePdfSaysTheReferenceSubjectAndDueDate()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        const RequestReceipt receipt(RequestReceiptData::load(store(), m_filed.id), m_french);
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(receipt.writePdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        const RequestReceiptData &data = receipt.data();
        for (const QString &value :
             {m_filed.reference, m_filed.subject, kVoirie, data.dueDateText(m_french), m_m3.name, m_m3.address,
              m_m3.phone, QStringLiteral("04 65 71 20 10"), QStringLiteral("15")})
            QVERIFY2(text.contains(value.simplified()), qPrintable(value + QStringLiteral(" not in: ") + text));
    }

    void theQrCodeDecodes()
    {
        GUICHET_REQUIRE_TOOL(test::missingProgram(QStringLiteral("/usr/bin/zbarimg"), QStringLiteral("zbar-tools")));
        const RequestReceipt receipt(RequestReceiptData::load(store(), m_filed.id));
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(receipt.qrCodeImage(4).save(png));
        QProcess zbar;
        zbar.start(QStringLiteral("/usr/bin/zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(zbar.waitForFinished(60000));
        QCOMPARE(zbar.readAllStandardOutput().trimmed(), receipt.qrCodeContent());
    }

    void anUnwritablePathIsRefused()
    {
        const RequestReceipt receipt(RequestReceiptData::load(store(), m_filed.id));
        QString error;
        QVERIFY(!receipt.writePdf(QStringLiteral("/proc/receipt.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/receipt.pdf")), qPrintable(error));
    }

    void thePaneWritesPrintsAndLogsEveryCopy()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        RequestDetailPane pane(store());
        pane.setAgent(m_agent);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QVERIFY(!pane.printReceiptButton()->isEnabled());
        QVERIFY(!pane.saveReceiptButton()->isEnabled());
        QCOMPARE(pane.printReceiptAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(pane.saveReceiptAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

        const QString saved = m_dir.filePath(QStringLiteral("pane-saved.pdf"));
        const QString printed = m_dir.filePath(QStringLiteral("pane-printed.pdf"));
        QString suggested;
        QString chosen = saved;
        int printDialogs = 0;
        bool acceptPrint = true;
        pane.setReceiptDialogs(
            [&](QPrinter &printer, QWidget *) {
                ++printDialogs;
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(printed);
                return acceptPrint;
            },
            [&](const QString &proposed, QWidget *) {
                suggested = proposed;
                return chosen;
            });
        QSignalSpy messages(&pane, &RequestDetailPane::statusMessage);

        // Nothing on show: the shortcut does nothing.
        QTest::keyClick(&pane, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printDialogs, 0);

        pane.showRequest(m_filed.id);
        QVERIFY(pane.printReceiptButton()->isEnabled());
        QVERIFY(pane.saveReceiptButton()->isEnabled());
        QCOMPARE(receiptsOf(m_filed.id), 0);
        const qint64 outboxBefore = outboxOpenings();

        // The button: the file dialog (named after the reference), the PDF, one audit row.
        QTest::mouseClick(pane.saveReceiptButton(), Qt::LeftButton);
        QVERIFY2(suggested.endsWith(QStringLiteral("receipt-") + m_filed.reference + QStringLiteral(".pdf")),
                 qPrintable(suggested));
        QVERIFY(QFile::exists(saved));
        const QString text = pdfText(saved);
        QVERIFY2(text.contains(m_filed.reference), qPrintable(text));
        QVERIFY(text.contains(m_filed.subject));
        QCOMPARE(receiptsOf(m_filed.id), 1);
        const RecordOpeningLog::Entry logged = RecordOpeningLog(store()).forRequest(m_filed.id).first();
        QCOMPARE(logged.action, RecordOpeningLog::Action::Receipt);
        QCOMPARE(logged.agentId, m_agent);
        QCOMPARE(logged.reference, m_filed.reference);
        QCOMPARE(outboxOpenings(), outboxBefore + 1);
        QCOMPARE(messages.count(), 1);
        QVERIFY(pane.feedback().contains(QDir::toNativeSeparators(saved)));

        // A reprint, whenever asked: Ctrl+Shift+P, another copy, another audit row.
        QFile::remove(saved);
        QTest::keyClick(&pane, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QFile::exists(saved));
        QCOMPARE(receiptsOf(m_filed.id), 2);

        // Ctrl+P: the print dialog, then the printer.
        QTest::keyClick(&pane, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printDialogs, 1);
        QVERIFY(pdfText(printed).contains(m_filed.reference));
        QCOMPARE(receiptsOf(m_filed.id), 3);
        QCOMPARE(outboxOpenings(), outboxBefore + 3);

        // Cancelled dialogs: nothing printed, nothing logged, nothing said.
        messages.clear();
        acceptPrint = false;
        QTest::mouseClick(pane.printReceiptButton(), Qt::LeftButton);
        QCOMPARE(printDialogs, 2);
        chosen.clear();
        QTest::mouseClick(pane.saveReceiptButton(), Qt::LeftButton);
        QCOMPARE(receiptsOf(m_filed.id), 3);
        QCOMPARE(messages.count(), 0);

        // The view of the request was logged once, as before; the receipts did not add views.
        qint64 views = 0;
        for (const RecordOpeningLog::Entry &entry : RecordOpeningLog(store()).forRequest(m_filed.id))
            views += entry.action == RecordOpeningLog::Action::View ? 1 : 0;
        QCOMPARE(views, 1);

        pane.showRequest({});
        QVERIFY(!pane.printReceiptButton()->isEnabled());
        QVERIFY(!pane.saveReceiptAction()->isEnabled());
    }
};

QTEST_MAIN(TestRequestReceipt)
#include "tst_requestreceipt.moc"
