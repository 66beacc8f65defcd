#include "print/RequestReceipt.h"

#include "print/PdfFile.h"
#include "print/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace guichet {

namespace {

const QUrl kQrCodeUrl(QStringLiteral("guichet-receipt:/qr-code.png"));

// A URL or a reference makes a small code (about 30 modules): 34 mm reads from any phone.
constexpr qreal kQrCodeWidthMm = 34.0;
// Longer details are for the file, not for the visitor's copy.
constexpr qsizetype kMaxDetails = 600;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"30%\" style=\"color:#444444\">%1</td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(escaped(text));
}

} // namespace

RequestReceipt::RequestReceipt(RequestReceiptData data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QByteArray RequestReceipt::qrCodeContent() const
{
    return m_data.qrCodeContent();
}

QImage RequestReceipt::qrCodeImage(int moduleSize) const
{
    return QrCode::image(qrCodeContent(), moduleSize);
}

QString RequestReceipt::documentTitle() const
{
    return tr("Acknowledgement of receipt – %1").arg(m_data.request.reference);
}

QString RequestReceipt::suggestedBaseName() const
{
    QString key = m_data.request.reference;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return tr("receipt") + (key.isEmpty() ? QString() : QLatin1Char('-') + key);
}

QPageLayout RequestReceipt::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
}

QString RequestReceipt::html() const
{
    const RequestReceiptData &d = m_data;
    const Request &r = d.request;
    QString html;

    // Who issues it: the city, the site (name, address, phone).
    html += QStringLiteral("<p style=\"font-size:15pt\"><b>%1</b></p>").arg(escaped(d.cityTitle()));
    QStringList site;
    for (const QString &line : d.siteLines())
        site << escaped(line);
    if (!d.site.phone.isEmpty())
        site << escaped(tr("Phone: %1").arg(d.site.phone));
    if (!site.isEmpty())
        html += QStringLiteral("<p style=\"color:#333333\">%1</p>").arg(site.join(QStringLiteral("<br>")));

    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Acknowledgement of receipt")));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Your request has been registered. Keep this receipt: your reference is "
                                "all you need to ask how it is going.")));

    // The reference, large, beside its QR code.
    const int qrWidth = PdfFile::imageWidth(kQrCodeWidthMm);
    const bool withQr = !qrCodeImage(1).isNull();
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" "
                           "style=\"border: 1px solid #4a7ebb; background-color:#eef4fb; margin-top: 4px;\"><tr>");
    html += QStringLiteral("<td valign=\"middle\">%1<br><span style=\"font-size:24pt; font-weight:bold\">%2</span></td>")
                .arg(escaped(tr("Your reference")), escaped(r.reference));
    if (withQr)
        html += QStringLiteral("<td width=\"%1\" align=\"center\" valign=\"middle\"><img src=\"%2\" width=\"%1\" "
                               "height=\"%1\"><br><span style=\"font-size:9pt\">%3</span></td>")
                    .arg(QString::number(qrWidth), kQrCodeUrl.toString(), escaped(d.qrCodeCaption()));
    html += QStringLiteral("</tr></table>");

    // The request.
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"font-size:12pt; margin-top: 8px;\">");
    if (!r.requesterName.isEmpty())
        html += row(tr("Requester"), bold(r.requesterName));
    html += row(tr("Filed on"), bold(d.filedAtText(m_locale)));
    html += row(tr("Channel"), bold(d.siteFiledIt ? d.channelText()
                                                  : tr("%1 (filed online)").arg(d.channelText())));
    html += row(tr("Subject"), bold(r.subject));
    if (!r.category.isEmpty())
        html += row(tr("Category"), escaped(r.category));
    if (!r.description.trimmed().isEmpty()) {
        QString details = r.description.simplified();
        if (details.size() > kMaxDetails)
            details = details.left(kMaxDetails - 1) + QChar(0x2026);
        html += row(tr("Details"), escaped(details));
    }
    if (!r.attachments.isEmpty())
        html += row(tr("Documents handed over"), escaped(r.attachments.join(QStringLiteral(", "))));
    html += row(tr("Competent service"),
                bold(d.serviceText()) + QStringLiteral("<br>") + escaped(tr("Competence: %1").arg(d.competenceText())));
    if (!r.serviceContact.trimmed().isEmpty())
        html += row(tr("How to reach it"), escaped(r.serviceContact.trimmed()));
    html += row(tr("Answer due by"), QStringLiteral("<span style=\"font-size:14pt\">%1</span><br>%2")
                                         .arg(bold(d.dueDateText(m_locale)), escaped(d.dueDelayText())));
    html += row(tr("Current status"), bold(d.statusText()));
    html += QStringLiteral("</table>");

    // How to follow it up.
    html += QStringLiteral("<h3>%1</h3><ul style=\"font-size:12pt\">").arg(escaped(tr("Following your request")));
    for (const QString &line : d.followUpLines())
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<hr><p style=\"font-size:9pt; color:#333333\">%1</p>").arg(escaped(d.privacyText()));
    html += QStringLiteral("<p style=\"font-size:9pt; color:#444444\">%1</p>").arg(escaped(d.issuedText(m_locale)));
    return html;
}

std::unique_ptr<QTextDocument> RequestReceipt::document(QPaintDevice *device) const
{
    auto document = std::make_unique<QTextDocument>();
    if (device)
        document->documentLayout()->setPaintDevice(device);
    QFont font = document->defaultFont();
    font.setPointSizeF(11); // points: the same size on paper at any resolution
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, documentTitle());
    const QImage qr = qrCodeImage(8); // sharp once scaled to its printed size
    if (!qr.isNull())
        document->addResource(QTextDocument::ImageResource, kQrCodeUrl, qr);
    document->setHtml(html());
    return document;
}

bool RequestReceipt::print(QPagedPaintDevice &device) const
{
    const std::unique_ptr<QTextDocument> document = this->document(&device);
    return PdfFile::paint(*document, &device, PdfFile::Fit::OnePage);
}

bool RequestReceipt::writePdf(const QString &path, QString *error) const
{
    return PdfFile::write(path, documentTitle(), pdfPageLayout(),
                          [this](QPagedPaintDevice *device) { return print(*device); }, error);
}

} // namespace guichet
