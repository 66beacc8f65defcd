// TokenStore: the counter's token in the system keychain (Secret Service here), never in a file,
// from any thread. Runs inside .ci/with-keyring (a D-Bus session with its own unlocked keyring).
#include "CiEnvironment.h"
#include "ProcessRun.h"
#include "sync/TokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace guichet;

namespace {

QString uniqueService()
{
    return QStringLiteral("guichet-test-%1")
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

// How many items the Secret Service holds for (service, key), asked over D-Bus without QtKeychain:
// proves the secret went to the keychain, not to a fallback. -1 when the question failed.
int secretServiceItems(const QString &service, const QString &key)
{
    const testing::ProcessRun run = testing::runProcess(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
         QStringLiteral("org.freedesktop.Secret.Service.SearchItems"),
         QStringLiteral("dict:string:string:server,%1,user,%2").arg(service, key)},
        QProcessEnvironment::systemEnvironment(), 30000);
    if (run.exitCode != 0)
        return -1;
    return int(run.out.count("object path"));
}

// In a child process with no reachable keychain: what TokenStore does, one line per call.
int probeWithoutKeychain()
{
    TokenStore store(QStringLiteral("guichet-probe"));
    QString error;
    const bool written =
        store.write(QStringLiteral("device/probe/token"), QStringLiteral("s3cr3t-probe"), &error);
    std::printf("write %d %s\n", int(written), qPrintable(error));
    const std::optional<QString> read = store.read(QStringLiteral("device/probe/token"), &error);
    std::printf("read %d %s\n", int(read.has_value()), qPrintable(error));
    const bool removed = store.remove(QStringLiteral("device/probe/token"), &error);
    std::printf("remove %d %s\n", int(removed), qPrintable(error));
    return 0;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("GUICHET_TEST_KEYRING")) {
            if (test::runningInCi())
                QFAIL("CI is set but GUICHET_TEST_KEYRING is not: run the tests through .ci/test");
            QSKIP("keychain tests need a Secret Service of their own (GUICHET_TEST_KEYRING): run them "
                  "through .ci/test or .ci/with-keyring");
        }
    }

    void init() { m_service = uniqueService(); }

    void cleanup()
    {
        TokenStore store(m_service);
        for (const QString &key :
             {QStringLiteral("a"), QStringLiteral("b"), TokenStore::keyFor(QStringLiteral("d1"))})
            store.remove(key);
    }

    void keyForADevice()
    {
        QCOMPARE(TokenStore::keyFor(QStringLiteral("d-42")), QStringLiteral("device/d-42/token"));
    }

    void writeReadOverwriteRemove()
    {
        TokenStore store(m_service);
        const QString key = TokenStore::keyFor(QStringLiteral("d1"));
        QString error = QStringLiteral("stale");
        QVERIFY2(store.write(key, QStringLiteral("tok-1_AbC-é"), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(store.read(key, &error), std::optional<QString>(QStringLiteral("tok-1_AbC-é")));
        QCOMPARE(secretServiceItems(m_service, key), 1);

        QVERIFY2(store.write(key, QStringLiteral("tok-2"), &error), qPrintable(error));
        QCOMPARE(store.read(key, &error), std::optional<QString>(QStringLiteral("tok-2")));
        QCOMPARE(secretServiceItems(m_service, key), 1); // replaced, not added

        QVERIFY2(store.remove(key, &error), qPrintable(error));
        QCOMPARE(store.read(key, &error), std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(secretServiceItems(m_service, key), 0);
    }

    void missingKeyIsNoError()
    {
        TokenStore store(m_service);
        QString error = QStringLiteral("stale");
        QCOMPARE(store.read(QStringLiteral("never-written"), &error), std::nullopt);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void removingTwiceIsFine()
    {
        TokenStore store(m_service);
        QString error;
        QVERIFY2(store.write(QStringLiteral("a"), QStringLiteral("x"), &error), qPrintable(error));
        QVERIFY2(store.remove(QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(store.remove(QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(store.remove(QStringLiteral("never-written"), &error), qPrintable(error));
    }

    void keysAndServicesAreIndependent()
    {
        TokenStore store(m_service);
        TokenStore other(m_service + QStringLiteral("-other"));
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("secret-a")));
        QVERIFY(store.write(QStringLiteral("b"), QStringLiteral("secret-b")));
        QVERIFY(other.write(QStringLiteral("a"), QStringLiteral("other-a")));
        QCOMPARE(store.read(QStringLiteral("a")), std::optional<QString>(QStringLiteral("secret-a")));
        QCOMPARE(store.read(QStringLiteral("b")), std::optional<QString>(QStringLiteral("secret-b")));
        QCOMPARE(other.read(QStringLiteral("a")), std::optional<QString>(QStringLiteral("other-a")));
        QVERIFY(store.remove(QStringLiteral("a")));
        QCOMPARE(store.read(QStringLiteral("a")), std::nullopt);
        QCOMPARE(store.read(QStringLiteral("b")), std::optional<QString>(QStringLiteral("secret-b")));
        QCOMPARE(other.read(QStringLiteral("a")), std::optional<QString>(QStringLiteral("other-a")));
        QVERIFY(other.remove(QStringLiteral("a")));
    }

    // QtKeychain queues every job of the process in one object owned by the first thread that used
    // it: calls from a worker that has since ended, then from another thread, must still finish.
    void worksFromThreadsThatCameAndWent()
    {
        const QString key = TokenStore::keyFor(QStringLiteral("d1"));
        bool written = false;
        std::optional<QString> readInWorker;
        QThread *writer =
            QThread::create([&] { written = TokenStore(m_service).write(key, QStringLiteral("w")); });
        writer->start();
        QVERIFY(writer->wait(QDeadlineTimer(60000)));
        delete writer;
        QVERIFY(written);

        QThread *reader = QThread::create([&] { readInWorker = TokenStore(m_service).read(key); });
        reader->start();
        QVERIFY(reader->wait(QDeadlineTimer(60000)));
        delete reader;
        QCOMPARE(readInWorker, std::optional<QString>(QStringLiteral("w")));

        TokenStore store(m_service);
        QCOMPARE(store.read(key), std::optional<QString>(QStringLiteral("w")));
        QVERIFY(store.remove(key));
    }

    // No keychain reachable (no session bus): every call fails with a message, and nothing was written
    // anywhere in the child's home (QtKeychain's insecure fallback would write a settings file there).
    void noKeychainIsAnErrorAndNoFile()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GUICHET_TOKENSTORE_PROBE"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        const testing::ProcessRun run =
            testing::runProcess(QCoreApplication::applicationFilePath(), {}, environment, 60000);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QLatin1String(" 0 The system keychain is locked or unavailable: ")),
                     qPrintable(line));
        }
        QDirIterator files(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                           QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }

private:
    QString m_service;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("GUICHET_TOKENSTORE_PROBE"))
        return probeWithoutKeychain();
    TestTokenStore tests;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_tokenstore.moc"
