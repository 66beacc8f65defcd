// The desk app, black-box and headless: the first start creates the demo city, --screenshot
// renders the real window, --measure-startup reports, and bad options fail with a reason.
#include "ProcessRun.h"
#include "TestStore.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = guichet::testing::ProcessRun;

Run desk(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GUICHET_KB_DIR"), QStringLiteral("/nonexistent")); // the city alone: fast
    return guichet::testing::runProcess(QStringLiteral(GUICHET_DESK_PATH), arguments, env, 120000);
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void firstStartCreatesTheDemoAndTheScreenshotIsTheWindow()
    {
        const QString store = m_dir.filePath(QStringLiteral("counter.sqlite"));
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        const Run run = desk({QStringLiteral("--store"), store, QStringLiteral("--now"),
                              QStringLiteral("2026-11-23T10:30"), QStringLiteral("--site"), QStringLiteral("M2"),
                              QStringLiteral("--screenshot"), png, QStringLiteral("--window-size"),
                              QStringLiteral("1200x760")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 760));
        // Not a blank picture: a window with text and a selection has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);

        for (const char *area : {"knowledge", "requests", "interpreting"}) {
            const Run other = desk({QStringLiteral("--store"), store, QStringLiteral("--area"),
                                    QString::fromLatin1(area), QStringLiteral("--screenshot"), png});
            QVERIFY2(other.exitCode == 0, other.err.constData());
        }
    }

    void anEmptyStoreGetsTheDemoToo()
    {
        // A first start interrupted after the store file was created must not leave an empty city.
        const QString store = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QProcess init;
        init.start(QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--store"), store, QStringLiteral("init")});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        const Run run = desk({QStringLiteral("--store"), store, QStringLiteral("--screenshot"),
                              m_dir.filePath(QStringLiteral("empty.png"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess info;
        info.start(QStringLiteral(GUICHET_CLI_PATH),
                   {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("info"),
                    QStringLiteral("--no-digests")});
        QVERIFY(info.waitForFinished(60000));
        const QJsonObject counts =
            QJsonDocument::fromJson(info.readAllStandardOutput()).object().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 10);
    }

    void measureStartupPrintsJson()
    {
        const QString store = m_dir.filePath(QStringLiteral("counter.sqlite"));
        const Run run = desk({QStringLiteral("--store"), store, QStringLiteral("--no-demo"),
                              QStringLiteral("--measure-startup")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("first-paint\n"));
        const QJsonObject report = QJsonDocument::fromJson(run.out.trimmed().split('\n').constLast()).object();
        QVERIFY(report.value(QStringLiteral("first_paint_ms_since_window")).toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("rss_kb_at_first_paint")).toInt() > 0);
        QCOMPARE(report.value(QStringLiteral("areas")).toArray().size(), 8);
    }

    void badOptionsFailWithAReason()
    {
        const QString store = m_dir.filePath(QStringLiteral("counter.sqlite"));
        const Run site = desk({QStringLiteral("--store"), store, QStringLiteral("--site"), QStringLiteral("ZZ"),
                               QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(site.exitCode, 1);
        QVERIFY2(site.err.contains("ZZ"), site.err.constData());
        const Run size = desk({QStringLiteral("--window-size"), QStringLiteral("big")});
        QCOMPARE(size.exitCode, 2);
        const Run unwritable = desk({QStringLiteral("--store"), QStringLiteral("/proc/self/no/store.sqlite"),
                                     QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("/proc/self/no"), unwritable.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
