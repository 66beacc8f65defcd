#pragma once

// External programs a test reads its results with (a real iCalendar parser, PDF tools, a QR code
// reader): installed by .ci/debian-packages.txt. When one is missing the test fails under CI, so
// that CI never goes green by skipping, and skips elsewhere, saying what to install.
#include "CiEnvironment.h"

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTest>

namespace guichet::test {

// Empty when `path` is an executable; otherwise what is missing and the package that brings it.
inline QString missingProgram(const QString &path, const QString &package)
{
    if (QFileInfo(path).isExecutable())
        return {};
    return QStringLiteral("%1 is missing (Debian package %2)").arg(path, package);
}

// Empty when /usr/bin/python3 imports `module`. Debian's Python modules belong to /usr/bin/python3,
// which is not always the first python3 on the PATH.
inline QString missingPythonModule(const QString &module, const QString &package)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (QString missing = missingProgram(python, QStringLiteral("python3")); !missing.isEmpty())
        return missing;
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return {};
    return QStringLiteral("%1 cannot import %2 (Debian package %3)").arg(python, module, package);
}

} // namespace guichet::test

// Stops the test function when `missing` (one of the above) is not empty: QFAIL under CI, QSKIP
// otherwise.
#define GUICHET_REQUIRE_TOOL(missing)                                                                        \
    do {                                                                                                     \
        const QByteArray guichetMissingTool = (missing).toUtf8();                                            \
        if (!guichetMissingTool.isEmpty()) {                                                                 \
            if (guichet::test::runningInCi())                                                                \
                QFAIL(guichetMissingTool.constData());                                                       \
            QSKIP(guichetMissingTool.constData());                                                           \
        }                                                                                                    \
    } while (false)
