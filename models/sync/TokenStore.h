#pragma once

#include <QString>
#include <optional>

namespace guichet {

// The counter's secrets (its session token) in the operating system's keychain, through
// QtKeychain: the Secret Service (GNOME keyring, KWallet) on Linux, Keychain on macOS, Credential
// Manager on Windows. DESIGN §7: a token never goes to a settings file or the database, so
// QtKeychain's "insecure fallback" (a plain-text QSettings file) stays off and a keychain that is
// missing or locked is an error, never a silent downgrade.
//
// Every call is synchronous and may come from any thread (the sync worker, the CLI, the window);
// the caller waits in a local event loop that leaves user input alone. The keychain jobs themselves
// all run on one thread of their own: QtKeychain queues every job of the process in one object that
// belongs to the first thread that used it, so jobs started from a worker thread that has since
// ended would never run. Needs a QCoreApplication.
class TokenStore
{
public:
    explicit TokenStore(QString service = QStringLiteral("Guichet"));

    bool write(const QString &key, const QString &secret, QString *error = nullptr);
    // nullopt with an empty error: no such entry; nullopt with an error: the keychain failed.
    std::optional<QString> read(const QString &key, QString *error = nullptr);
    // True also when there was no such entry.
    bool remove(const QString &key, QString *error = nullptr);

    const QString &service() const { return m_service; }

    // The key of a device's session token: "device/<id>/token".
    static QString keyFor(const QString &deviceId);

private:
    QString m_service;
};

} // namespace guichet
