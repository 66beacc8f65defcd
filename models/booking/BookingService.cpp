#include "booking/BookingService.h"

#include "booking/SlotEngine.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "core/PhoneNumber.h"
#include "core/TimeFormat.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/ServiceRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "sync/EntitySchema.h"
#include "sync/RecordWriter.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace guichet {

namespace {

StoreError refused(const QString &message)
{
    return StoreError(StoreError::Kind::InvalidInput, message);
}

// A null QString binds as SQL NULL, and "id <> NULL" is never true.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isActive(Appointment::Status status)
{
    return status == Appointment::Status::Booked || status == Appointment::Status::Pending;
}

// Names compared without case, accents or extra spaces ("Mme  Dupré" = "mme dupre").
QString foldedName(const QString &name)
{
    QString folded = name.simplified().toCaseFolded().normalized(QString::NormalizationForm_D);
    folded.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return folded;
}

} // namespace

BookingService::BookingService(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString BookingService::newReference()
{
    static const char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L
    QString reference = QStringLiteral("RDV-");
    for (int i = 0; i < 8; ++i)
        reference += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)]);
    return reference;
}

void BookingService::checkVisitor(BookingRequest &request) const
{
    request.visitorName = request.visitorName.simplified();
    if (request.visitorName.isEmpty())
        throw refused(tr("The visitor's name is needed to book."));
    if (request.visitorName.size() > 200)
        throw refused(tr("The visitor's name is too long (at most 200 characters)."));
    request.visitorPhone = request.visitorPhone.trimmed();
    if (!request.visitorPhone.isEmpty()) {
        const PhoneNumber phone = PhoneNumber::parse(request.visitorPhone);
        if (!phone.valid)
            throw refused(
                tr("The phone number “%1” is not valid: %2").arg(request.visitorPhone, phone.error));
        request.visitorPhone = phone.e164;
    }
    request.visitorEmail = request.visitorEmail.trimmed().toLower();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!request.visitorEmail.isEmpty() && !email.match(request.visitorEmail).hasMatch())
        throw refused(tr("The e-mail address “%1” is not valid.").arg(request.visitorEmail));
    request.visitorLanguage = request.visitorLanguage.trimmed().isEmpty() ? QStringLiteral("fr")
                                                                          : request.visitorLanguage.trimmed();
}

QList<Appointment> BookingService::similar(const BookingRequest &request, const QString &exceptId) const
{
    QList<Appointment> found;
    if (!request.startsAt.isValid())
        return found;
    const QDateTime from = request.startsAt.addDays(-kSimilarWithinDays);
    const QDateTime to = request.startsAt.addDays(kSimilarWithinDays);
    // The same phone, the same e-mail or the same name (without case here, then without accents).
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM appointments a JOIN services s ON s.id = a.service_id "
                       "WHERE a.service_id = ? AND a.starts_at >= ? AND a.starts_at <= ? AND a.deleted = 0 "
                       "AND a.status IN ('booked', 'pending') AND a.id <> ? AND (a.visitor_phone = ? OR "
                       "a.visitor_email = ? OR a.visitor_name = ? COLLATE NOCASE) ORDER BY a.starts_at")
            .arg(AppointmentRepository::selectColumns()),
        {request.serviceId, timefmt::toStore(from), timefmt::toStore(to), notNull(exceptId),
         sql::nullIfEmpty(request.visitorPhone), sql::nullIfEmpty(request.visitorEmail),
         sql::nullIfEmpty(request.visitorName.simplified())});
    const QString name = foldedName(request.visitorName);
    while (query.next()) {
        const Appointment a = AppointmentRepository::fromQuery(query);
        const bool samePhone = !request.visitorPhone.isEmpty() && a.visitorPhone == request.visitorPhone;
        const bool sameEmail = !request.visitorEmail.isEmpty() && a.visitorEmail == request.visitorEmail;
        if (samePhone || sameEmail || (!name.isEmpty() && foldedName(a.visitorName) == name))
            found << a;
    }
    return found;
}

void BookingService::checkLimitPerPerson(const BookingRequest &request, const QString &exceptId) const
{
    const Service service = ServiceRepository(m_store).byId(request.serviceId);
    if (service.maxPerPerson <= 0 || (request.visitorPhone.isEmpty() && request.visitorEmail.isEmpty()))
        return;
    const int days = std::max(1, service.maxPerPersonDays);
    const int held =
        sql::scalar(
            m_store.connection(),
            QStringLiteral("SELECT count(*) FROM appointments WHERE service_id = ? AND deleted = 0 AND "
                           "status IN ('booked', 'pending', 'checked_in') AND id <> ? AND starts_at >= ? "
                           "AND starts_at <= ? AND (visitor_phone = ? OR visitor_email = ?)"),
            {request.serviceId, notNull(exceptId), timefmt::toStore(request.startsAt.addDays(-days)),
             timefmt::toStore(request.startsAt.addDays(days)), sql::nullIfEmpty(request.visitorPhone),
             sql::nullIfEmpty(request.visitorEmail)})
            .toInt();
    if (held >= service.maxPerPerson)
        throw refused(tr("This visitor already has %1 appointment(s) for “%2” within %3 days, the most this "
                         "reason allows.")
                          .arg(held)
                          .arg(service.name)
                          .arg(days));
}

