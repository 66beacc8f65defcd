// guichet: the counter application. Thin: options, translations, then DeskLauncher.
#include "shell/DeskLauncher.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimeZone>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Guichet"));
    QApplication::setApplicationName(QStringLiteral("guichet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Guichet, the reception counter of the town halls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("The local SQLite store."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Site of this counter (code, e.g. M3)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the interface: fr or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  QStringLiteral("Area shown first: appointments, knowledge, requests, interpreting."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG file and quit (no display needed)."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("window-size"), QStringLiteral("Window size, e.g. 1366x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
                                     QStringLiteral("Print start-up timings and memory as JSON, then quit."));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Work as if it were this moment (demos, screenshots), e.g. "
                                                "2026-11-23T10:30 (Paris time)."),
                                 QStringLiteral("DATETIME"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Do not create the demo city when the store is new."));
    const QCommandLineOption noSync(QStringLiteral("no-sync"),
                                    QStringLiteral("Do not synchronise with the server (screenshots, tests)."));
    const QCommandLineOption press(QStringLiteral("press"),
                                   QStringLiteral("With --screenshot: trigger this shortcut first (repeatable, in "
                                                  "order), e.g. --press Ctrl+Shift+W for the week view."),
                                   QStringLiteral("SHORTCUT"));
    const QCommandLineOption highContrast(QStringLiteral("high-contrast"),
                                          QStringLiteral("High contrast for this run (screenshots), without "
                                                         "changing the remembered setting."));
    parser.addOptions({store, site, lang, area, screenshot, size, measure, now, noDemo, noSync, press, highContrast});
    parser.process(app);

    guichet::installTranslations(app, parser.value(lang));

    guichet::DeskOptions options;
    options.storePath = parser.value(store);
    options.siteCode = parser.value(site);
    options.area = parser.value(area);
    options.screenshotPath = parser.value(screenshot);
    options.press = parser.values(press);
    options.measureStartup = parser.isSet(measure);
    options.demoOnFirstStart = !parser.isSet(noDemo);
    options.sync = !parser.isSet(noSync);
    options.highContrast = parser.isSet(highContrast);
    if (parser.isSet(now)) {
        QDateTime moment = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!moment.isValid()) {
            std::fprintf(stderr, "guichet: --now takes a date and time, e.g. 2026-11-23T10:30\n");
            return 2;
        }
        if (moment.timeSpec() == Qt::LocalTime)
            moment = QDateTime(moment.date(), moment.time(), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        options.now = moment.toUTC();
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const QSize wanted(parts.value(0).toInt(), parts.value(1).toInt());
        if (parts.size() != 2 || wanted.isEmpty()) {
            std::fprintf(stderr, "guichet: --window-size takes WIDTHxHEIGHT, e.g. 1366x800\n");
            return 2;
        }
        options.windowSize = wanted;
    }

    guichet::DeskLauncher launcher(app, options);
    const int failed = launcher.start();
    return failed >= 0 ? failed : QApplication::exec();
}
