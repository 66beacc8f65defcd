#pragma once

#include "domain/Competence.h"

#include "domain/RequestEvent.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// A citizen's request (demande): a human-readable reference, how it came in, who asked, what about,
// which service is competent, where it stands and by when it must be answered.
struct Request
{
    // The enums hold exactly the CHECK values of the requests table.
    enum class Channel
    {
        Counter,
        Phone,
        Mail,
        Email,
        Web,
        Social
    };
    enum class Status
    {
        New,
        Acknowledged,
        InProgress,
        Answered,
        Closed
    };
    using Competence = guichet::Competence;

    QString id;
    QString reference; // e.g. "M3-2026-004127-K" (see RequestReference)
    Channel channel = Channel::Counter;
    QString siteId;
    QString requesterName;
    QString requesterPhone; // canonical "04 65 71 12 34" when French
    QString requesterEmail;
    QString requesterAddress;
    bool consent = false; // agreed to be contacted about the request
    QString subject;
    QString category;
    QString description;
    Competence competence = Competence::Ville;
    QString competentService;
    QString serviceContact; // how to reach that service (address, hours, phone), from the KB's referral
    QString articleId;      // the knowledge-base article it was routed with (may be empty)
    QStringList attachments; // references of what the visitor handed over (not the files)
    Status status = Status::New;
    QDate dueDate;
    QDateTime createdAt; // UTC
    QString createdBy;   // agent id, empty when filed online
    qint64 version = 0;
    QDateTime updatedAt;
    bool deleted = false;

    QList<RequestEvent> events; // filled by RequestRepository::get, in time order

    // Still waiting for an answer after its due date.
    bool isOpen() const { return status != Status::Answered && status != Status::Closed; }
    bool isOverdue(const QDate &today) const { return isOpen() && dueDate.isValid() && dueDate < today; }

    static QString channelName(Channel channel);
    static Channel channelFromName(const QString &name, bool *ok = nullptr);
    static QString statusName(Status status);
    static Status statusFromName(const QString &name, bool *ok = nullptr);
    static QString competenceName(Competence competence);
    static Competence competenceFromName(const QString &name, bool *ok = nullptr);

    static QList<Channel> allChannels();
    static QList<Status> allStatuses();

    // The status that a history leads to (the last of created / acknowledged / assigned /
    // answered / closed; notes and reminders do not move it).
    static Status statusAfter(const QList<RequestEvent> &events);

    // The lookup key of requesterPhone (PhoneNumber::searchKey).
    QString phoneKey() const;

    // The whole record (without its events), as sent in a 'create' mutation.
    QJsonObject toJson() const;
};

} // namespace guichet
