#include "SmsPlanner.h"

#include "RecordStore.h"
#include "ServerDatabase.h"
#include "core/Ids.h"
#include "core/PhoneNumber.h"
#include "core/TimeFormat.h"

namespace guichet::server {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// An INTEGER column of the counters' schema, sent as a number or a boolean.
bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? value.toBool() : value.toInt() != 0;
}

// Why this appointment gets no SMS at all, or empty. `number` receives its mobile number.
QString whyNoSms(const StoredRecord &appointment, PhoneNumber *number)
{
    if (appointment.deleted)
        return QStringLiteral("deleted");
    if (text(appointment.data, "status") != QLatin1String("booked"))
        return QStringLiteral("not_booked");
    if (!flag(appointment.data, "sms_opt_in"))
        return QStringLiteral("no_consent");
    *number = PhoneNumber::parse(text(appointment.data, "visitor_phone"));
    if (!number->valid)
        return QStringLiteral("invalid_phone");
    if (!number->mobile)
        return QStringLiteral("not_a_mobile");
    return {};
}

} // namespace

SmsPlanner::SmsPlanner(ServerDatabase &database, const SmsTemplates &templates, int reminderHours)
    : m_db(database)
    , m_templates(templates)
    , m_reminderHours(reminderHours)
{}

QList<SmsPlanner::Candidate> SmsPlanner::candidates(const QDateTime &now, int limit)
{
    // appointment_slots has every appointment's start and whether it holds its slot (not
    // cancelled, not deleted), indexed by start: the scheduler never reads the whole city's
    // appointments, only those that still miss a message.
    const QString from = timefmt::toStore(now);
    const QString reminderFrom = timefmt::toStore(now.addSecs(kReminderNotWithinSeconds));
    const QString reminderUntil = timefmt::toStore(now.addSecs(static_cast<qint64>(m_reminderHours) * 3600));
    QSqlQuery &query = m_db.exec(
        QStringLiteral(
            "SELECT id, version, confirm, remind FROM (SELECT s.appointment_id AS id, r.version AS version, "
            "s.starts_at AS starts_at, "
            "CASE WHEN EXISTS (SELECT 1 FROM sms_messages m WHERE m.appointment_id = s.appointment_id AND "
            "m.kind = 'confirmation' AND m.starts_at = s.starts_at) THEN 0 ELSE 1 END AS confirm, "
            "CASE WHEN s.starts_at > ? AND s.starts_at <= ? AND NOT EXISTS (SELECT 1 FROM sms_messages m "
            "WHERE m.appointment_id = s.appointment_id AND m.kind = 'reminder' AND m.starts_at = "
            "s.starts_at) THEN 1 ELSE 0 END AS remind "
            "FROM appointment_slots s JOIN records r ON r.id = s.appointment_id "
            "LEFT JOIN sms_ineligible i ON i.appointment_id = s.appointment_id AND i.version = r.version "
            "WHERE s.active = 1 AND r.deleted = 0 AND s.starts_at > ? AND i.appointment_id IS NULL) c "
            "WHERE confirm = 1 OR remind = 1 ORDER BY starts_at, id LIMIT ?"),
        {reminderFrom, reminderUntil, from, limit});
    QList<Candidate> found;
    while (query.next()) {
        Candidate candidate;
        candidate.appointmentId = query.value(0).toString();
        candidate.version = query.value(1).toLongLong();
        candidate.confirmation = query.value(2).toInt() == 1;
        candidate.reminder = query.value(3).toInt() == 1;
        found << candidate;
    }
    query.finish();
    return found;
}

QJsonObject SmsPlanner::recordData(const QString &id)
{
    const auto cached = m_cache.constFind(id);
    if (cached != m_cache.constEnd())
        return *cached;
    const std::optional<StoredRecord> record = RecordStore(m_db).find(id);
    const QJsonObject data = record ? record->data : QJsonObject();
    m_cache.insert(id, data);
    return data;
}

QList<SmsMessage> SmsPlanner::plan(const Candidate &candidate, const StoredRecord &record,
                                   QString *ineligible)
{
    PhoneNumber number;
    if (const QString reason = whyNoSms(record, &number); !reason.isEmpty()) {
        *ineligible = reason;
        return {};
    }
    const QJsonObject &data = record.data;
    Appointment appointment;
    appointment.id = record.id;
    appointment.reference = text(data, "reference");
    appointment.startsAt = timefmt::fromStore(text(data, "starts_at"));
    appointment.visitorLanguage = text(data, "visitor_language");
    if (!appointment.startsAt.isValid()) {
        *ineligible = QStringLiteral("no_start");
        return {};
    }
    const QJsonObject siteData = recordData(text(data, "site_id"));
    Site site;
    site.id = text(data, "site_id");
    site.code = text(siteData, "code");
    site.name = text(siteData, "name");
    site.phone = text(siteData, "phone");
    if (const QString zone = text(siteData, "time_zone"); !zone.isEmpty())
        site.timeZone = zone;
    Service service;
    service.id = text(data, "service_id");
    service.name = text(recordData(service.id), "name");

    QList<SmsMessage> messages;
    for (const SmsTemplates::Kind kind : {SmsTemplates::Kind::Confirmation, SmsTemplates::Kind::Reminder}) {
        if ((kind == SmsTemplates::Kind::Confirmation && !candidate.confirmation) ||
            (kind == SmsTemplates::Kind::Reminder && !candidate.reminder))
            continue;
        SmsMessage message;
        message.id = newId();
        message.appointmentId = record.id;
        message.kind = kind;
        message.startsAt = text(data, "starts_at");
        message.to = number.e164;
        message.body = m_templates.render(kind, appointment, site, service);
        if (!message.body.isEmpty())
            messages << message;
    }
    if (messages.isEmpty())
        *ineligible = QStringLiteral("no_template");
    return messages;
}

QString SmsPlanner::obsolete(const SmsMessage &message, const StoredRecord *appointment, const QDateTime &now)
{
    if (!appointment)
        return QStringLiteral("appointment_gone");
    PhoneNumber number;
    if (const QString reason = whyNoSms(*appointment, &number); !reason.isEmpty())
        return reason;
    if (text(appointment->data, "starts_at") != message.startsAt)
        return QStringLiteral("rescheduled");
    if (number.e164 != message.to)
        return QStringLiteral("phone_changed");
    const QDateTime start = timefmt::fromStore(message.startsAt);
    if (!start.isValid() || start <= now)
        return QStringLiteral("started");
    return {};
}

} // namespace guichet::server
