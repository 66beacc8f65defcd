#include "print/WhereToGoSlip.h"

#include "domain/ArticleText.h"
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

const QUrl kQrCodeUrl(QStringLiteral("guichet-slip:/where-to-go-qr.png"));

// A URL makes a small code (about 30 modules): 32 mm reads from any phone, with room to spare.
constexpr qreal kQrCodeWidthMm = 32.0;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"28%\" style=\"color:#444444\">%1</td><td><b>%2</b></td></tr>")
        .arg(escaped(label), valueHtml);
}

} // namespace

WhereToGoSlip::WhereToGoSlip(WhereToGoSlipData data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QByteArray WhereToGoSlip::qrCodeContent() const
{
    return m_data.article.sourceUrl.trimmed().toUtf8();
}

QImage WhereToGoSlip::qrCodeImage(int moduleSize) const
{
    return QrCode::image(qrCodeContent(), moduleSize);
}

QString WhereToGoSlip::documentTitle() const
{
    return tr("Where to go – %1").arg(m_data.article.title);
}

QString WhereToGoSlip::suggestedBaseName() const
{
    const Article &a = m_data.article;
    QString key = a.externalId.isEmpty() ? a.id : a.externalId;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return tr("where-to-go") + (key.isEmpty() ? QString() : QLatin1Char('-') + key);
}

QPageLayout WhereToGoSlip::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
}

QString WhereToGoSlip::html() const
{
    const Article &a = m_data.article;
    const Site &site = m_data.site;
    QString html;
    if (!site.name.isEmpty())
        html += QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(escaped(site.name));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Where to go")));
    html += QStringLiteral("<p style=\"font-size:15pt\"><b>%1</b></p>").arg(escaped(a.title));
    if (!a.summary.isEmpty() && a.summary.size() <= 600)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(a.summary));

    // Who is competent, and where the visitor goes.
    const Referral &r = a.referral;
    const QStringList places = ArticleText::places(a);
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" style=\"font-size:12pt; "
                           "border: 1px solid #4a7ebb; background-color:#eef4fb; margin-top: 6px;\">");
    html += row(tr("Competence"), escaped(ArticleText::competenceLabel(a.competence)));
    if (!places.isEmpty()) {
        QStringList lines;
        for (const QString &place : places)
            lines << escaped(place);
        html += row(a.isServicePublic() ? tr("Go to") : tr("Service"), lines.join(QStringLiteral("<br>")));
    }
    if (!r.address.isEmpty())
        html += row(tr("Address"), escaped(r.address));
    if (!r.hours.isEmpty())
        html += row(tr("Hours"), escaped(r.hours));
    if (!r.phone.isEmpty())
        html += row(tr("Phone"), escaped(r.phone));
    html += QStringLiteral("</table>");

    if (!a.documents.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" style=\"font-size:12pt\">")
                    .arg(escaped(tr("Documents to bring")));
        for (const QString &document : a.documents)
            html += QStringLiteral("<tr><td>☐</td><td>%1</td></tr>").arg(escaped(document));
        html += QStringLiteral("</table>");
    } else if (a.isServicePublic()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("The documents to bring depend on your situation: see the full fiche.")));
    }

    if (!qrCodeContent().isEmpty() && !qrCodeImage(1).isNull()) {
        const int width = PdfFile::imageWidth(kQrCodeWidthMm);
        html += QStringLiteral("<table cellpadding=\"6\" style=\"margin-top: 10px;\"><tr>"
                               "<td><img src=\"%1\" width=\"%2\" height=\"%2\"></td>"
                               "<td valign=\"middle\">%3<br><span style=\"color:#444444\">%4</span></td>"
                               "</tr></table>")
                    .arg(kQrCodeUrl.toString(), QString::number(width),
                         escaped(tr("Scan this code to read the full fiche online:")),
                         escaped(a.sourceUrl.trimmed()));
    }

    // Who handed it over, and when.
    QStringList counter{site.name, site.address,
                        QStringList{site.postalCode, site.city}.join(QLatin1Char(' ')).trimmed()};
    if (!site.phone.isEmpty())
        counter << tr("Phone: %1").arg(site.phone);
    counter.removeAll(QString());
    html += QStringLiteral("<hr><p style=\"font-size:10pt\">");
    if (!counter.isEmpty())
        html += QStringLiteral("<b>%1</b><br>").arg(escaped(counter.join(QStringLiteral(" – "))));
    html += escaped(tr("Handed over on %1.").arg(m_locale.toString(m_data.printedOn, QLocale::LongFormat))) +
            QStringLiteral("</p>");
    if (a.isServicePublic())
        html += QStringLiteral("<p style=\"font-size:8pt; color:#444444\">%1</p>")
                    .arg(escaped(ArticleText::attribution(a, m_locale)));
    return html;
}

std::unique_ptr<QTextDocument> WhereToGoSlip::document(QPaintDevice *device) const
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

bool WhereToGoSlip::print(QPagedPaintDevice &device) const
{
    const std::unique_ptr<QTextDocument> document = this->document(&device);
    return PdfFile::paint(*document, &device, PdfFile::Fit::OnePage);
}

bool WhereToGoSlip::writePdf(const QString &path, QString *error) const
{
    return PdfFile::write(path, documentTitle(), pdfPageLayout(),
                          [this](QPagedPaintDevice *device) { return print(*device); }, error);
}

} // namespace guichet
