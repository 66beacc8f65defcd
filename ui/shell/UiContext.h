#pragma once

#include <QString>

namespace guichet {

class Clock;
class LocalStore;

// What every area of the counter window needs: the one local store, the clock, and who and where
// the counter is. The site changes when a substitute agent picks another site (MainWindow calls
// Area::setSite on every area).
struct UiContext
{
    LocalStore &store;
    const Clock &clock;
    QString siteId;
    QString agentId;
    // Where the session's token is kept (QtKeychain service): online lookups use it.
    QString keychainService = QStringLiteral("Guichet");
};

} // namespace guichet
