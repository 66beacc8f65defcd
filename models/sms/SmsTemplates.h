#pragma once

#include "domain/Appointment.h"
#include "domain/Service.h"
#include "domain/Site.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace guichet {

// The SMS a visitor receives about an appointment: the confirmation when it is booked and the
// reminder before it. The texts are data, one entry per language (resources/sms/
// sms-templates.json, compiled into the core; DESIGN §8), in the visitor's language when there is
// one for it, French otherwise. They say enough to tell two appointments apart — service, site,
// local date and time at the site, reference, the site's number to cancel — and nothing about the
// visitor (no name, no needs, no notes): a phone's lock screen shows them to anyone.
class SmsTemplates
{
public:
    enum class Kind
    {
        Confirmation,
        Reminder
    };
    static QString kindName(Kind kind); // "confirmation" / "reminder", as in sms_messages.kind

    // The compiled-in templates (:/sms/sms-templates.json).
    static const SmsTemplates &builtIn();
    // Templates in the same format: {"fr": {"confirmation": …, "reminder": …, "cancel": …,
    // "date_format": …, "time_format": …}, …}; keys starting with "_" are comments.
    explicit SmsTemplates(const QJsonObject &document);

    QStringList languages() const;
    // The language the texts are written in for a visitor speaking `visitorLanguage` ("en",
    // "en-GB", "pt_BR"…): that language when there is a template for it, French otherwise.
    QString languageFor(const QString &visitorLanguage) const;

    // The text of `kind` for `appointment` (its reference, start and language) at `site` (name,
    // phone, time zone) for `service` (name; the appointment's serviceName when empty).
    QString render(Kind kind, const Appointment &appointment, const Site &site, const Service &service) const;

    // "Mairie du 1er arrondissement" → "Mairie du 1er": what people call it, two SMS words fewer.
    static QString shortSiteName(const Site &site);

private:
    struct Language
    {
        QString confirmation;
        QString reminder;
        QString cancel;
        QString dateFormat;
        QString timeFormat;
    };
    QHash<QString, Language> m_languages;
};

} // namespace guichet
