#include "demo/ServicePublicLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace guichet {

namespace {

bool holdsFiches(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("service-public-fiches.jsonl")));
}

} // namespace

QString findServicePublicDir()
{
    const QString env = qEnvironmentVariable("GUICHET_KB_DIR");
    if (!env.isEmpty())
        return holdsFiches(env) ? QDir(env).absolutePath() : QString();
    const QString relative = QStringLiteral("../shared/data/kb");
    QStringList candidates{QDir::current().absoluteFilePath(relative)};
    if (QCoreApplication::instance()) {
        QDir dir(QCoreApplication::applicationDirPath());
        for (int depth = 0; depth < 5; ++depth) {
            candidates << dir.absoluteFilePath(relative);
            if (!dir.cdUp())
                break;
        }
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (holdsFiches(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace guichet
