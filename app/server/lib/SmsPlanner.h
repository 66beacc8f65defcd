#pragma once

#include "SmsOutbox.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet::server {

class RecordStore;
class ServerDatabase;
struct StoredRecord;

// Which appointments get which SMS, and their text. An appointment gets SMS when it is booked
// (confirmed by the server), not deleted, its visitor agreed (sms_opt_in = 1) and its phone is a
// valid mobile (PhoneNumber): a confirmation once it is booked, a reminder once it starts within
// the reminder window (`reminderHours`, but not in the last hour), one of each per start — a
// rescheduled appointment gets new ones. The text is written once, when the message is queued.
class SmsPlanner
{
public:
    static constexpr int kReminderNotWithinSeconds = 3600; // a reminder an hour before is too late

    SmsPlanner(ServerDatabase &database, const SmsTemplates &templates, int reminderHours);

    // An appointment that may need an SMS now, as found by candidates().
    struct Candidate
    {
        QString appointmentId;
        qint64 version = 0;
        bool confirmation = false; // no confirmation for its start yet
        bool reminder = false;     // in the reminder window, no reminder for its start yet
    };
    // Appointments starting after `now` that need a confirmation or a reminder and have not been
    // found ineligible at their current version, earliest first, at most `limit`.
    QList<Candidate> candidates(const QDateTime &now, int limit);

    // The messages `candidate` needs (new ids), or, when it gets none, why (`*ineligible`).
    QList<SmsMessage> plan(const Candidate &candidate, const StoredRecord &appointment, QString *ineligible);

    // Empty when `message` is still to be sent for `appointment` (its current state) at `now`;
    // otherwise why not.
    static QString obsolete(const SmsMessage &message, const StoredRecord *appointment, const QDateTime &now);

private:
    QJsonObject recordData(const QString &id); // a site or a service, cached for the planner's life

    ServerDatabase &m_db;
    const SmsTemplates &m_templates;
    int m_reminderHours;
    QHash<QString, QJsonObject> m_cache;
};

} // namespace guichet::server
