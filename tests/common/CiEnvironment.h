#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace guichet::test {

// True under continuous integration (CI set, as every CI service does): a test that needs a
// service (PostgreSQL, a keychain) then fails when it is missing instead of skipping, so that CI
// can never go green by skipping them.
inline bool runningInCi()
{
    const QByteArray value = qgetenv("CI").trimmed().toLower();
    return !value.isEmpty() && value != "0" && value != "false";
}

} // namespace guichet::test
