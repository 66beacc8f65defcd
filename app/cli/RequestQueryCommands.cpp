// guichet-cli requests find QUERY [--limit N] | requests show REF | requests receipt REF --pdf FILE
// Looking a citizen's request up, as the counter does: the matches with where each one stands; one
// request with its whole history (an opening of the record, written to the audit log); its
// acknowledgement of receipt as a PDF (also logged).
#include "CliRuntime.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/Translations.h"
#include "domain/Request.h"
#include "domain/RequestReference.h"
#include "print/RequestReceipt.h"
#include "repo/RequestRepository.h"
#include "repo/SiteRepository.h"
#include "requests/RecordOpeningLog.h"
#include "requests/RequestReceiptData.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>

namespace guichet {

namespace {

// Dates and times as a counter reads them: in the city's time zone.
QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(defaultTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString utcStamp(const QDateTime &utc)
{
    return utc.isValid() ? timefmt::toStore(utc) : QString();
}

QDate todayOf(LocalStore &store)
{
    return store.clock().todayIn(defaultTimeZone());
}

// Whole days since the request was filed (0 the same day).
qint64 ageInDays(const Request &request, const QDate &today)
{
    if (!request.createdAt.isValid())
        return 0;
    return qMax<qint64>(0, request.createdAt.toTimeZone(defaultTimeZone()).date().daysTo(today));
}

QJsonObject summaryJson(const Request &r, const QDate &today)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("requester"), r.requesterName},
            {QStringLiteral("requester_phone"), r.requesterPhone},
            {QStringLiteral("requester_email"), r.requesterEmail},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("channel"), Request::channelName(r.channel)},
            {QStringLiteral("status"), Request::statusName(r.status)},
            {QStringLiteral("competent_service"), r.competentService},
            {QStringLiteral("competence"), Request::competenceName(r.competence)},
            {QStringLiteral("created_at"), utcStamp(r.createdAt)},
            {QStringLiteral("age_days"), ageInDays(r, today)},
            {QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("overdue"), r.isOverdue(today)}};
}

// "2026-12-11", "2026-12-11 (overdue, 3 days late)".
QString dueText(const Request &r, const QDate &today)
{
    const QString due = r.dueDate.toString(Qt::ISODate);
    if (!r.isOverdue(today))
        return due;
    return QStringLiteral("%1 (overdue, %2 days late)").arg(due).arg(r.dueDate.daysTo(today));
}

// The request named on the command line: its reference (as read out: any case, spaces for dashes),
// or its id. Throws StoreError (InvalidInput) when there is none.
Request findRequest(LocalStore &store, const QString &key)
{
    const RequestRepository requests(store);
    if (std::optional<Request> byReference = requests.getByReference(key))
        return *byReference;
    if (std::optional<Request> byId = requests.get(key.trimmed()))
        return *byId;
    const QString normalized = RequestReference::normalized(key);
    const bool mistyped = RequestReference::looksLikePrefix(normalized) && !RequestReference::isValid(normalized);
    throw StoreError(StoreError::Kind::InvalidInput,
                     QStringLiteral("no request has the reference '%1'%2")
                         .arg(key.trimmed(), mistyped ? QStringLiteral(" (its check letter does not match: "
                                                                       "mistyped?)")
                                                      : QString()));
}

std::optional<int> oneReference(CliRuntime &runtime, const QString &command, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return runtime.usage(QStringLiteral("%1: the request's reference is needed").arg(command));
    if (positional.size() > 1)
        return runtime.usage(QStringLiteral("%1: one reference only, not '%2'").arg(command, positional.at(1)));
    return std::nullopt;
}

