// The printed appointment slip, offscreen: the PDF says where, when, what for, what to bring and
// the reference (read back with pdftotext); its QR code, read back from the rendered page with
// zbarimg, is the calendar event; an unwritable path is refused with a reason.
#include "AppointmentDemoFixture.h"
#include "ExternalTool.h"
#include "TestStore.h"
#include "booking/AppointmentCalendar.h"
#include "booking/AppointmentSlipData.h"
#include "print/AppointmentSlip.h"
#include "print/QrCode.h"
#include "repo/AppointmentRepository.h"
#include "repo/SiteRepository.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
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
    output.err = process.readAllStandardError();
    return output;
}

// zbarimg prints each code's content followed by a new line.
QByteArray decodeQrCodes(const QString &png)
{
    const Output zbar =
        run(QStringLiteral("/usr/bin/zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    if (zbar.exitCode != 0)
        qWarning() << "zbarimg" << zbar.exitCode << zbar.err;
    return zbar.out.endsWith('\n') ? zbar.out.chopped(1) : zbar.out;
}

} // namespace

class TestAppointmentSlip : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    std::unique_ptr<AppointmentSlip> m_slip;
    QTemporaryDir m_dir;
    QString m_pdf;
    const QLocale m_french{QLocale::French, QLocale::France};

    const AppointmentSlipData &data() const { return m_slip->data(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(m_test->store());
        const QString hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        for (const Appointment &a :
             AppointmentRepository(m_test->store()).dayOfSite(hdv, QDate(2026, 11, 24))) {
            AppointmentSlipData candidate = AppointmentSlipData::load(m_test->store(), a.id);
            if (a.status == Appointment::Status::Booked && !candidate.service.documents.isEmpty()) {
                m_slip = std::make_unique<AppointmentSlip>(std::move(candidate), m_french);
                break;
            }
        }
        QVERIFY(m_slip);
        m_pdf = m_dir.filePath(QStringLiteral("slip.pdf"));
        QString error;
        QVERIFY2(m_slip->writePdf(m_pdf, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QFile pdf(m_pdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void theDocumentHoldsTheQrCodeAsAResource()
    {
        const std::unique_ptr<QTextDocument> document = m_slip->document();
        const QString text = document->toPlainText();
        QVERIFY(text.contains(data().appointment.reference));
        QVERIFY(text.contains(QStringLiteral("Scan this code")));
        QVERIFY(document->toHtml().contains(QStringLiteral("guichet-slip:")));
        const QImage qr =
            document
                ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("guichet-slip:/qr-code.png")))
                .value<QImage>();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr, m_slip->qrCodeImage(8));
    }

    void pdfSaysWhereWhenWhatAndTheReference()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        const Output pdftotext = run(QStringLiteral("/usr/bin/pdftotext"), {m_pdf, QStringLiteral("-")});
        QCOMPARE(pdftotext.exitCode, 0);
        // Line breaks fall where the page's width says: compare words, not lines. The PDF's text
        // keeps the font's ligatures ("ﬁ" for "fi"): compatibility-decomposed, they are letters again.
        const QString text =
            QString::fromUtf8(pdftotext.out).normalized(QString::NormalizationForm_KC).simplified();
        const AppointmentSlipData &slip = data();
        const QDateTime start = slip.appointment.startsAt.toTimeZone(slip.timeZone());
        const QStringList expected{
            slip.site.name,
            slip.site.address,
            slip.site.postalCode + QLatin1Char(' ') + slip.site.city,
            m_french.toString(start.date(), QLocale::LongFormat), // "mardi 24 novembre 2026"
            start.time().toString(QStringLiteral("HH:mm")),       // the site's time, not UTC
            slip.service.name,
            slip.appointment.reference,
            slip.service.documents.first(),
            slip.site.phone,
        };
        for (const QString &value : expected)
            QVERIFY2(text.contains(value.simplified()),
                     qPrintable(value + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(slip.appointment.startsAt.toUTC().time().toString(QStringLiteral("HH:mm"))));
    }

    void qrCodeImageHasItsQuietZoneAndDecodes()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/zbarimg"), QStringLiteral("zbar-tools")));
        const QByteArray content = AppointmentCalendar::icsForQrCode(data());
        const QImage image = QrCode::image(content, 3);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % 3, 0);
        const int quiet = QrCode::kQuietZoneModules * 3;
        for (int i = 0; i < image.width(); ++i)
            for (int border = 0; border < quiet; ++border) {
                QCOMPARE(qGray(image.pixel(i, border)), 255);
                QCOMPARE(qGray(image.pixel(border, i)), 255);
                QCOMPARE(qGray(image.pixel(i, image.height() - 1 - border)), 255);
                QCOMPARE(qGray(image.pixel(image.width() - 1 - border, i)), 255);
            }
        QCOMPARE(qGray(image.pixel(quiet, quiet)), 0); // the finder pattern's corner
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(image.save(png));
        QCOMPARE(decodeQrCodes(png), content);
        QVERIFY(QrCode::image(QByteArray(), 3).isNull());
        QVERIFY(QrCode::image(QByteArray(4000, 'x'), 3).isNull()); // beyond what a QR code holds
    }

    void printedQrCodeIsTheCalendarEvent()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftoppm"), QStringLiteral("poppler-utils")));
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/zbarimg"), QStringLiteral("zbar-tools")));
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        const Output pdftoppm = run(QStringLiteral("/usr/bin/pdftoppm"),
                                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-singlefile"), m_pdf, prefix});
        QCOMPARE(pdftoppm.exitCode, 0);
        const QByteArray decoded = decodeQrCodes(prefix + QStringLiteral(".png"));
        QCOMPARE(decoded, m_slip->qrCodeContent());
        QCOMPARE(decoded, AppointmentCalendar::icsForQrCode(data()));
        QVERIFY(decoded.startsWith("BEGIN:VCALENDAR\r\n"));
    }

    // The densest code a slip prints (a full event just under the QR limit) still reads at 150 dpi.
    void densestQrCodeStillReads()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftoppm"), QStringLiteral("poppler-utils")));
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/zbarimg"), QStringLiteral("zbar-tools")));
        AppointmentSlipData dense = data();
        for (int i = 1; AppointmentCalendar::ics(dense).size() < AppointmentCalendar::kQrCodeMaxBytes - 60;
             ++i)
            dense.service.documents << QStringLiteral("Pièce justificative n° %1 (original)").arg(i);
        const AppointmentSlip slip(dense, m_french);
        QCOMPARE(slip.qrCodeContent(), AppointmentCalendar::ics(dense)); // the documents are in
        QVERIFY(slip.qrCodeContent().size() > AppointmentCalendar::kQrCodeMaxBytes - 60);
        const QString pdf = m_dir.filePath(QStringLiteral("dense.pdf"));
        QString error;
        QVERIFY2(slip.writePdf(pdf, &error), qPrintable(error));
        const QString prefix = m_dir.filePath(QStringLiteral("dense"));
        QCOMPARE(run(QStringLiteral("/usr/bin/pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                      QStringLiteral("-singlefile"), pdf, prefix})
                     .exitCode,
                 0);
        QCOMPARE(decodeQrCodes(prefix + QStringLiteral(".png")), slip.qrCodeContent());
    }

    void printsOnAnyPagedDevice()
    {
        // print() takes the device's own page layout, as a printer chosen in the print dialog has.
        const QString path = m_dir.filePath(QStringLiteral("a5.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A5));
            m_slip->print(&writer);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5) == "%PDF-");
    }

    void unwritablePathIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!m_slip->writePdf(QStringLiteral("/proc/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("/proc/x.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/x.pdf")));
        QVERIFY(!m_slip->writePdf(m_dir.filePath(QStringLiteral("no/such/folder/slip.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
    }
};

QTEST_MAIN(TestAppointmentSlip)
#include "tst_appointmentslip.moc"
