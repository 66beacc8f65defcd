#include "print/AppointmentSlip.h"

#include "booking/AppointmentCalendar.h"
#include "print/PdfFile.h"
#include "print/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QUrl>

namespace guichet {

namespace {

const QUrl kQrCodeUrl(QStringLiteral("guichet-slip:/qr-code.png"));

// The QR code's printed width. A dense code (about 120 modules for a full event) stays readable by
// a phone at about half a millimetre per module.
constexpr qreal kQrCodeWidthMm = 65.0;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"color:#444444\">%1</td><td><b>%2</b></td></tr>")
        .arg(escaped(label), escaped(value));
}

} // namespace

AppointmentSlip::AppointmentSlip(AppointmentSlipData data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QByteArray AppointmentSlip::qrCodeContent() const
{
    return AppointmentCalendar::icsForQrCode(m_data);
}

QImage AppointmentSlip::qrCodeImage(int moduleSize) const
{
    return QrCode::image(qrCodeContent(), moduleSize);
}

QPageLayout AppointmentSlip::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
}

QString AppointmentSlip::html() const
{
    const Appointment &appointment = m_data.appointment;
    const Site &site = m_data.site;
    const QTimeZone zone = m_data.timeZone();
    const QDateTime start = appointment.startsAt.toTimeZone(zone);
    const QDateTime end = appointment.endsAt.toTimeZone(zone);

    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Appointment confirmation")));
    if (appointment.status == Appointment::Status::Pending)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(
                        tr("To be confirmed: you will be told as soon as this appointment is confirmed.")));
    else if (appointment.status == Appointment::Status::Cancelled)
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("This appointment has been cancelled.")));

    QStringList place{QStringLiteral("<b>%1</b>").arg(escaped(site.name))};
    if (!site.address.isEmpty())
        place << escaped(site.address);
    const QString town = QStringList{site.postalCode, site.city}.join(QLatin1Char(' ')).trimmed();
    if (!town.isEmpty())
        place << escaped(town);
    html += QStringLiteral("<p style=\"font-size:13pt\">%1</p>").arg(place.join(QStringLiteral("<br>")));

    html += QStringLiteral("<table cellpadding=\"3\" style=\"font-size:13pt\">");
    html += row(tr("Date"), m_locale.toString(start.date(), QLocale::LongFormat));
    // Hours and minutes: some locales' short format (the C locale's) has seconds too.
    const QString timeFormat = m_locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    html += row(tr("Time"), tr("%1 to %2")
                                .arg(m_locale.toString(start.time(), timeFormat),
                                     m_locale.toString(end.time(), timeFormat)));
    html += row(tr("Service"), m_data.service.name);
    if (!appointment.visitorName.isEmpty())
        html += row(tr("Name"), appointment.visitorName);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p>%1<br><span style=\"font-size:24pt; font-weight:bold\">%2</span></p>")
                .arg(escaped(tr("Your reference")), escaped(appointment.reference));

    if (!m_data.service.documents.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Documents to bring")));
        for (const QString &document : m_data.service.documents)
            html += QStringLiteral("<li>%1</li>").arg(escaped(document));
        html += QStringLiteral("</ul>");
    }
    if (!site.phone.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("A question, or unable to come? Call %1.").arg(site.phone)));

    const int qrWidth = PdfFile::imageWidth(kQrCodeWidthMm);
    html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%2\"><br>%3</p>")
                .arg(kQrCodeUrl.toString(), QString::number(qrWidth),
                     escaped(tr("Scan this code to add the appointment to your calendar")));
    return html;
}

std::unique_ptr<QTextDocument> AppointmentSlip::document(QPaintDevice *device) const
{
    auto document = std::make_unique<QTextDocument>();
    if (device)
        document->documentLayout()->setPaintDevice(device);
    QFont font = document->defaultFont();
    font.setPointSizeF(11); // points, so that the text has the same size on paper at any resolution
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 tr("Appointment %1").arg(m_data.appointment.reference));
    // Eight pixels per module: the code stays sharp once scaled to its printed size.
    document->addResource(QTextDocument::ImageResource, kQrCodeUrl, qrCodeImage(8));
    document->setHtml(html());
    return document;
}

bool AppointmentSlip::paint(QPagedPaintDevice *device) const
{
    const std::unique_ptr<QTextDocument> document = this->document(device);
    return PdfFile::paint(*document, device);
}

void AppointmentSlip::print(QPagedPaintDevice *device) const
{
    if (device)
        paint(device);
}

bool AppointmentSlip::writePdf(const QString &path, QString *error) const
{
    return PdfFile::write(path, tr("Appointment %1").arg(m_data.appointment.reference), pdfPageLayout(),
                          [this](QPagedPaintDevice *device) { return paint(device); }, error);
}

} // namespace guichet
