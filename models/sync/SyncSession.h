#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace guichet {

class LocalStore;
class TokenStore;

// Signing a counter in to guichet-server and out again (DESIGN §7). The token goes to the
// keychain only; the store keeps who is signed in, where, and against which server. Signing in
// registers the device on first use; a site change (a substitute sent elsewhere) drops the other
// sites' appointments that have nothing waiting and takes a new snapshot. Signing out — or another
// agent signing in on this counter — leaves no token behind.
class SyncSession
{
public:
    SyncSession(LocalStore &store, TokenStore &tokens, QNetworkAccessManager &nam);

    struct Outcome
    {
        bool ok = false;
        QString error;   // machine-readable code from the server, or "offline", "keychain", "url"
        QString message; // one line
        QString agentId;
        QString displayName;
        QString role;
        QStringList siteIds;
    };

    Outcome login(const QUrl &server, const QString &login, const QString &password, const QString &siteId,
                  bool allowPlainHttp = false);
    // Revokes the token on the server when it can be reached; forgets it locally in any case.
    Outcome logout();

    // The device's id, created on first use.
    QString deviceId();
    // The current token from the keychain (empty when signed out); `error` when the keychain failed.
    QString token(QString *error = nullptr);
    QUrl server() const;

private:
    LocalStore &m_store;
    TokenStore &m_tokens;
    QNetworkAccessManager &m_nam;
};

} // namespace guichet
