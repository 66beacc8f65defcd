#include "BenchDemoServer.h"

#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"

#include <QRegularExpression>

namespace bench {

using namespace guichet;

QUrl startDemoServer(QProcess &process, const QString &storePath)
{
    process.start(QStringLiteral(GUICHET_SERVER_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--kb-dir"), QStringLiteral("/nonexistent"),
                   QStringLiteral("--store"), QStringLiteral("sqlite:") + storePath, QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--log-level"), QStringLiteral("info")});
    static const QRegularExpression port(QStringLiteral("\"event\":\"listening\".*\"port\":(\\d+)"));
    QByteArray log;
    for (int i = 0; i < 1200 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        log += process.readAllStandardError();
        const auto match = port.match(QString::fromUtf8(log));
        if (match.hasMatch()) {
            QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                             [&process] { process.readAllStandardError(); });
            return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
        }
    }
    qWarning("guichet-server did not start: %s", log.constData());
    return {};
}

bool signInDemoCounter(LocalStore &store, SyncHttpClient &client, const QString &device)
{
    SyncStateRepository(store).setValue(SyncStateRepository::DeviceId, device);
    const auto login = client.post(QStringLiteral("/api/v1/auth/login"),
                                   {{QStringLiteral("login"), QStringLiteral("cmartin")},
                                    {QStringLiteral("password"), QStringLiteral("guichet-demo")},
                                    {QStringLiteral("device_id"), device}});
    if (!login.ok()) {
        qWarning("login failed: %s", qPrintable(login.message));
        return false;
    }
    client.setToken(login.body.value(QLatin1String("token")).toString());
    return SyncEngine(store, client).run().ok();
}

} // namespace bench