int runFind(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds requests as the counter's search does: a reference or its start (\"M3-2026-00\"), a phone "
        "number (any spacing, +33 accepted), an e-mail or its start, or the start of the requester's name. "
        "Newest first; each with its requester, status, competent service, age in days and due date."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N requests (1 to 1000)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Skip the first N matches."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({limit, offset});
    const QString command = QStringLiteral("requests find");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return runtime.usage(QStringLiteral("%1: what to look for is needed (a reference, name, phone or e-mail)")
                                 .arg(command));
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > 1000)
        return runtime.usage(QStringLiteral("%1: --limit takes a number from 1 to 1000").arg(command));
    const int skip = parser.value(offset).toInt(&ok);
    if (!ok || skip < 0)
        return runtime.usage(QStringLiteral("%1: --offset takes a number from 0").arg(command));

    LocalStore &store = runtime.store();
    const QDate today = todayOf(store);
    const QList<Request> found = RequestRepository(store).find(query, count, skip);
    QJsonArray list;
    QStringList lines;
    for (const Request &r : found) {
        list << summaryJson(r, today);
        lines << QStringLiteral("%1  %2  %3  %4  %5 d  due %6")
                     .arg(r.reference, r.requesterName, Request::statusName(r.status),
                          r.competentService.isEmpty() ? QStringLiteral("(no service yet)") : r.competentService)
                     .arg(ageInDays(r, today))
                     .arg(dueText(r, today));
    }
    return runtime.succeed({{QStringLiteral("query"), query},
                            {QStringLiteral("count"), int(found.size())},
                            {QStringLiteral("requests"), list}},
                           found.isEmpty() ? QStringLiteral("No request matches \"%1\".").arg(query)
                                           : lines.join(QLatin1Char('\n')));
}

int runShow(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows one request: requester, subject, channel, competent service and how to reach it, status, due "
        "date (overdue or not), and its history (who, when, through which channel, what). Opening a "
        "citizen's record is written to the audit log (a 'view' opening, by the counter's current agent)."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The request's reference (or id)."));
    const QString command = QStringLiteral("requests show");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    if (auto stop = oneReference(runtime, command, parser))
        return *stop;
    LocalStore &store = runtime.store();
    const Request r = findRequest(store, parser.positionalArguments().first());
    const RecordOpeningLog::Entry opening =
        RecordOpeningLog(store).record(r.id, r.reference, RecordOpeningLog::Action::View);

    const QDate today = todayOf(store);
    const Site site = r.siteId.isEmpty() ? Site() : SiteRepository(store).byId(r.siteId);
    QJsonArray events;
    QStringList history;
    for (const RequestEvent &e : r.events) {
        events << QJsonObject{{QStringLiteral("id"), e.id},
                              {QStringLiteral("at"), utcStamp(e.at)},
                              {QStringLiteral("kind"), RequestEvent::kindName(e.kind)},
                              {QStringLiteral("agent_id"), e.agentId},
                              {QStringLiteral("agent"), e.agentName},
                              {QStringLiteral("channel"), e.channel},
                              {QStringLiteral("text"), e.text}};
        history << QStringLiteral("  %1  %2  %3  %4  %5")
                       .arg(localTime(e.at), RequestEvent::kindName(e.kind),
                            e.agentName.isEmpty() ? QStringLiteral("-") : e.agentName,
                            e.channel.isEmpty() ? QStringLiteral("-") : e.channel, e.text.simplified());
    }
    QJsonObject json = summaryJson(r, today);
    json.insert(QStringLiteral("requester_address"), r.requesterAddress);
    json.insert(QStringLiteral("consent"), r.consent);
    json.insert(QStringLiteral("category"), r.category);
    json.insert(QStringLiteral("description"), r.description);
    json.insert(QStringLiteral("service_contact"), r.serviceContact);
    json.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(r.attachments));
    json.insert(QStringLiteral("site_id"), r.siteId);
    json.insert(QStringLiteral("site"), site.name);
    json.insert(QStringLiteral("days_late"), r.isOverdue(today) ? r.dueDate.daysTo(today) : 0);
    json.insert(QStringLiteral("events"), events);
    json.insert(QStringLiteral("audit"), QJsonObject{{QStringLiteral("id"), opening.id},
                                                     {QStringLiteral("action"),
                                                      RecordOpeningLog::actionName(opening.action)},
                                                     {QStringLiteral("agent_id"), opening.agentId},
                                                     {QStringLiteral("opened_at"), utcStamp(opening.openedAt)}});

    QStringList contact{r.requesterPhone, r.requesterEmail, r.requesterAddress};
    contact.removeAll(QString());
    QStringList text{QStringLiteral("%1  %2").arg(r.reference, r.subject),
                     QStringLiteral("requester: %1%2%3")
                         .arg(r.requesterName,
                              contact.isEmpty() ? QString() : QStringLiteral("  ") + contact.join(QStringLiteral(" · ")),
                              r.consent ? QString() : QStringLiteral("  (did not agree to be contacted)")),
                     QStringLiteral("channel: %1, filed %2%3")
                         .arg(Request::channelName(r.channel), localTime(r.createdAt),
                              site.name.isEmpty() ? QString() : QStringLiteral(" at ") + site.name),
                     QStringLiteral("status: %1").arg(Request::statusName(r.status)),
                     QStringLiteral("service: %1 (%2)")
                         .arg(r.competentService.isEmpty() ? QStringLiteral("none yet") : r.competentService,
                              Request::competenceName(r.competence))};
    if (!r.serviceContact.isEmpty())
        text << QStringLiteral("contact: ") + r.serviceContact;
    text << QStringLiteral("due: ") + dueText(r, today);
    if (!r.category.isEmpty() || !r.description.isEmpty())
        text << QStringLiteral("details: ") +
                    QStringList{r.category, r.description.simplified()}.join(QStringLiteral(" — ")).trimmed();
    if (!r.attachments.isEmpty())
        text << QStringLiteral("documents: ") + r.attachments.join(QStringLiteral(", "));
    text << QStringLiteral("history:") << history;
    return runtime.succeed(json, text.join(QLatin1Char('\n')));
}

