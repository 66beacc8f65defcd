// guichet-cli slots | book | appointments list|cancel|checkin|noshow|move|close-day|slip
#include "CliRuntime.h"
#include "booking/BookingService.h"
#include "booking/SlotEngine.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "repo/AppointmentRepository.h"
#include "repo/ServiceRepository.h"
#include "repo/SiteRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTimeZone>

namespace guichet {

namespace {

// A site given by code ("M6") or id; empty Site when unknown.
Site findSite(LocalStore &store, const QString &key)
{
    const SiteRepository sites(store);
    const Site byCode = sites.byCode(key.toUpper());
    return byCode.isValid() ? byCode : sites.byId(key);
}

Service findService(LocalStore &store, const QString &key)
{
    const ServiceRepository services(store);
    const Service byCode = services.byCode(key.toUpper());
    return byCode.isValid() ? byCode : services.byId(key);
}

QTimeZone zoneOf(const Site &site)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    return zone.isValid() ? zone : defaultTimeZone();
}

// "2026-12-03T09:15" (the site's local time) or with an offset / Z; invalid when unreadable.
QDateTime parseStart(const QString &text, const QTimeZone &zone)
{
    QDateTime start = QDateTime::fromString(text, Qt::ISODate);
    if (!start.isValid())
        return {};
    if (start.timeSpec() == Qt::LocalTime) // no offset given: the site's own clock
        start = QDateTime(start.date(), start.time(), zone);
    return start.toUTC();
}

QString localText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

QJsonObject appointmentJson(const Appointment &a, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("reference"), a.reference},
            {QStringLiteral("site_id"), a.siteId},
            {QStringLiteral("service_id"), a.serviceId},
            {QStringLiteral("service"), a.serviceName},
            {QStringLiteral("starts_at"), timefmt::toStore(a.startsAt)},
            {QStringLiteral("local_start"), localText(a.startsAt, zone)},
            {QStringLiteral("visitor_name"), a.visitorName},
            {QStringLiteral("visitor_phone"), a.visitorPhone},
            {QStringLiteral("status"), Appointment::statusName(a.status)},
            {QStringLiteral("confirmation_sms"), a.confirmationState},
            {QStringLiteral("reminder_sms"), a.reminderState}};
}

// By id or by reference ("RDV-…").
Appointment findAppointment(const AppointmentRepository &appointments, const QString &key)
{
    const Appointment byId = appointments.byId(key);
    return byId.isValid() ? byId : appointments.byReference(key);
}

QString currentAgent(LocalStore &store)
{
    return SyncStateRepository(store).value(SyncStateRepository::CurrentAgent);
}

} // namespace

int runSlotsCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Free slots for a reason (motif), earliest first, at one site or at every site (--site any)."));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Site code or id, or 'any'"),
                                  QStringLiteral("S"), QStringLiteral("any"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Reason code or id"),
                                     QStringLiteral("X"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First day (YYYY-MM-DD; default today)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days searched (default 90)"),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Slots at most (default 10)"),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption perSite(QStringLiteral("per-site"), QStringLiteral("Slots of one site at most"),
                                     QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({site, service, from, days, limit, perSite});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("slots"), arguments))
        return *stop;
    if (!parser.isSet(service))
        return runtime.usage(QStringLiteral("slots: --service is needed"));
    bool daysOk = false;
    bool limitOk = false;
    bool perSiteOk = false;
    SlotQuery query;
    query.days = parser.value(days).toInt(&daysOk);
    query.limit = parser.value(limit).toInt(&limitOk);
    query.perSite = parser.value(perSite).toInt(&perSiteOk);
    if (!daysOk || !limitOk || !perSiteOk || query.days < 1 || query.days > 366 || query.limit < 1 ||
        query.limit > 1000 || query.perSite < 0)
        return runtime.usage(QStringLiteral("slots: --days 1..366, --limit 1..1000, --per-site ≥ 0"));
    if (parser.isSet(from)) {
        query.from = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!query.from.isValid())
            return runtime.usage(QStringLiteral("slots: --from must be a date YYYY-MM-DD"));
    }
    LocalStore &store = runtime.store();
    const Service reason = findService(store, parser.value(service));
    if (!reason.isValid())
        return runtime.fail(QStringLiteral("unknown reason '%1'").arg(parser.value(service)));
    query.serviceId = reason.id;
    if (parser.value(site).toLower() != QLatin1String("any")) {
        const Site chosen = findSite(store, parser.value(site));
        if (!chosen.isValid())
            return runtime.fail(QStringLiteral("unknown site '%1'").arg(parser.value(site)));
        query.siteIds = {chosen.id};
    }
    const QList<FreeSlot> free = SlotEngine(store, store.clock()).freeSlots(query);
    QHash<QString, Site> sites;
    for (const Site &s : SiteRepository(store).all())
        sites.insert(s.id, s);
    QJsonArray list;
    QStringList lines;
    for (const FreeSlot &slot : free) {
        const Site &at = sites[slot.siteId];
        list << QJsonObject{{QStringLiteral("site_id"), slot.siteId},
                            {QStringLiteral("site_code"), at.code},
                            {QStringLiteral("site_name"), at.name},
                            {QStringLiteral("service_id"), slot.serviceId},
                            {QStringLiteral("starts_at"), timefmt::toStore(slot.startsAt)},
                            {QStringLiteral("local_start"), localText(slot.startsAt, zoneOf(at))},
                            {QStringLiteral("capacity"), slot.capacity},
                            {QStringLiteral("booked"), slot.booked},
                            {QStringLiteral("remaining"), slot.remaining()}};
        lines << QStringLiteral("%1  %2  %3 free of %4")
                     .arg(localText(slot.startsAt, zoneOf(at)), at.code)
                     .arg(slot.remaining())
                     .arg(slot.capacity);
    }
    return runtime.succeed({{QStringLiteral("service"), reason.code}, {QStringLiteral("slots"), list}},
                           lines.isEmpty() ? QStringLiteral("no free slot") : lines.join(QLatin1Char('\n')));
}

