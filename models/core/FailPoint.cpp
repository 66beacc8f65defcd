#include "core/FailPoint.h"

#include <QByteArray>
#include <QtGlobal>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace guichet::failpoint {

namespace {

struct Armed
{
    QByteArray name;
    int passage = 1;
};

const Armed &armed()
{
    static const Armed point = [] {
        Armed a;
        const QByteArray value = qgetenv("GUICHET_FAILPOINT");
        const int colon = value.indexOf(':');
        a.name = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            a.passage = std::max(1, value.mid(colon + 1).toInt());
        return a;
    }();
    return point;
}

std::atomic<int> passages{0};

} // namespace

void hit(const char *name)
{
    const Armed &point = armed();
    if (point.name.isEmpty() || point.name != name)
        return;
    if (++passages < point.passage)
        return;
    std::fprintf(stderr, "failpoint %s reached: killing the process\n", name);
    std::fflush(stderr);
    std::raise(SIGKILL);
}

} // namespace guichet::failpoint
