#pragma once

#include <QString>
#include <QUuid>

namespace guichet {

// A synced record's primary key: a UUID made where the record is born, without braces.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A reproducible UUID (version 5) for generated data: the same namespace and name give the same id.
inline QString stableId(const QString &kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("6f1f6a52-3a8e-4b7e-9d0e-2b9c1c6a0a11"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + name).toString(QUuid::WithoutBraces);
}

} // namespace guichet
