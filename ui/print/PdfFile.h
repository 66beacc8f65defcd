#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace guichet {

// What the printed slips share: drawing a laid-out QTextDocument page after page on a printer or
// a PDF writer, and writing a PDF file so that a failure never leaves half a file in place of a
// good one.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(guichet::PdfFile)

public:
    enum class Fit
    {
        Pages,  // as many pages as the text needs
        OnePage // scaled down (to 60% at most) so that it holds on one page
    };

    // Draws `document` on the device's printable area (the page minus its margins).
    static bool paint(QTextDocument &document, QPagedPaintDevice *device, Fit fit = Fit::Pages);

    // The width to give an <img> in a slip's HTML for it to be printed `millimetres` wide. Image
    // sizes in a QTextDocument are in screen pixels, scaled at layout by the device's resolution
    // over the primary screen's logical one (96 dpi on most screens, Qt's high-DPI scaling included).
    static int imageWidth(qreal millimetres);

    // Writes `path` with `draw` (on a QPdfWriter of `layout`, titled `title`), through a QSaveFile:
    // the file is replaced only once it is whole. False with the reason (naming the file) in
    // `error` when given.
    static bool write(const QString &path, const QString &title, const QPageLayout &layout,
                      const std::function<bool(QPagedPaintDevice *)> &draw, QString *error);
};

} // namespace guichet
