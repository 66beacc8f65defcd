#include "shell/StartupProbe.h"

#include "shell/Area.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace guichet {

StartupProbe::StartupProbe(MainWindow &window, QObject *parent) : QObject(parent), m_window(window) {}

qint64 StartupProbe::residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double StartupProbe::msSinceProcessStart()
{
#if defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (upSeconds - startTicks / ticks) * 1000.0;
#else
    return -1;
#endif
}

void StartupProbe::start()
{
    m_timer.start();
    m_waitingFor = &m_window;
    m_window.installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_waitingFor) {
        watched->removeEventFilter(this);
        m_waitingFor = nullptr;
        // The rest of the window paints in the same pass; the timer fires once it is flushed.
        if (watched == &m_window)
            QTimer::singleShot(0, this, &StartupProbe::firstPaintDone);
        else
            QTimer::singleShot(0, this, &StartupProbe::areaPainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstPaintDone()
{
    m_firstPaintMs = double(m_timer.nsecsElapsed()) / 1e6;
    m_processFirstPaintMs = msSinceProcessStart();
    m_firstPaintRssKb = residentKb();
    std::printf("first-paint\n");
    std::fflush(stdout);
    openNextArea();
}

void StartupProbe::openNextArea()
{
    const QList<Area *> areas = m_window.areas();
    if (m_nextArea >= areas.size()) {
        // Twice round: the first visit of an area loads it, the second shows the warm cost.
        if (++m_round < 2) {
            m_nextArea = 0;
        } else {
            const QJsonObject report{{QStringLiteral("first_paint_ms_since_window"), m_firstPaintMs},
                                     {QStringLiteral("first_paint_ms_since_process_start"), m_processFirstPaintMs},
                                     {QStringLiteral("rss_kb_at_first_paint"), m_firstPaintRssKb},
                                     {QStringLiteral("rss_kb_after_areas"), residentKb()},
                                     {QStringLiteral("areas"), m_areas}};
            emit finished(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
            return;
        }
    }
    Area *area = areas.at(m_nextArea);
    // The area already on show would not repaint; show another one first.
    if (m_window.currentAreaKey() == area->areaKey())
        m_window.showArea(areas.at((m_nextArea + 1) % areas.size())->areaKey());
    QCoreApplication::processEvents();
    m_waitingFor = area;
    area->installEventFilter(this);
    m_timer.restart();
    m_window.showArea(area->areaKey());
    area->update();
}

void StartupProbe::areaPainted()
{
    const Area *area = m_window.areas().at(m_nextArea);
    m_areas.append(QJsonObject{{QStringLiteral("area"), area->areaKey()},
                               {QStringLiteral("round"), m_round + 1},
                               {QStringLiteral("open_ms"), double(m_timer.nsecsElapsed()) / 1e6}});
    ++m_nextArea;
    QTimer::singleShot(0, this, &StartupProbe::openNextArea);
}

} // namespace guichet
