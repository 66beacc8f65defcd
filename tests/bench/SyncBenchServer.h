#pragma once

// Helpers of bench_sync: a server store seeded with N small records, a guichet-server process on
// it, and device tokens made directly in the store for the simulated counters.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bench {

struct SeededStore
{
    QString url;
    QString siteId;
    QString agentId;
};

// Creates the server's schema at `url` and fills it with `records` requests of site M1 (small
// documents like a real request), one site, one agent "bench" (password "bench-password").
SeededStore seedServerStore(const QString &url, int records);

// `count` devices of site M1 with a token each (stored hashed, as login would): returns the tokens.
QStringList makeDeviceTokens(const SeededStore &store, int count, const QString &prefix);

// Starts guichet-server on `url`; returns its address (empty URL on failure).
QUrl startServer(QProcess &process, const QString &url);

// The resident set of a process (VmHWM: its peak, and VmRSS), in MB, from /proc.
double peakRssMb(qint64 pid);
double currentRssMb(qint64 pid);

} // namespace bench
