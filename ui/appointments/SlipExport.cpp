#include "appointments/SlipExport.h"

#include "booking/AppointmentCalendar.h"
#include "booking/AppointmentSlipData.h"
#include "print/AppointmentSlip.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace guichet {

namespace {

// The appointment's slip data, or the reason it cannot be read.
bool load(LocalStore &store, const QString &appointmentId, AppointmentSlipData *data, QString *error)
{
    try {
        *data = AppointmentSlipData::load(store, appointmentId);
        return true;
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
}

} // namespace

QString SlipExport::suggestedPath(const QString &reference, const QString &suffix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(reference + QLatin1Char('.') + suffix);
}

SlipExport::Outcome SlipExport::print(LocalStore &store, const QString &appointmentId, QWidget *parent)
{
    AppointmentSlipData data;
    QString error;
    if (!load(store, appointmentId, &data, &error))
        return {false, tr("The slip cannot be printed: %1").arg(error)};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(AppointmentSlip::pdfPageLayout());
    printer.setDocName(data.appointment.reference);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the slip of %1").arg(data.appointment.reference));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    AppointmentSlip(data).print(&printer);
    return {true, tr("The slip of %1 was sent to the printer.").arg(data.appointment.reference)};
}

SlipExport::Outcome SlipExport::savePdf(LocalStore &store, const QString &appointmentId, QWidget *parent,
                                        const QString &path)
{
    AppointmentSlipData data;
    QString error;
    if (!load(store, appointmentId, &data, &error))
        return {false, tr("The PDF cannot be written: %1").arg(error)};
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(
            parent, tr("Save the slip as PDF"),
            suggestedPath(data.appointment.reference, QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (target.isEmpty())
        return {};
    if (!AppointmentSlip(data).writePdf(target, &error))
        return {false, tr("The PDF was not written: %1").arg(error)};
    return {true, tr("Slip saved as %1.").arg(QDir::toNativeSeparators(target))};
}

SlipExport::Outcome SlipExport::exportIcs(LocalStore &store, const QString &appointmentId, QWidget *parent,
                                          const QString &path)
{
    AppointmentSlipData data;
    QString error;
    if (!load(store, appointmentId, &data, &error))
        return {false, tr("The calendar file cannot be written: %1").arg(error)};
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(
            parent, tr("Export the appointment to a calendar"),
            suggestedPath(data.appointment.reference, QStringLiteral("ics")), tr("Calendar files (*.ics)"));
    if (target.isEmpty())
        return {};
    QSaveFile file(target);
    const QByteArray ics = AppointmentCalendar::ics(data);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return {false, tr("The calendar file was not written: %1").arg(file.errorString())};
    return {true, tr("Calendar file saved as %1.").arg(QDir::toNativeSeparators(target))};
}

} // namespace guichet
