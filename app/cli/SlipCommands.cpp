// guichet-cli appointments slip ID [--pdf FILE] [--ics FILE]: the visitor's confirmation as a PDF
// (with the QR code of the calendar event) and the event as an .ics file.
#include "CliRuntime.h"
#include "booking/AppointmentCalendar.h"
#include "booking/AppointmentSlipData.h"
#include "core/Translations.h"
#include "print/AppointmentSlip.h"
#include "repo/AppointmentRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace guichet {

namespace {

// Written aside then renamed, as the PDF is: a failure leaves any previous file untouched.
bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error =
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Only this sub-command lays out text (fonts need a QGuiApplication); the rest stays QtCore only.
bool isSlipCommand(int argc, char **argv)
{
    QStringList positional;
    for (int i = 1; i < argc && positional.size() < 2; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--store")
            ++i; // its value
        else if (!arg.startsWith('-'))
            positional << QString::fromLocal8Bit(arg);
    }
    // `requests receipt` (RequestQueryCommands.cpp) writes a PDF too.
    return positional == QStringList{QStringLiteral("appointments"), QStringLiteral("slip")} ||
           positional == QStringList{QStringLiteral("requests"), QStringLiteral("receipt")};
}

QtMessageHandler g_previousHandler = nullptr;

// Without a desktop session, QtGui says on stderr that XDG_RUNTIME_DIR is not set and that it uses
// a folder of its own: harmless for a command line, and it would break the one-line reason of a
// failure. Only that message is dropped.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    if (!isSlipCommand(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A command line never shows a window: no display is needed, nor opened when there is one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runAppointmentSlipCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the visitor's confirmation of an appointment: a PDF slip (site, address, time, service, "
        "documents to bring, reference, and a QR code that adds the appointment to a phone's calendar) "
        "and/or the calendar event as an .ics file."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The appointment's id or reference"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the slip as a PDF to FILE"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption ics(QStringLiteral("ics"),
                                 QStringLiteral("Write the calendar event (RFC 5545) to FILE"),
                                 QStringLiteral("FILE"));
    // The slip is the visitor's document: French, as at the counter, unless asked otherwise. The
    // command's own messages stay in English (scripts read them).
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the slip: fr (default) or en"), QStringLiteral("LANG"),
                                  QStringLiteral("fr"));
    parser.addOptions({pdf, ics, lang});
    const QString command = QStringLiteral("appointments slip");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return runtime.usage(QStringLiteral("%1: one appointment id or reference is needed").arg(command));
    if (!parser.isSet(pdf) && !parser.isSet(ics))
        return runtime.usage(QStringLiteral("%1: --pdf FILE or --ics FILE (or both) is needed").arg(command));
    const QString language = parser.value(lang);
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return runtime.usage(QStringLiteral("%1: --lang takes fr or en, not '%2'").arg(command, language));
    if (parser.isSet(pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return runtime.fail(
            QStringLiteral("%1: a PDF needs the application made by createCliApplication").arg(command));

    installTranslations(*QCoreApplication::instance(), language);
    AppointmentSlipData data;
    try {
        // An id or a reference ("RDV-…"), as the other appointments sub-commands take.
        LocalStore &store = runtime.store();
        const Appointment byReference = AppointmentRepository(store).byReference(positional.first());
        data = AppointmentSlipData::load(store, byReference.isValid() ? byReference.id : positional.first());
    } catch (const StoreError &error) {
        return runtime.fail(error.message());
    }

    QJsonObject result{{QStringLiteral("id"), data.appointment.id},
                       {QStringLiteral("reference"), data.appointment.reference},
                       {QStringLiteral("pdf"), QJsonValue::Null},
                       {QStringLiteral("ics"), QJsonValue::Null}};
    QStringList written;
    QString error;
    if (parser.isSet(ics)) {
        const QString path = parser.value(ics);
        if (!writeFile(path, AppointmentCalendar::ics(data), &error))
            return runtime.fail(error);
        result.insert(QStringLiteral("ics"), QFileInfo(path).absoluteFilePath());
        written << path;
    }
    if (parser.isSet(pdf)) {
        const QString path = parser.value(pdf);
        if (!AppointmentSlip(data).writePdf(path, &error))
            return runtime.fail(error);
        result.insert(QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath());
        written << path;
    }
    return runtime.succeed(
        result, QStringLiteral("%1  %2").arg(data.appointment.reference, written.join(QStringLiteral("  "))));
}

} // namespace guichet
