#include "session/SessionMessages.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace guichet {

int SessionMessages::retryAfterSeconds(const QString &message)
{
    static const QRegularExpression seconds(QStringLiteral("(\\d+)\\s*s\\b"));
    const QRegularExpressionMatch match = seconds.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString SessionMessages::addressProblem(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http")))
        return tr("Enter the server's address, e.g. https://guichet.ville.fr");
    if (server.scheme() == QLatin1String("http")) {
        const QHostAddress address(server.host());
        const bool loopback = server.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
        if (!loopback)
            return tr("The address must start with https://: without it, passwords and citizens' data would "
                      "cross the network unencrypted.");
    }
    return {};
}

QString SessionMessages::loginRefusal(const SyncSession::Outcome &outcome, const QUrl &server)
{
    const QString code = outcome.error;
    if (code == QLatin1String("bad_credentials"))
        return tr("Wrong login or password.");
    if (code == QLatin1String("throttled")) {
        const int wait = retryAfterSeconds(outcome.message);
        return wait > 0 ? tr("Too many failed attempts: try again in %n s.", nullptr, wait)
                        : tr("Too many failed attempts: try again in a few minutes.");
    }
    if (code == QLatin1String("offline"))
        return tr("The server %1 does not answer: check the address and the network, or keep working "
                  "offline and sign in later.\n(%2)")
            .arg(server.host(), outcome.message);
    if (code == QLatin1String("keychain"))
        return tr("%1\nThe session cannot be kept safely without it: unlock it (or call IT), then sign in again.",
                  "%1: the keychain's own words")
            .arg(outcome.message);
    if (code == QLatin1String("url"))
        return addressProblem(server).isEmpty() ? outcome.message : addressProblem(server);
    if (code == QLatin1String("forbidden"))
        return tr("This account may not sign in here (disabled, or no access to this site).\n(%1)")
            .arg(outcome.message);
    if (code == QLatin1String("site_needed"))
        return tr("Choose the site where you work today.");
    if (code == QLatin1String("store"))
        return tr("The local store could not record the session: %1").arg(outcome.message);
    if (code == QLatin1String("bad_answer"))
        return tr("The server's answer was not understood: %1").arg(outcome.message);
    return tr("The server refused the sign-in: %1").arg(outcome.message);
}

QString SessionMessages::logoutProblem(const SyncSession::Outcome &outcome)
{
    if (outcome.error == QLatin1String("keychain"))
        return tr("The session could not be removed from the system keychain: %1").arg(outcome.message);
    if (outcome.error == QLatin1String("store"))
        return tr("The local store could not record the sign-out: %1").arg(outcome.message);
    if (!outcome.ok)
        return tr("Signing out failed: %1").arg(outcome.message);
    // Signed out here; the server could not be told (the token then expires on its own).
    return outcome.message.isEmpty() ? QString()
                                     : tr("Signed out on this counter; the server could not be told and the "
                                          "session will expire on its own.");
}

} // namespace guichet
