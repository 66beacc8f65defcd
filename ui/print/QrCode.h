#pragma once

#include <QByteArray>
#include <QImage>

namespace guichet {

// A QR code (libqrencode, byte mode, error correction level M) as a black-on-white image with the
// quiet zone of 4 modules the standard asks for, so that it reads even printed near other text.
class QrCode
{
public:
    static constexpr int kQuietZoneModules = 4;

    // `moduleSize` pixels per module (at least 1). A null image when `data` is empty or too long
    // for a QR code (about 2,300 bytes at level M).
    static QImage image(const QByteArray &data, int moduleSize);
};

} // namespace guichet