FreeSlot BookingService::freeSlotAt(const QString &siteId, const QString &serviceId,
                                    const QDateTime &startsAt) const
{
    QString why;
    const std::optional<FreeSlot> slot =
        SlotEngine(m_store, m_clock).slotAt(siteId, serviceId, startsAt, &why);
    if (!slot)
        throw refused(why);
    if (slot->remaining() <= 0)
        throw refused(tr("This slot is full (%1 of %2 taken): choose another one.")
                          .arg(slot->booked)
                          .arg(slot->capacity));
    return *slot;
}

Appointment BookingService::book(const BookingRequest &draft, const QString &agentId) const
{
    BookingRequest request = draft;
    checkVisitor(request);
    const FreeSlot slot = freeSlotAt(request.siteId, request.serviceId, request.startsAt);
    checkLimitPerPerson(request, QString());

    QSqlDatabase db = m_store.connection();
    const QDateTime now = m_clock.nowUtc();
    Appointment a;
    a.id = newId();
    a.reference = newReference();
    a.siteId = request.siteId;
    a.serviceId = request.serviceId;
    a.startsAt = slot.startsAt;
    a.endsAt = slot.endsAt;
    a.visitorName = request.visitorName;
    a.visitorPhone = request.visitorPhone;
    a.visitorEmail = request.visitorEmail;
    a.visitorLanguage = request.visitorLanguage;
    a.needs = request.needs;
    a.status = Appointment::Status::Pending;
    a.bookedBy = agentId;
    a.channel = request.channel;
    a.notes = request.notes.trimmed();
    a.createdAt = now;
    a.updatedAt = now;
    const bool smsOptIn = request.smsOptIn && !a.visitorPhone.isEmpty();
    const QJsonObject record{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("reference"), a.reference},
        {QStringLiteral("site_id"), a.siteId},
        {QStringLiteral("service_id"), a.serviceId},
        {QStringLiteral("starts_at"), timefmt::toStore(a.startsAt)},
        {QStringLiteral("ends_at"), timefmt::toStore(a.endsAt)},
        {QStringLiteral("counter_no"), 1},
        {QStringLiteral("visitor_name"), a.visitorName},
        {QStringLiteral("visitor_phone"), a.visitorPhone},
        {QStringLiteral("visitor_email"), a.visitorEmail},
        {QStringLiteral("visitor_language"), a.visitorLanguage},
        {QStringLiteral("need_interpreter"), a.needs.interpreter ? 1 : 0},
        {QStringLiteral("need_sign_language"), a.needs.signLanguage ? 1 : 0},
        {QStringLiteral("need_wheelchair"), a.needs.wheelchair ? 1 : 0},
        {QStringLiteral("status"), Appointment::statusName(a.status)},
        {QStringLiteral("reminder_state"), QStringLiteral("none")},
        {QStringLiteral("confirmation_state"), QStringLiteral("none")},
        {QStringLiteral("sms_opt_in"), smsOptIn ? 1 : 0},
        {QStringLiteral("booked_by"), agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId)},
        {QStringLiteral("channel"), Appointment::channelName(a.channel)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("created_at"), timefmt::toStore(now)},
        {QStringLiteral("updated_at"), timefmt::toStoreMs(now)},
    };
    {
        Transaction transaction(db);
        if (!agentId.isEmpty() &&
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM agents WHERE id = ?"), {agentId}).toInt() ==
                0)
            throw refused(
                tr("The agent signed in at this counter is unknown to the local store: sign in again."));
        {
            RecordWriter writer(db);
            writer.upsert(*EntitySchema::instance().find(QStringLiteral("appointments")), a.id, record, 0,
                          false);
        }
        Mutation mutation;
        mutation.entity = QStringLiteral("appointments");
        mutation.entityId = a.id;
        mutation.operation = Mutation::Operation::Create;
        mutation.payload = record;
        mutation.payload.remove(QStringLiteral("updated_at"));
        OutboxRepository(m_store).enqueue(db, mutation);
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("appointments"));
    return AppointmentRepository(m_store).byId(a.id);
}

