#include "sms/SmsTemplates.h"

#include "core/Clock.h"
#include "sms/SmsSegments.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <QtDebug>

namespace guichet {

namespace {

const QString kFallbackLanguage = QStringLiteral("fr");

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Replaces every {name} of `text` by its value, in one pass: a value that happens to contain
// "{site}" (a service named so) is not expanded again. An unknown {name} stays as it is.
QString expand(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString name = text.mid(open + 1, close - open - 1);
        const auto value = values.constFind(name);
        if (value == values.constEnd())
            out += QStringView(text).mid(open, close - open + 1);
        else
            out += *value;
        i = close + 1;
    }
    return out;
}

QJsonObject loadBuiltIn()
{
    QFile file(QStringLiteral(":/sms/sms-templates.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("SmsTemplates: the compiled-in templates are missing");
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qWarning("SmsTemplates: the compiled-in templates are not valid JSON: %s",
                 qPrintable(error.errorString()));
    return document.object();
}

} // namespace

QString SmsTemplates::kindName(Kind kind)
{
    return kind == Kind::Confirmation ? QStringLiteral("confirmation") : QStringLiteral("reminder");
}

const SmsTemplates &SmsTemplates::builtIn()
{
    static const SmsTemplates templates(loadBuiltIn());
    return templates;
}

SmsTemplates::SmsTemplates(const QJsonObject &document)
{
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || !it.value().isObject())
            continue;
        const QJsonObject entry = it.value().toObject();
        Language language;
        language.confirmation = field(entry, "confirmation");
        language.reminder = field(entry, "reminder");
        language.cancel = field(entry, "cancel");
        language.dateFormat = field(entry, "date_format");
        language.timeFormat = field(entry, "time_format");
        if (language.dateFormat.isEmpty())
            language.dateFormat = QStringLiteral("dd/MM/yyyy");
        if (language.timeFormat.isEmpty())
            language.timeFormat = QStringLiteral("HH:mm");
        if (!language.confirmation.isEmpty() && !language.reminder.isEmpty())
            m_languages.insert(it.key().toLower(), language);
    }
}

QStringList SmsTemplates::languages() const
{
    QStringList names = m_languages.keys();
    names.sort();
    return names;
}

QString SmsTemplates::languageFor(const QString &visitorLanguage) const
{
    const QString code = visitorLanguage.trimmed().toLower();
    if (m_languages.contains(code))
        return code;
    // "en-GB", "pt_BR": the language without its country.
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    if (m_languages.contains(base))
        return base;
    return kFallbackLanguage;
}

QString SmsTemplates::shortSiteName(const Site &site)
{
    QString name = site.name.simplified();
    static const QString suffix = QStringLiteral(" arrondissement");
    if (name.endsWith(suffix, Qt::CaseInsensitive) && name.size() > suffix.size())
        name.chop(suffix.size());
    return name.isEmpty() ? site.code : name;
}

QString SmsTemplates::render(Kind kind, const Appointment &appointment, const Site &site,
                             const Service &service) const
{
    const QString code = languageFor(appointment.visitorLanguage);
    const auto found = m_languages.constFind(code);
    if (found == m_languages.constEnd())
        return {}; // no template at all (not even French): nothing to send
    const Language &language = *found;
    const QString &text = kind == Kind::Confirmation ? language.confirmation : language.reminder;

    // The time the visitor reads is the site's, whatever the server's zone.
    QTimeZone zone(site.timeZone.toUtf8());
    if (!zone.isValid())
        zone = defaultTimeZone();
    const QDateTime local = appointment.startsAt.toTimeZone(zone);
    const QLocale locale(code);

    QHash<QString, QString> values{
        {QStringLiteral("service"), service.name.isEmpty() ? appointment.serviceName : service.name},
        {QStringLiteral("site"), shortSiteName(site)},
        {QStringLiteral("date"), locale.toString(local.date(), language.dateFormat)},
        {QStringLiteral("time"), locale.toString(local.time(), language.timeFormat)},
        {QStringLiteral("reference"), appointment.reference},
        {QStringLiteral("phone"), site.phone.simplified()},
    };
    // A template written in the GSM alphabet stays in it: one "ô" in a site's name would send the
    // whole text in UCS-2, twice the SMS.
    if (SmsSegments::isGsm(text) && SmsSegments::isGsm(language.cancel))
        for (QString &value : values)
            value = SmsSegments::foldToGsm(value);
    values.insert(QStringLiteral("cancel"), values.value(QStringLiteral("phone")).isEmpty()
                                                ? QString()
                                                : expand(language.cancel, values));
    return expand(text, values).simplified();
}

} // namespace guichet
