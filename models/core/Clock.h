#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace guichet {

// The one source of "now" for the core. Production code takes a Clock&; tests pass a FixedClock
// so that slots, deadlines, demo data and time stamps are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    QDate todayIn(const QTimeZone &zone) const { return nowUtc().toTimeZone(zone).date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock &instance();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

// Europe/Paris unless a site says otherwise.
QTimeZone defaultTimeZone();

} // namespace guichet
