#include "interpreting/ProviderCheck.h"

#include "core/PhoneNumber.h"
#include "domain/LanguageNames.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace guichet {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString videoProblem(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    const bool localHttp = scheme == QLatin1String("http") && isLoopback(url.host());
    if (url.isValid() && !url.host().isEmpty() && (https || localHttp))
        return {};
    return ProviderCheck::tr("A video link must be an https:// address (http:// only for this computer), "
                             "e.g. https://visio.example.org/mairie.");
}

QString sipProblem(const QString &address)
{
    // sip:user@host[:port][;parameters] (RFC 3261), sips: for a secured line.
    static const QRegularExpression pattern(
        QStringLiteral("^sips?:[^@\\s:;?]+(:[^@\\s]*)?@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]"
                       "([A-Za-z0-9-]*"
                       "[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?([;?]\\S*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (pattern.match(address).hasMatch())
        return {};
    return ProviderCheck::tr("A SIP line must be a sip: or sips: address with a user and a host, e.g. "
                             "sip:interpretes@sip.example.org.");
}

QString appProblem(const QString &address)
{
    if (address.contains(QLatin1Char('\n')) || address.contains(QLatin1Char('\r')))
        return ProviderCheck::tr("The app's command must fit on one line.");
    if (address.contains(QLatin1String("://"))) {
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || (url.host().isEmpty() && url.path().isEmpty()))
            return ProviderCheck::tr("The app's address is not a valid link, e.g. "
                                     "https://transcription.example.org/session.");
    }
    return {};
}

} // namespace

QString ProviderCheck::addressProblem(InterpreterProvider::Kind kind, const QString &typed)
{
    const QString address = typed.trimmed();
    if (address.isEmpty()) {
        switch (kind) {
        case InterpreterProvider::Kind::Phone:
            return tr("Give the service's phone number.");
        case InterpreterProvider::Kind::Video:
            return tr("Give the service's video link (https://…).");
        case InterpreterProvider::Kind::Sip:
            return tr("Give the service's SIP address (sip:user@host).");
        case InterpreterProvider::Kind::App:
            return tr("Give the command that starts the app, or its link.");
        }
    }
    switch (kind) {
    case InterpreterProvider::Kind::Phone: {
        const PhoneNumber phone = PhoneNumber::parse(address);
        return phone.valid ? QString() : phone.error;
    }
    case InterpreterProvider::Kind::Video:
        return videoProblem(address);
    case InterpreterProvider::Kind::Sip:
        return sipProblem(address);
    case InterpreterProvider::Kind::App:
        return appProblem(address);
    }
    return {};
}

QString ProviderCheck::normalizedAddress(InterpreterProvider::Kind kind, const QString &address)
{
    const QString trimmed = address.trimmed();
    if (kind == InterpreterProvider::Kind::Phone) {
        const PhoneNumber phone = PhoneNumber::parse(trimmed);
        if (phone.valid)
            return phone.display;
    }
    return trimmed;
}

QString ProviderCheck::addressExample(InterpreterProvider::Kind kind)
{
    switch (kind) {
    case InterpreterProvider::Kind::Phone:
        return QStringLiteral("04 65 71 00 12");
    case InterpreterProvider::Kind::Video:
        return QStringLiteral("https://visio.example.org/mairie");
    case InterpreterProvider::Kind::Sip:
        return QStringLiteral("sip:interpretes@sip.example.org");
    case InterpreterProvider::Kind::App:
        return QStringLiteral("https://transcription.example.org/session");
    }
    return {};
}

QList<ProviderCheck::Problem> ProviderCheck::check(const InterpreterProvider &p,
                                                   const QSet<QString> &knownSiteIds)
{
    QList<Problem> problems;
    if (p.name.trimmed().isEmpty())
        problems << Problem{Field::Name, tr("Give the service a name.")};
    if (const QString address = addressProblem(p.kind, p.address); !address.isEmpty())
        problems << Problem{Field::Address, address};

    bool modeOk = !p.modes.isEmpty();
    for (InterpretingMode::Value mode : p.modes)
        modeOk = modeOk && InterpretingMode::providerModes().contains(mode);
    if (!modeOk)
        problems << Problem{Field::Modes, tr("Choose what the service offers: foreign languages, LSF, LPC or "
                                             "live transcription.")};

    QStringList unknown;
    for (const QString &code : p.languages)
        if (!LanguageNames::isKnownCode(code))
            unknown << (code.isEmpty() ? QStringLiteral("\"\"") : code);
    if (!unknown.isEmpty())
        problems << Problem{Field::Languages,
                            tr("Unknown language code(s): %1 (two-letter ISO 639-1 codes, e.g. ar, uk).")
                                .arg(unknown.join(QStringLiteral(", ")))};
    else if (p.offers(InterpretingMode::Foreign) && p.languages.isEmpty())
        problems << Problem{Field::Languages,
                            tr("Choose the languages of a foreign-language interpreting service.")};

    for (const InterpreterProvider::Hours &span : p.hours) {
        bool daysOk = !span.days.isEmpty();
        for (int day : span.days)
            daysOk = daysOk && day >= 1 && day <= 7;
        if (!daysOk) {
            problems << Problem{Field::Hours, tr("Each line of opening hours needs weekdays from Monday to "
                                                 "Sunday.")};
            break;
        }
        if (!span.from.isValid() || !span.to.isValid() || span.from >= span.to) {
            problems << Problem{Field::Hours,
                                tr("Opening hours from %1 to %2: the end must come after the start.")
                                    .arg(span.from.toString(QStringLiteral("HH:mm")),
                                         span.to.toString(QStringLiteral("HH:mm")))};
            break;
        }
    }

    QStringList unknownSites;
    for (const QString &site : p.siteIds)
        if (!knownSiteIds.contains(site))
            unknownSites << site;
    if (!unknownSites.isEmpty())
        problems << Problem{Field::Sites,
                            tr("Unknown site(s): %1.").arg(unknownSites.join(QStringLiteral(", ")))};
    return problems;
}

QString ProviderCheck::message(const QList<Problem> &problems)
{
    QStringList sentences;
    for (const Problem &problem : problems)
        sentences << problem.message;
    return sentences.join(QLatin1Char(' '));
}

} // namespace guichet
