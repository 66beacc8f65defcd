#include "print/PdfFile.h"

#include <QDir>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>

namespace guichet {

int PdfFile::imageWidth(qreal millimetres)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 96.0;
    return qRound(millimetres / 25.4 * dpi);
}

bool PdfFile::paint(QTextDocument &document, QPagedPaintDevice *device, Fit fit)
{
    if (!device)
        return false;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // The painter's origin is the top left of the printable area.
    const QSizeF printable(device->width(), device->height());
    qreal scale = 1.0;
    document.setPageSize(printable);
    if (fit == Fit::OnePage) {
        // Laid out wider and taller, then drawn smaller: the whole text keeps its proportions.
        for (const qreal step : {0.92, 0.85, 0.78, 0.7, 0.62}) {
            if (document.pageCount() <= 1)
                break;
            scale = step;
            document.setPageSize(printable / scale);
        }
    }
    const QSizeF page = document.pageSize();
    painter.scale(scale, scale);
    for (int index = 0; index < document.pageCount(); ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
        painter.restore();
    }
    return painter.end();
}

bool PdfFile::write(const QString &path, const QString &title, const QPageLayout &layout,
                    const std::function<bool(QPagedPaintDevice *)> &draw, QString *error)
{
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write the PDF %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    // Written aside, then renamed: a failure never leaves half a PDF in place of a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Guichet"));
        if (!draw(&writer))
            return failed(tr("the page could not be drawn"));
    }
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace guichet
