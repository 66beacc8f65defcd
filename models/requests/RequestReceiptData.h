#pragma once

#include "domain/Request.h"
#include "domain/Site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace guichet {

class LocalStore;

// What the requester's acknowledgement of receipt (accusé de réception) says about one request:
// the city and the site that filed it, the reference, when and how it was filed, what about, which
// service handles it and how to reach it, by when it is answered (15 working days), where it
// stands, how to follow it up, what the QR code holds, and how the personal data are used. Read
// once, then laid out on paper or in a PDF (ui/print/RequestReceipt) without going back to the
// store. The texts are the visitor's: written through tr() when asked for, in the language
// installed then (French at a counter), with dates in the given locale.
class RequestReceiptData
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestReceiptData)

public:
    // The city's follow-up page, in the counter's key/value state (sync_state): a base URL the
    // reference is appended to ("https://www.ville.fr/suivi/" → ".../suivi/M3-2026-004127-K"), or
    // one holding "{reference}" where it goes. Unset: the QR code holds kQrScheme + the reference.
    static inline const QString kFollowUpUrlSetting = QStringLiteral("request_follow_up_url");
    static inline const QString kQrScheme = QStringLiteral("guichet:request/");

    Request request;           // with its events
    Site site;                 // the site that filed it; for a request filed online, the counter's own
    bool siteFiledIt = true;   // false: the request has no site of its own (filed online)
    QString city;              // "Lyon": the site's, else the Hôtel de Ville's
    QString followUpUrl;       // the request's follow-up page; empty when the city has set none
    QDateTime issuedAt;        // UTC, the store clock's "now" when loaded

    bool isValid() const { return !request.id.isEmpty(); }

    // The site's time zone (Europe/Paris when it names none or an unknown one).
    QTimeZone timeZone() const;

    // "City of Lyon"; "City" alone when no site names its city.
    QString cityTitle() const;
    // The site's name, street address and "postal code city", without the empty ones.
    QStringList siteLines() const;
    // "Monday 23 November 2026 at 09:12", in the site's time zone.
    QString filedAtText(const QLocale &locale = QLocale()) const;
    // "Counter", "Phone"… (RequestLabels).
    QString channelText() const;
    // The competent service, or that it is being assigned when none is yet.
    QString serviceText() const;
    // "City", "Metropolis", "State"… (RequestLabels).
    QString competenceText() const;
    // "Friday 11 December 2026", the long date of the due date.
    QString dueDateText(const QLocale &locale = QLocale()) const;
    // "The city answers every request within 15 working days."
    QString dueDelayText() const;
    // "New", "In progress"… (RequestLabels).
    QString statusText() const;
    // How to follow the request up: at any counter of the city with the reference, by phone (the
    // site's number, else through the reception of any town hall), and online via the QR code.
    QStringList followUpLines() const;
    // The data are used only to handle the request; who to ask to access or correct them.
    QString privacyText() const;
    // "Issued on Monday 23 November 2026 at 10:05 by Mairie du 3e arrondissement."
    QString issuedText(const QLocale &locale = QLocale()) const;

    // What the QR code holds: the follow-up URL, or kQrScheme + the reference (UTF-8).
    QByteArray qrCodeContent() const;
    // What the code beside it is for, said to the visitor.
    QString qrCodeCaption() const;

    // The follow-up URL of `reference` from the setting's value `base` (empty when `base` is).
    static QString followUpUrlFor(const QString &base, const QString &reference);

    // Reads the request (with its events), its site and the city. `counterSiteId` is the site
    // printing the receipt (the counter's current site when empty), shown for a request that has no
    // site of its own. Throws StoreError (InvalidInput) for an unknown request.
    static RequestReceiptData load(LocalStore &store, const QString &requestId, const QString &counterSiteId = {});
    // The same by the reference the visitor reads out (any case, spaces for dashes).
    static RequestReceiptData loadByReference(LocalStore &store, const QString &reference,
                                              const QString &counterSiteId = {});

private:
    static RequestReceiptData fromRequest(LocalStore &store, Request found, const QString &counterSiteId);
    QString timeText(const QDateTime &utc, const QLocale &locale) const;
};

} // namespace guichet
