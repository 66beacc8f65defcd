#pragma once

#include "booking/AppointmentSlipData.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace guichet {

// The confirmation handed to the visitor: site and address, date and time in the site's time
// zone, service, documents to bring, the reference in large type, the site's phone, and a QR code
// holding the calendar event (AppointmentCalendar::icsForQrCode) so that a phone can add it.
// Printed on any printer, or written as a PDF (A4 portrait).
class AppointmentSlip
{
    Q_DECLARE_TR_FUNCTIONS(guichet::AppointmentSlip)

public:
    // `locale` writes the date ("lundi 23 novembre 2026") and the times.
    explicit AppointmentSlip(AppointmentSlipData data, QLocale locale = QLocale());

    const AppointmentSlipData &data() const { return m_data; }

    // What the QR code holds, and the code itself (`moduleSize` pixels per module).
    QByteArray qrCodeContent() const;
    QImage qrCodeImage(int moduleSize = 4) const;

    // The slip laid out for `device` (fonts and the QR code at the device's resolution; the
    // screen's when null), the QR code added to it as an image resource.
    std::unique_ptr<QTextDocument> document(QPaintDevice *device = nullptr) const;

    // Prints on the device's page layout (a printer's as chosen in the print dialog).
    void print(QPagedPaintDevice *device) const;
    // Writes the slip as a PDF, replacing `path` only once the whole file is written. False, with
    // the reason in `error` (when given), when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    static QPageLayout pdfPageLayout(); // A4 portrait, 18 mm margins

private:
    QString html() const;
    bool paint(QPagedPaintDevice *device) const;

    AppointmentSlipData m_data;
    QLocale m_locale;
};

} // namespace guichet
