#include "knowledge/WhereToGoExport.h"

#include "appointments/SlipExport.h"
#include "core/Clock.h"
#include "repo/ArticleRepository.h"
#include "repo/SiteRepository.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QTimeZone>

namespace guichet {

WhereToGoSlip WhereToGoExport::load(LocalStore &store, const Clock &clock, const QString &siteId,
                                    const QString &articleId)
{
    WhereToGoSlipData data;
    const auto article = ArticleRepository(store).get(articleId);
    if (!article)
        throw StoreError(tr("the article is no longer in the knowledge base"));
    data.article = *article;
    if (!siteId.isEmpty())
        data.site = SiteRepository(store).byId(siteId);
    QTimeZone zone(data.site.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    data.printedOn = clock.todayIn(zone);
    return WhereToGoSlip(std::move(data));
}

WhereToGoExport::Outcome WhereToGoExport::print(const WhereToGoSlip &slip, QWidget *parent,
                                                const PrintDialog &dialog)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(WhereToGoSlip::pdfPageLayout());
    printer.setDocName(slip.documentTitle());
    bool accepted = false;
    if (dialog) {
        accepted = dialog(printer, parent);
    } else {
        QPrintDialog printDialog(&printer, parent);
        printDialog.setWindowTitle(tr("Print the “where to go” slip"));
        accepted = printDialog.exec() == QDialog::Accepted;
    }
    if (!accepted)
        return {};
    if (!slip.print(printer))
        return {false, tr("The slip could not be printed: the printer refused the page.")};
    return {true, tr("The “where to go” slip of “%1” was sent to the printer.").arg(slip.data().article.title)};
}

WhereToGoExport::Outcome WhereToGoExport::savePdf(const WhereToGoSlip &slip, QWidget *parent,
                                                  const QString &path, const PathDialog &dialog)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = SlipExport::suggestedPath(slip.suggestedBaseName(), QStringLiteral("pdf"));
        target = dialog ? dialog(suggested, parent)
                        : QFileDialog::getSaveFileName(parent, tr("Save the “where to go” slip as PDF"),
                                                       suggested, tr("PDF documents (*.pdf)"));
    }
    if (target.isEmpty())
        return {};
    QString error;
    if (!slip.writePdf(target, &error))
        return {false, tr("The PDF was not written: %1").arg(error)};
    return {true, tr("“Where to go” slip saved as %1.").arg(QDir::toNativeSeparators(target))};
}

} // namespace guichet