Appointment BookingService::reschedule(const QString &appointmentId, const QString &siteId,
                                       const QDateTime &startsAt) const
{
    AppointmentRepository appointments(m_store);
    const Appointment current = appointments.byId(appointmentId);
    if (!current.isValid())
        throw refused(tr("This appointment is not in the local store (%1).").arg(appointmentId));
    if (!isActive(current.status))
        throw refused(tr("Only an appointment still to come can be moved."));
    const QString targetSite = siteId.isEmpty() ? current.siteId : siteId;
    if (targetSite == current.siteId && startsAt == current.startsAt)
        return current;
    const FreeSlot slot = freeSlotAt(targetSite, current.serviceId, startsAt);
    QSqlDatabase db = m_store.connection();
    const QDateTime now = m_clock.nowUtc();
    const QJsonObject change{
        {QStringLiteral("site_id"), targetSite},
        {QStringLiteral("starts_at"), timefmt::toStore(slot.startsAt)},
        {QStringLiteral("ends_at"), timefmt::toStore(slot.endsAt)},
        // To be confirmed again: the server checks the new slot's capacity.
        {QStringLiteral("status"), Appointment::statusName(Appointment::Status::Pending)},
        {QStringLiteral("confirmation_state"), QStringLiteral("none")},
        {QStringLiteral("reminder_state"), QStringLiteral("none")}};
    {
        Transaction transaction(db);
        const qint64 baseVersion =
            sql::scalar(db, QStringLiteral("SELECT version FROM appointments WHERE id = ?"), {appointmentId})
                .toLongLong();
        {
            RecordWriter writer(db);
            QJsonObject row = change;
            row.insert(QStringLiteral("updated_at"), timefmt::toStoreMs(now));
            writer.update(*EntitySchema::instance().find(QStringLiteral("appointments")), appointmentId, row);
        }
        Mutation mutation;
        mutation.entity = QStringLiteral("appointments");
        mutation.entityId = appointmentId;
        mutation.operation = Mutation::Operation::Update;
        mutation.payload = change;
        mutation.baseVersion = baseVersion;
        OutboxRepository(m_store).enqueue(db, mutation);
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("appointments"));
    return appointments.byId(appointmentId);
}

void BookingService::cancel(const QString &appointmentId, const QString &agentId) const
{
    AppointmentRepository(m_store).setStatus(appointmentId, Appointment::Status::Cancelled, agentId);
}

namespace {

// What the end of the day makes of an appointment, or nothing when it stays as it is.
std::optional<Appointment::Status> settledAtClose(const Appointment &a, const QDateTime &now)
{
    if (isActive(a.status) && a.startsAt < now)
        return Appointment::Status::NoShow;
    if (a.status == Appointment::Status::CheckedIn)
        return Appointment::Status::Done;
    return std::nullopt;
}

} // namespace

BookingService::DayClosed BookingService::closeDayPreview(const QString &siteId, const QDate &day) const
{
    const QDateTime now = m_clock.nowUtc();
    DayClosed preview;
    for (const Appointment &a : AppointmentRepository(m_store).dayOfSite(siteId, day)) {
        const std::optional<Appointment::Status> to = settledAtClose(a, now);
        if (to)
            ++(*to == Appointment::Status::NoShow ? preview.noShows : preview.done);
        else if (isActive(a.status))
            ++preview.toCome;
    }
    return preview;
}

BookingService::DayClosed BookingService::closeDay(const QString &siteId, const QDate &day) const
{
    AppointmentRepository appointments(m_store);
    const QDateTime now = m_clock.nowUtc();
    DayClosed closed;
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        for (const Appointment &a : appointments.dayOfSite(siteId, day)) {
            const std::optional<Appointment::Status> settled = settledAtClose(a, now);
            if (!settled)
                continue;
            const Appointment::Status to = *settled;
            sql::exec(db, QStringLiteral("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?"),
                      {Appointment::statusName(to), timefmt::toStoreMs(now), a.id});
            Mutation mutation;
            mutation.entity = QStringLiteral("appointments");
            mutation.entityId = a.id;
            mutation.operation = Mutation::Operation::Update;
            mutation.payload = QJsonObject{{QStringLiteral("status"), Appointment::statusName(to)}};
            mutation.baseVersion = a.version;
            OutboxRepository(m_store).enqueue(db, mutation);
            ++(to == Appointment::Status::NoShow ? closed.noShows : closed.done);
        }
        transaction.commit();
    }
    if (closed.noShows + closed.done > 0)
        m_store.notifyChanged(QStringLiteral("appointments"));
    return closed;
}

} // namespace guichet