int runBookCommand(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Books a slot for a visitor. Offline too: the booking is 'pending' (to be confirmed) until the "
        "server confirms it at the next sync."));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Site code or id"),
                                  QStringLiteral("S"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Reason code or id"),
                                     QStringLiteral("X"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        QStringLiteral("Slot start, site's local time (2026-12-03T09:15) or with offset"),
        QStringLiteral("ISO"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Visitor's name"),
                                  QStringLiteral("N"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Phone number"),
                                   QStringLiteral("P"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("E-mail address"),
                                   QStringLiteral("E"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Visitor's language (fr, ar…)"), QStringLiteral("L"),
                                      QStringLiteral("fr"));
    const QCommandLineOption needs(QStringLiteral("needs"),
                                   QStringLiteral("Comma-separated: interpreter, sign-language, wheelchair"),
                                   QStringLiteral("LIST"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("counter, phone or web"),
                                     QStringLiteral("C"), QStringLiteral("counter"));
    const QCommandLineOption noSms(QStringLiteral("no-sms"),
                                   QStringLiteral("No SMS confirmation or reminder"));
    parser.addOptions({site, service, start, name, phone, email, language, needs, channel, noSms});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("book"), arguments))
        return *stop;
    for (const QCommandLineOption *required : {&site, &service, &start, &name})
        if (!parser.isSet(*required))
            return runtime.usage(QStringLiteral("book: --%1 is needed").arg(required->names().first()));
    BookingRequest request;
    for (const QString &need : parser.value(needs).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString n = need.trimmed().toLower();
        if (n == QLatin1String("interpreter"))
            request.needs.interpreter = true;
        else if (n == QLatin1String("sign-language") || n == QLatin1String("lsf"))
            request.needs.signLanguage = true;
        else if (n == QLatin1String("wheelchair"))
            request.needs.wheelchair = true;
        else
            return runtime.usage(QStringLiteral("book: unknown need '%1'").arg(need));
    }
    const QString channelName = parser.value(channel);
    if (channelName != QLatin1String("counter") && channelName != QLatin1String("phone") &&
        channelName != QLatin1String("web"))
        return runtime.usage(QStringLiteral("book: --channel is counter, phone or web"));
    LocalStore &store = runtime.store();
    const Site chosen = findSite(store, parser.value(site));
    if (!chosen.isValid())
        return runtime.fail(QStringLiteral("unknown site '%1'").arg(parser.value(site)));
    const Service reason = findService(store, parser.value(service));
    if (!reason.isValid())
        return runtime.fail(QStringLiteral("unknown reason '%1'").arg(parser.value(service)));
    request.siteId = chosen.id;
    request.serviceId = reason.id;
    request.startsAt = parseStart(parser.value(start), zoneOf(chosen));
    if (!request.startsAt.isValid())
        return runtime.fail(
            QStringLiteral("'%1' is not a date and time (2026-12-03T09:15)").arg(parser.value(start)));
    request.visitorName = parser.value(name);
    request.visitorPhone = parser.value(phone);
    request.visitorEmail = parser.value(email);
    request.visitorLanguage = parser.value(language);
    request.channel = Appointment::channelFromName(channelName);
    request.smsOptIn = !parser.isSet(noSms);

    const BookingService booking(store, store.clock());
    const Appointment booked = booking.book(request, currentAgent(store));
    QJsonArray warnings;
    for (const Appointment &other : booking.similar(request, booked.id))
        warnings << QJsonObject{{QStringLiteral("kind"), QStringLiteral("similar_booking")},
                                {QStringLiteral("id"), other.id},
                                {QStringLiteral("reference"), other.reference},
                                {QStringLiteral("starts_at"), timefmt::toStore(other.startsAt)}};
    QJsonObject json = appointmentJson(booked, zoneOf(chosen));
    json.insert(QStringLiteral("ends_at"), timefmt::toStore(booked.endsAt));
    json.insert(QStringLiteral("warnings"), warnings);
    QString text = QStringLiteral("%1  %2  %3 at %4 (%5)")
                       .arg(booked.reference, Appointment::statusName(booked.status),
                            localText(booked.startsAt, zoneOf(chosen)), chosen.code, reason.name);
    if (!warnings.isEmpty())
        text += QStringLiteral("\nwarning: this visitor already has %1 appointment(s) for this reason nearby")
                    .arg(warnings.size());
    return runtime.succeed(json, text);
}

namespace {

// The --site and --date options of a day's command, read and checked: an exit code when the
// command must stop there (help, usage error, unknown site).
std::optional<int> readSiteDay(CliRuntime &runtime, const QString &command, const QString &description,
                               const QStringList &arguments, Site *chosen, QDate *day)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Site code or id"),
                                  QStringLiteral("S"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day (YYYY-MM-DD; default today)"),
                                  QStringLiteral("DATE"));
    parser.addOptions({site, date});
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return stop;
    if (!parser.isSet(site))
        return runtime.usage(QStringLiteral("%1: --site is needed").arg(command));
    LocalStore &store = runtime.store();
    *chosen = findSite(store, parser.value(site));
    if (!chosen->isValid())
        return runtime.fail(QStringLiteral("unknown site '%1'").arg(parser.value(site)));
    *day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                              : store.clock().todayIn(zoneOf(*chosen));
    if (!day->isValid())
        return runtime.usage(QStringLiteral("%1: --date must be a date YYYY-MM-DD").arg(command));
    return std::nullopt;
}

int runList(CliRuntime &runtime, const QStringList &arguments)
{
    Site chosen;
    QDate day;
    if (auto stop = readSiteDay(runtime, QStringLiteral("appointments list"),
                                QStringLiteral("The day at a site: every appointment, by time."), arguments,
                                &chosen, &day))
        return *stop;
    LocalStore &store = runtime.store();
    QJsonArray list;
    QStringList lines;
    for (const Appointment &a : AppointmentRepository(store).dayOfSite(chosen.id, day)) {
        list << appointmentJson(a, zoneOf(chosen));
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(a.startsAt.toTimeZone(zoneOf(chosen)).toString(QStringLiteral("HH:mm")),
                          a.reference, Appointment::statusName(a.status), a.visitorName, a.serviceName);
    }
    return runtime.succeed({{QStringLiteral("site"), chosen.code},
                            {QStringLiteral("date"), day.toString(Qt::ISODate)},
                            {QStringLiteral("appointments"), list}},
                           lines.isEmpty() ? QStringLiteral("no appointment")
                                           : lines.join(QLatin1Char('\n')));
}

// cancel | checkin | noshow ID
int runStatus(CliRuntime &runtime, const QString &command, const QStringList &arguments,
              Appointment::Status to)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Changes one appointment's status at the counter."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The appointment's id or reference"));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("appointments ") + command, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("appointments %1: one appointment id is needed").arg(command));
    LocalStore &store = runtime.store();
    AppointmentRepository appointments(store);
    const Appointment a = findAppointment(appointments, parser.positionalArguments().first());
    if (!a.isValid())
        return runtime.fail(
            QStringLiteral("no appointment '%1' at this counter").arg(parser.positionalArguments().first()));
    if (to == Appointment::Status::Cancelled)
        BookingService(store, store.clock()).cancel(a.id, currentAgent(store));
    else
        appointments.setStatus(a.id, to, currentAgent(store));
    const Appointment now = appointments.byId(a.id);
    return runtime.succeed(appointmentJson(now, appointments.siteTimeZone(now.siteId)),
                           QStringLiteral("%1  %2").arg(now.reference, Appointment::statusName(now.status)));
}

int runMove(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Moves an appointment to another free slot (to be confirmed again)."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The appointment's id or reference"));
    const QCommandLineOption start(
        QStringLiteral("start"), QStringLiteral("New slot start (site's local time)"), QStringLiteral("ISO"));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Another site (code or id)"),
                                  QStringLiteral("S"));
    parser.addOptions({start, site});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("appointments move"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(start))
        return runtime.usage(QStringLiteral("appointments move: an appointment id and --start are needed"));
    LocalStore &store = runtime.store();
    AppointmentRepository appointments(store);
    const Appointment a = findAppointment(appointments, parser.positionalArguments().first());
    if (!a.isValid())
        return runtime.fail(
            QStringLiteral("no appointment '%1' at this counter").arg(parser.positionalArguments().first()));
    const Site target =
        parser.isSet(site) ? findSite(store, parser.value(site)) : SiteRepository(store).byId(a.siteId);
    if (!target.isValid())
        return runtime.fail(QStringLiteral("unknown site '%1'").arg(parser.value(site)));
    const QDateTime startsAt = parseStart(parser.value(start), zoneOf(target));
    if (!startsAt.isValid())
        return runtime.fail(
            QStringLiteral("'%1' is not a date and time (2026-12-03T09:15)").arg(parser.value(start)));
    const Appointment moved = BookingService(store, store.clock()).reschedule(a.id, target.id, startsAt);
    return runtime.succeed(appointmentJson(moved, zoneOf(target)),
                           QStringLiteral("%1  %2  %3")
                               .arg(moved.reference, Appointment::statusName(moved.status),
                                    localText(moved.startsAt, zoneOf(target))));
}

