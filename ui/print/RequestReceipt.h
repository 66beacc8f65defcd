#pragma once

#include "requests/RequestReceiptData.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace guichet {

// The requester's acknowledgement of receipt (accusé de réception) of a request: the city and the
// site, the reference in large type beside its QR code, when and how the request was filed, what
// about, the competent service and how to reach it, the due date (15 working days), the current
// status, how to follow it up and the use of the personal data. Printed on any printer, or
// written as a PDF (A4 portrait); scaled down to stay on one page. Reprinted at will: each copy
// says when it was issued.
class RequestReceipt
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestReceipt)

public:
    // `locale` writes the dates ("vendredi 11 décembre 2026") and the times.
    explicit RequestReceipt(RequestReceiptData data, QLocale locale = QLocale());

    const RequestReceiptData &data() const { return m_data; }

    // What the QR code holds (RequestReceiptData::qrCodeContent), and the code itself
    // (`moduleSize` pixels per module).
    QByteArray qrCodeContent() const;
    QImage qrCodeImage(int moduleSize = 4) const;

    // "Acknowledgement of receipt – M3-2026-004127-K": the PDF's title and the print job's name.
    QString documentTitle() const;
    // A file name for the PDF, without the suffix: "receipt-M3-2026-004127-K".
    QString suggestedBaseName() const;

    // The receipt laid out for `device` (the screen's resolution when null), the QR code added to
    // it as an image resource.
    std::unique_ptr<QTextDocument> document(QPaintDevice *device = nullptr) const;
    QString html() const;

    // Prints on the device's page layout (a QPrinter as set up by the print dialog).
    bool print(QPagedPaintDevice &device) const;
    // Writes the receipt as a PDF, replacing `path` only once the whole file is written. False,
    // with the reason in `error` (when given), when the file cannot be written; nothing is left then.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    static QPageLayout pdfPageLayout(); // A4 portrait, 18 mm margins

private:
    RequestReceiptData m_data;
    QLocale m_locale;
};

} // namespace guichet
