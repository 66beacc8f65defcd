// guichet-cli appointments slip ID [--pdf FILE] [--ics FILE], black-box: the files it writes, its
// JSON, and the exit codes of DESIGN §11. Run without a display and without QT_QPA_PLATFORM: the
// command must find its own way to lay out the PDF headless.
#include "AppointmentDemoFixture.h"
#include "CiEnvironment.h"
#include "ExternalTool.h"
#include "ProcessRun.h"
#include "TestStore.h"
#include "repo/AppointmentRepository.h"
#include "repo/SiteRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::ProcessRun;
using guichet::testing::TestStore;

class TestAppointmentSlipCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    Appointment m_appointment;
    QTemporaryDir m_dir;

    ProcessRun slip(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("WAYLAND_DISPLAY")})
            environment.remove(name);
        return guichet::testing::runProcess(
            QStringLiteral(GUICHET_CLI_PATH),
            QStringList{QStringLiteral("--store"), m_test->path(), QStringLiteral("--json"),
                        QStringLiteral("appointments"), QStringLiteral("slip")} +
                arguments,
            environment);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(m_test->store());
        const QString hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        const QList<Appointment> day =
            AppointmentRepository(m_test->store()).dayOfSite(hdv, QDate(2026, 11, 24));
        QVERIFY(!day.isEmpty());
        m_appointment = day.first();

        // `appointments` is its own command group; `slip` is one of its sub-commands.
        const ProcessRun probe = slip({QStringLiteral("--help")});
        if (probe.exitCode == 2 && probe.err.contains("unknown command 'appointments'")) {
            const char *why = "guichet-cli has no 'appointments' command group yet: it calls "
                              "runAppointmentSlipCommand for 'appointments slip'";
            if (guichet::test::runningInCi())
                QFAIL(why);
            QSKIP(why);
        }
        QCOMPARE(probe.exitCode, 0);
        QVERIFY(probe.out.contains("--pdf"));
        QVERIFY(probe.out.contains("--ics"));
    }

    void writesThePdfAndTheIcs()
    {
        const ProcessRun run =
            slip({m_appointment.id, QStringLiteral("--pdf"), file(QStringLiteral("slip.pdf")),
                  QStringLiteral("--ics"), file(QStringLiteral("slip.ics"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), m_appointment.id);
        QCOMPARE(json.value(QStringLiteral("reference")).toString(), m_appointment.reference);
        QCOMPARE(json.value(QStringLiteral("pdf")).toString(),
                 QFileInfo(file(QStringLiteral("slip.pdf"))).absoluteFilePath());
        QCOMPARE(json.value(QStringLiteral("ics")).toString(),
                 QFileInfo(file(QStringLiteral("slip.ics"))).absoluteFilePath());

        QFile pdf(file(QStringLiteral("slip.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile ics(file(QStringLiteral("slip.ics")));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray calendar = ics.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.contains("UID:" + m_appointment.id.toUtf8() + "@guichet\r\n"));

        // Only the .ics: the PDF is optional, and "pdf" says it was not written.
        const ProcessRun icsOnly =
            slip({m_appointment.id, QStringLiteral("--ics"), file(QStringLiteral("only.ics"))});
        QVERIFY2(icsOnly.exitCode == 0, icsOnly.err.constData());
        QVERIFY(icsOnly.json().value(QStringLiteral("pdf")).isNull());
        QVERIFY(QFile::exists(file(QStringLiteral("only.ics"))));

        // The reference the visitor reads out works as well as the id.
        const ProcessRun byReference = slip(
            {m_appointment.reference, QStringLiteral("--ics"), file(QStringLiteral("by-reference.ics"))});
        QVERIFY2(byReference.exitCode == 0, byReference.err.constData());
        QCOMPARE(byReference.json().value(QStringLiteral("id")).toString(), m_appointment.id);
    }

    void failuresSayWhyOnOneLine()
    {
        const ProcessRun unknown = slip(
            {QStringLiteral("no-such-appointment"), QStringLiteral("--ics"), file(QStringLiteral("x.ics"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no-such-appointment"), unknown.err.constData());
        QCOMPARE(unknown.err.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(file(QStringLiteral("x.ics"))));

        for (const QString &option : {QStringLiteral("--pdf"), QStringLiteral("--ics")}) {
            const ProcessRun unwritable = slip({m_appointment.id, option, QStringLiteral("/proc/x.out")});
            QCOMPARE(unwritable.exitCode, 1);
            QVERIFY2(unwritable.err.contains("/proc/x.out"), unwritable.err.constData());
            QCOMPARE(unwritable.err.trimmed().count('\n'), 0);
        }
    }

    void slipIsInFrenchUnlessAskedOtherwise()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")));
        const auto textOf = [](const QString &pdf) {
            const ProcessRun text = guichet::testing::runProcess(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
            return QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
        };
        QCOMPARE(slip({m_appointment.id, QStringLiteral("--pdf"), file(QStringLiteral("fr.pdf"))}).exitCode, 0);
        const QString french = textOf(file(QStringLiteral("fr.pdf")));
        QVERIFY2(french.contains(QStringLiteral("Confirmation de rendez-vous")), qPrintable(french));
        QVERIFY(french.contains(m_appointment.reference));
        QCOMPARE(slip({m_appointment.id, QStringLiteral("--pdf"), file(QStringLiteral("en.pdf")),
                       QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
                 0);
        const QString english = textOf(file(QStringLiteral("en.pdf")));
        QVERIFY2(english.contains(QStringLiteral("Appointment confirmation")), qPrintable(english));
        // An unknown language is a usage error, and nothing is written.
        QCOMPARE(slip({m_appointment.id, QStringLiteral("--pdf"), file(QStringLiteral("de.pdf")),
                       QStringLiteral("--lang"), QStringLiteral("de")})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("de.pdf"))));
    }

    void usageErrors()
    {
        QCOMPARE(slip({m_appointment.id}).exitCode, 2); // neither --pdf nor --ics
        QCOMPARE(slip({QStringLiteral("--ics"), file(QStringLiteral("y.ics"))}).exitCode, 2); // no id
        QCOMPARE(slip({m_appointment.id, QStringLiteral("other"), QStringLiteral("--ics"),
                       file(QStringLiteral("y.ics"))})
                     .exitCode,
                 2);
        QCOMPARE(slip({m_appointment.id, QStringLiteral("--frobnicate")}).exitCode, 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("y.ics"))));
    }
};

QTEST_GUILESS_MAIN(TestAppointmentSlipCli)
#include "tst_appointmentslipcli.moc"