int runCloseDay(CliRuntime &runtime, const QStringList &arguments)
{
    Site chosen;
    QDate day;
    if (auto stop =
            readSiteDay(runtime, QStringLiteral("appointments close-day"),
                        QStringLiteral("End of the day: the visitors who did not come become no-shows, those "
                                       "checked in are done."),
                        arguments, &chosen, &day))
        return *stop;
    LocalStore &store = runtime.store();
    const BookingService::DayClosed closed = BookingService(store, store.clock()).closeDay(chosen.id, day);
    return runtime.succeed(
        {{QStringLiteral("no_shows"), closed.noShows}, {QStringLiteral("done"), closed.done}},
        QStringLiteral("%1 no-show(s), %2 done").arg(closed.noShows).arg(closed.done));
}

} // namespace

int runAppointmentsCommand(CliRuntime &runtime, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return runtime.usage(
            QStringLiteral("appointments: list, cancel, checkin, noshow, move, close-day or slip is needed"));
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return runList(runtime, rest);
    if (sub == QLatin1String("cancel"))
        return runStatus(runtime, sub, rest, Appointment::Status::Cancelled);
    if (sub == QLatin1String("checkin"))
        return runStatus(runtime, sub, rest, Appointment::Status::CheckedIn);
    if (sub == QLatin1String("noshow"))
        return runStatus(runtime, sub, rest, Appointment::Status::NoShow);
    if (sub == QLatin1String("move"))
        return runMove(runtime, rest);
    if (sub == QLatin1String("close-day"))
        return runCloseDay(runtime, rest);
    if (sub == QLatin1String("slip"))
        return runAppointmentSlipCommand(runtime, rest);
    return runtime.usage(QStringLiteral("appointments: unknown sub-command '%1'").arg(sub));
}

} // namespace guichet
