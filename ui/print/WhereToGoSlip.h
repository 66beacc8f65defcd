#pragma once

#include "domain/Article.h"
#include "domain/Site.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace guichet {

// What the "where to go" slip is made of: the article on show, the counter's site, the day.
struct WhereToGoSlipData
{
    Article article;
    Site site;       // the counter that hands the slip over (its name, address, phone)
    QDate printedOn; // in the site's time zone
};

// "Où vous adresser", the one page handed to a visitor sent elsewhere: the matter (the
// article's title), who is competent (Ville, Métropole, État, CCAS, another body) and where to
// go (service, address, hours, phone), the documents to bring as a checklist, a QR code of the
// fiche's page online when it has one, the counter and the day, and for a Service-Public fiche
// the attribution its licence requires. Printed on any printer, or written as a PDF (A4
// portrait); scaled down to stay on one page.
class WhereToGoSlip
{
    Q_DECLARE_TR_FUNCTIONS(guichet::WhereToGoSlip)

public:
    // `locale` writes the dates ("24 novembre 2026").
    explicit WhereToGoSlip(WhereToGoSlipData data, QLocale locale = QLocale());

    const WhereToGoSlipData &data() const { return m_data; }

    // What the QR code holds (the article's source URL, UTF-8; empty when it has none), and the
    // code itself (`moduleSize` pixels per module; null when there is no URL).
    QByteArray qrCodeContent() const;
    QImage qrCodeImage(int moduleSize = 4) const;

    // "Où vous adresser – <title>": the PDF's title and the print job's name.
    QString documentTitle() const;
    // A file name for the PDF: "ou-vous-adresser-F1342" (the external id, else the article id).
    QString suggestedBaseName() const;

    // The slip laid out for `device` (the screen's resolution when null), the QR code added to it
    // as an image resource.
    std::unique_ptr<QTextDocument> document(QPaintDevice *device = nullptr) const;
    QString html() const;

    // Prints on the device's page layout (a QPrinter as set up by the print dialog).
    bool print(QPagedPaintDevice &device) const;
    // Writes the slip as a PDF, replacing `path` only once the whole file is written. False, with
    // the reason in `error` (when given), when the file cannot be written; nothing is left then.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    static QPageLayout pdfPageLayout(); // A4 portrait, 18 mm margins

private:
    WhereToGoSlipData m_data;
    QLocale m_locale;
};

} // namespace guichet
