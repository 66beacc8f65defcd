#include "core/Clock.h"

namespace guichet {

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

QTimeZone defaultTimeZone()
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris.isValid() ? paris : QTimeZone::utc();
}

} // namespace guichet
