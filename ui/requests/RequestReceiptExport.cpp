#include "requests/RequestReceiptExport.h"

#include "appointments/SlipExport.h"
#include "print/RequestReceipt.h"
#include "requests/RecordOpeningLog.h"
#include "requests/RequestReceiptData.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace guichet {

namespace {

// The receipt's data, or the reason it cannot be read.
bool load(LocalStore &store, const RequestReceiptExport::Target &target, RequestReceiptData *data, QString *error)
{
    try {
        *data = RequestReceiptData::load(store, target.requestId, target.counterSiteId);
        return true;
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
}

// The copy handed over is an opening of the record: logged once it exists. Empty, or what failed.
QString logReceipt(LocalStore &store, const RequestReceiptData &data, const RequestReceiptExport::Target &target)
{
    try {
        RecordOpeningLog(store).record(data.request.id, data.request.reference, RecordOpeningLog::Action::Receipt,
                                       target.agentId, target.counterSiteId);
        return {};
    } catch (const StoreError &e) {
        return RequestReceiptExport::tr(" It could not be written to the audit log: %1").arg(e.message());
    }
}

} // namespace

RequestReceiptExport::Outcome RequestReceiptExport::print(LocalStore &store, const Target &target, QWidget *parent,
                                                          const PrintDialog &dialog)
{
    RequestReceiptData data;
    QString error;
    if (!load(store, target, &data, &error))
        return {false, tr("The receipt cannot be printed: %1").arg(error)};
    const RequestReceipt receipt(std::move(data));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(RequestReceipt::pdfPageLayout());
    printer.setDocName(receipt.documentTitle());
    bool accepted = false;
    if (dialog) {
        accepted = dialog(printer, parent);
    } else {
        QPrintDialog printDialog(&printer, parent);
        printDialog.setWindowTitle(tr("Print the receipt of %1").arg(receipt.data().request.reference));
        accepted = printDialog.exec() == QDialog::Accepted;
    }
    if (!accepted)
        return {};
    if (!receipt.print(printer))
        return {false, tr("The receipt could not be printed: the printer refused the page.")};
    const QString logged = logReceipt(store, receipt.data(), target);
    return {logged.isEmpty(),
            tr("The receipt of %1 was sent to the printer.").arg(receipt.data().request.reference) + logged};
}

RequestReceiptExport::Outcome RequestReceiptExport::savePdf(LocalStore &store, const Target &target,
                                                            QWidget *parent, const QString &path,
                                                            const PathDialog &dialog)
{
    RequestReceiptData data;
    QString error;
    if (!load(store, target, &data, &error))
        return {false, tr("The PDF cannot be written: %1").arg(error)};
    const RequestReceipt receipt(std::move(data));
    QString chosen = path;
    if (chosen.isEmpty()) {
        const QString suggested = SlipExport::suggestedPath(receipt.suggestedBaseName(), QStringLiteral("pdf"));
        chosen = dialog ? dialog(suggested, parent)
                        : QFileDialog::getSaveFileName(parent, tr("Save the receipt as PDF"), suggested,
                                                       tr("PDF documents (*.pdf)"));
    }
    if (chosen.isEmpty())
        return {};
    if (!receipt.writePdf(chosen, &error))
        return {false, tr("The PDF was not written: %1").arg(error)};
    const QString logged = logReceipt(store, receipt.data(), target);
    return {logged.isEmpty(), tr("Receipt saved as %1.").arg(QDir::toNativeSeparators(chosen)) + logged};
}

} // namespace guichet
