#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet::server {

class ServerDatabase;
class RecordStore;

// The server's guard against overbooking (DESIGN §5): whichever counters booked, online or offline,
// a slot never holds more active appointments than its schedule's capacity. Runs inside the
// mutation's write transaction, which the change counter serializes with every other writer.
class SlotCapacity
{
public:
    SlotCapacity(ServerDatabase &database, RecordStore &records)
        : m_db(database)
        , m_records(records)
    {}

    // An appointment holds its slot unless cancelled or deleted.
    static bool holdsSlot(const QJsonObject &appointment);

    // Checks that `after` (the appointment as it would be stored) fits; `before` is its current
    // state, if any. Returns a reason ("slot_full" or "invalid") and a message when it does not.
    struct Refusal
    {
        QString reason;
        QString message;
    };
    std::optional<Refusal> check(const QJsonObject *before, const QJsonObject &after);
    // Records the slot the appointment now holds (or frees it), and publishes the new booking
    // count of each slot touched as a `slot_counts` record (a change of its own), which every
    // counter of the city receives: `before` is the appointment's previous state, if any.
    void record(const QString &appointmentId, const QJsonObject *before, const QJsonObject &after,
                const QString &updatedAt);
    // Publishes the count of every slot that holds a booking (after an import of appointments).
    int publishAllCounts(const QString &updatedAt);

    // The id of a slot's `slot_counts` record: the same on every server and counter.
    static QString slotCountId(const QString &siteId, const QString &serviceId, const QString &startsAt);

private:
    int capacityFor(const QString &siteId, const QString &serviceId, const QString &startsAt);
    void publishCount(const QString &siteId, const QString &serviceId, const QString &startsAt,
                      const QString &updatedAt);

    ServerDatabase &m_db;
    RecordStore &m_records;
};

} // namespace guichet::server
