#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace guichet::testing {

// One run of an executable for black-box tests: its exit code (-1: timed out and killed,
// -2: crashed), what it printed, and its stdout read as a JSON object.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 300000);

} // namespace guichet::testing