int runReceipt(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the requester's acknowledgement of receipt as a PDF: the city and the site, the reference "
        "and its QR code, when and how the request was filed, the subject, the competent service and how to "
        "reach it, the due date (15 working days), the status, how to follow it up and the use of the "
        "personal data. Each receipt is written to the audit log (a 'receipt' opening)."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The request's reference (or id)."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the receipt as a PDF to FILE."),
                                 QStringLiteral("FILE"));
    // The receipt is the visitor's document: French, as at the counter, unless asked otherwise. The
    // command's own messages stay in English (scripts read them).
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the receipt: fr (default) or en."),
                                  QStringLiteral("LANG"), QStringLiteral("fr"));
    parser.addOptions({pdf, lang});
    const QString command = QStringLiteral("requests receipt");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    if (auto stop = oneReference(runtime, command, parser))
        return *stop;
    if (!parser.isSet(pdf) || parser.value(pdf).isEmpty())
        return runtime.usage(QStringLiteral("%1: --pdf FILE is needed").arg(command));
    const QString language = parser.value(lang);
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return runtime.usage(QStringLiteral("%1: --lang takes fr or en, not '%2'").arg(command, language));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return runtime.fail(
            QStringLiteral("%1: a PDF needs the application made by createCliApplication").arg(command));

    installTranslations(*QCoreApplication::instance(), language);
    LocalStore &store = runtime.store();
    const Request request = findRequest(store, parser.positionalArguments().first());
    const RequestReceipt receipt(RequestReceiptData::load(store, request.id));
    const QString path = parser.value(pdf);
    QString error;
    if (!receipt.writePdf(path, &error))
        return runtime.fail(error);
    const RecordOpeningLog::Entry opening =
        RecordOpeningLog(store).record(request.id, request.reference, RecordOpeningLog::Action::Receipt);
    const QString written = QFileInfo(path).absoluteFilePath();
    return runtime.succeed({{QStringLiteral("id"), request.id},
                            {QStringLiteral("reference"), request.reference},
                            {QStringLiteral("pdf"), written},
                            {QStringLiteral("language"), language},
                            {QStringLiteral("due_date"), request.dueDate.toString(Qt::ISODate)},
                            {QStringLiteral("qr_code"), QString::fromUtf8(receipt.qrCodeContent())},
                            {QStringLiteral("audit"), QJsonObject{{QStringLiteral("id"), opening.id},
                                                                  {QStringLiteral("action"),
                                                                   RecordOpeningLog::actionName(opening.action)}}}},
                           QStringLiteral("%1  %2").arg(request.reference, written));
}

} // namespace

std::optional<int> runRequestQueryCommand(CliRuntime &runtime, const QString &sub, const QStringList &arguments)
{
    if (sub == QLatin1String("find"))
        return runFind(runtime, arguments);
    if (sub == QLatin1String("show"))
        return runShow(runtime, arguments);
    if (sub == QLatin1String("receipt"))
        return runReceipt(runtime, arguments);
    return std::nullopt;
}

} // namespace guichet
