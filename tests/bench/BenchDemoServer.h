#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace guichet {
class LocalStore;
class SyncHttpClient;
}

namespace bench {

// A demo guichet-server (GUICHET_SERVER_PATH) on a fresh SQLite store at `storePath`, on loopback;
// its address, or an empty URL when it did not start.
QUrl startDemoServer(QProcess &process, const QString &storePath);

// Signs `device` in as the demo agent "cmartin" and syncs `store` once: the counter is then
// ready to work online. False (with a warning) when the server refused.
bool signInDemoCounter(guichet::LocalStore &store, guichet::SyncHttpClient &client, const QString &device);

} // namespace bench
