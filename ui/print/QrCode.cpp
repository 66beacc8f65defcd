#include "print/QrCode.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace guichet {

namespace {

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QImage QrCode::image(const QByteArray &data, int moduleSize)
{
    if (data.isEmpty())
        return {};
    // Byte mode: the UTF-8 bytes as they are (an .ics is mostly text, but not alphanumeric).
    const std::unique_ptr<QRcode, QrDeleter> code(
        QRcode_encodeData(static_cast<int>(data.size()),
                          reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M));
    if (!code)
        return {};
    const int scale = std::max(1, moduleSize);
    const int modules = code->width + 2 * kQuietZoneModules;
    QImage result(modules * scale, modules * scale, QImage::Format_Grayscale8);
    result.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        const unsigned char *row = code->data + static_cast<std::ptrdiff_t>(y) * code->width;
        for (int x = 0; x < code->width; ++x) {
            if ((row[x] & 1) == 0) // bit 0: a dark module; the other bits say what it belongs to
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = result.scanLine((y + kQuietZoneModules) * scale + dy);
                std::memset(line + (x + kQuietZoneModules) * scale, 0, static_cast<size_t>(scale));
            }
        }
    }
    return result;
}

} // namespace guichet
