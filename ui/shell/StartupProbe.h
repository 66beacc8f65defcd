#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

namespace guichet {

class MainWindow;

// Measures, from inside the process: the time to the main window's first paint, then the time to
// open (show and paint) each area in turn, and the resident memory. Prints "first-paint" on stdout
// the moment the first paint is done (so that an outside benchmark can time the cold start), then
// emits `finished` with a JSON report.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow &window, QObject *parent = nullptr);

    void start();

    // Resident set size of this process in kB (Linux: /proc/self/status), or -1.
    static qint64 residentKb();
    // Milliseconds since the process started (Linux: /proc/self/stat), or -1.
    static double msSinceProcessStart();

signals:
    void finished(const QString &json);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPaintDone();
    void openNextArea();
    void areaPainted();

    MainWindow &m_window;
    QElapsedTimer m_timer;
    QObject *m_waitingFor = nullptr;
    double m_firstPaintMs = -1;
    double m_processFirstPaintMs = -1;
    qint64 m_firstPaintRssKb = -1;
    int m_nextArea = 0;
    int m_round = 0;
    QJsonArray m_areas;
};

} // namespace guichet
