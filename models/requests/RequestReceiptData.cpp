#include "requests/RequestReceiptData.h"

#include "core/Clock.h"
#include "domain/RequestDueDate.h"
#include "itemmodels/RequestLabels.h"
#include "repo/RequestRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QUrl>

namespace guichet {

QTimeZone RequestReceiptData::timeZone() const
{
    const QTimeZone zone(site.timeZone.toUtf8());
    return zone.isValid() ? zone : defaultTimeZone();
}

QString RequestReceiptData::cityTitle() const
{
    return city.isEmpty() ? tr("City") : tr("City of %1").arg(city);
}

QStringList RequestReceiptData::siteLines() const
{
    QStringList lines{site.name, site.address,
                      QStringList{site.postalCode, site.city}.join(QLatin1Char(' ')).trimmed()};
    lines.removeAll(QString());
    return lines;
}

QString RequestReceiptData::timeText(const QDateTime &utc, const QLocale &locale) const
{
    const QDateTime local = utc.toTimeZone(timeZone());
    // Hours and minutes: some locales' short format (the C locale's) has seconds too.
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    return tr("%1 at %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                              locale.toString(local.time(), timeFormat));
}

QString RequestReceiptData::filedAtText(const QLocale &locale) const
{
    return request.createdAt.isValid() ? timeText(request.createdAt, locale) : QString();
}

QString RequestReceiptData::channelText() const
{
    return RequestLabels::channel(request.channel);
}

QString RequestReceiptData::serviceText() const
{
    return request.competentService.trimmed().isEmpty()
               ? tr("Being assigned to the competent service")
               : request.competentService;
}

QString RequestReceiptData::competenceText() const
{
    return RequestLabels::competence(request.competence);
}

QString RequestReceiptData::dueDateText(const QLocale &locale) const
{
    return request.dueDate.isValid() ? locale.toString(request.dueDate, QLocale::LongFormat) : QString();
}

QString RequestReceiptData::dueDelayText() const
{
    return tr("The city answers every request within %1 working days.").arg(RequestDueDate::kWorkingDays);
}

QString RequestReceiptData::statusText() const
{
    return RequestLabels::status(request.status);
}

QStringList RequestReceiptData::followUpLines() const
{
    QStringList lines;
    lines << tr("At any town hall counter of the city: quote your reference %1.").arg(request.reference);
    if (!site.phone.trimmed().isEmpty())
        lines << tr("By phone: call %1 and quote your reference.").arg(site.phone.trimmed());
    else
        lines << tr("By phone: at the reception of any town hall of the city, with your reference.");
    if (!followUpUrl.isEmpty())
        lines << tr("Online: scan the QR code, or go to %1.").arg(followUpUrl);
    else
        lines << tr("The QR code holds your reference: show it at any counter to find your request at once.");
    return lines;
}

QString RequestReceiptData::privacyText() const
{
    const QString email = site.email.trimmed();
    if (email.isEmpty())
        return tr("Your personal data are used only to handle this request, by the city's services and the "
                  "body competent for it. To access or correct them, ask at any town hall counter of the "
                  "city, or write to the city's data protection officer.");
    return tr("Your personal data are used only to handle this request, by the city's services and the "
              "body competent for it. To access or correct them, ask at any town hall counter of the "
              "city, or write to %1 for the attention of the city's data protection officer.")
        .arg(email);
}

QString RequestReceiptData::issuedText(const QLocale &locale) const
{
    const QString when = issuedAt.isValid() ? timeText(issuedAt, locale) : QString();
    if (site.name.isEmpty())
        return tr("Issued on %1.").arg(when);
    return tr("Issued on %1 by %2.").arg(when, site.name);
}

QString RequestReceiptData::followUpUrlFor(const QString &base, const QString &reference)
{
    const QString trimmed = base.trimmed();
    if (trimmed.isEmpty() || reference.isEmpty())
        return {};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(reference));
    const QString placeholder = QStringLiteral("{reference}");
    if (trimmed.contains(placeholder))
        return QString(trimmed).replace(placeholder, encoded);
    const bool joined = trimmed.endsWith(QLatin1Char('/')) || trimmed.endsWith(QLatin1Char('=')) ||
                        trimmed.endsWith(QLatin1Char('#'));
    return joined ? trimmed + encoded : trimmed + QLatin1Char('/') + encoded;
}

QByteArray RequestReceiptData::qrCodeContent() const
{
    if (!followUpUrl.isEmpty())
        return followUpUrl.toUtf8();
    return (kQrScheme + request.reference).toUtf8();
}

QString RequestReceiptData::qrCodeCaption() const
{
    return followUpUrl.isEmpty() ? tr("Your reference, to show at the counter")
                                 : tr("Scan this code to follow your request online");
}

RequestReceiptData RequestReceiptData::fromRequest(LocalStore &store, Request found, const QString &counterSiteId)
{
    RequestReceiptData data;
    const SiteRepository sites(store);
    data.site = found.siteId.isEmpty() ? Site() : sites.byId(found.siteId);
    data.siteFiledIt = data.site.isValid();
    if (!data.site.isValid()) {
        // Filed online (or by a site this store does not know): the counter that prints it.
        const QString counter = counterSiteId.isEmpty()
                                    ? SyncStateRepository(store).value(SyncStateRepository::CurrentSite)
                                    : counterSiteId;
        if (!counter.isEmpty())
            data.site = sites.byId(counter);
    }
    const QList<Site> all = sites.all(); // the Hôtel de Ville first
    if (!data.site.isValid() && !all.isEmpty())
        data.site = all.first();
    data.city = data.site.city.trimmed();
    if (data.city.isEmpty() && !all.isEmpty())
        data.city = all.first().city.trimmed();
    data.followUpUrl = followUpUrlFor(SyncStateRepository(store).value(kFollowUpUrlSetting), found.reference);
    data.issuedAt = store.clock().nowUtc();
    data.request = std::move(found);
    return data;
}

RequestReceiptData RequestReceiptData::load(LocalStore &store, const QString &requestId, const QString &counterSiteId)
{
    std::optional<Request> found = RequestRepository(store).get(requestId);
    if (!found)
        throw StoreError(StoreError::Kind::InvalidInput, QStringLiteral("unknown request '%1'").arg(requestId));
    return fromRequest(store, std::move(*found), counterSiteId);
}

RequestReceiptData RequestReceiptData::loadByReference(LocalStore &store, const QString &reference,
                                                       const QString &counterSiteId)
{
    std::optional<Request> found = RequestRepository(store).getByReference(reference);
    if (!found)
        throw StoreError(StoreError::Kind::InvalidInput,
                         QStringLiteral("no request has the reference '%1'").arg(reference.trimmed()));
    return fromRequest(store, std::move(*found), counterSiteId);
}

} // namespace guichet
