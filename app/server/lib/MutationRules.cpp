#include "MutationRules.h"

#include "ArticleMutationRules.h"
#include "CallLogMutationRules.h"
#include "RecordValidator.h"
#include "SlotCapacity.h"
#include "core/TimeFormat.h"
#include "sync/EntitySchema.h"
#include "sync/SyncProtocol.h"

#include <QRegularExpression>

namespace guichet::server {

namespace reason = protocol::reason;

bool MutationRules::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

MutationDecision MutationRules::refuse(const QString &why, const QString &message) const
{
    MutationDecision decision;
    decision.refused = true;
    decision.reason = why;
    decision.message = message;
    return decision;
}

MutationDecision MutationRules::decide(const Session &session, const Mutation &m)
{
    const EntityInfo *info = EntitySchema::instance().find(m.entity);
    if (!info)
        return refuse(reason::Invalid, QStringLiteral("'%1' is not a synced entity").arg(m.entity));
    if (!isValidId(m.entityId))
        return refuse(reason::Invalid, QStringLiteral("the record id is not valid"));
    if (info->serverOnly)
        return refuse(reason::Forbidden, QStringLiteral("%1 are kept by the server alone").arg(m.entity));
    if (EntitySchema::roleRank(session.role) < EntitySchema::roleRank(info->writeRole))
        return refuse(reason::Forbidden,
                      QStringLiteral("a %1 may not change %2").arg(Agent::roleName(session.role), m.entity));
    if (info->appendOnly && m.operation != Mutation::Operation::Create)
        return refuse(reason::Invalid,
                      QStringLiteral("%1 can only be added to, never changed").arg(m.entity));
    if (auto problem = RecordValidator::checkFields(*info, m.payload))
        return refuse(reason::Invalid, *problem);
    if (info->auditOnly) {
        if (m.payload.value(QLatin1String("request_id")).toString().isEmpty() ||
            !timefmt::fromStore(m.payload.value(QLatin1String("opened_at")).toString()).isValid())
            return refuse(reason::Invalid, QStringLiteral("an opening needs its request_id and opened_at"));
        MutationDecision audit;
        audit.auditOnly = true;
        audit.record.id = m.entityId;
        audit.record.entity = m.entity;
        audit.record.data = m.payload;
        return audit;
    }

    MutationDecision decision;
    decision.before = m_records.find(m.entityId);
    if (decision.before && decision.before->entity != m.entity)
        return refuse(reason::Invalid, QStringLiteral("this id belongs to another kind of record"));

    StoredRecord &record = decision.record;
    record.id = m.entityId;
    record.entity = m.entity;
    record.lastDevice = session.deviceId;
    if (m.operation == Mutation::Operation::Create) {
        if (decision.before)
            return refuse(reason::Invalid, QStringLiteral("a record with this id already exists"));
        record.data = m.payload;
    } else {
        if (!decision.before || (decision.before->deleted && m.operation == Mutation::Operation::Update))
            return refuse(reason::NotFound, QStringLiteral("the record no longer exists on the server"));
        const StoredRecord &current = *decision.before;
        record.data = current.data;
        record.deleted = current.deleted;
        bool changes = m.operation == Mutation::Operation::Delete ? !current.deleted : false;
        for (auto it = m.payload.constBegin(); it != m.payload.constEnd(); ++it) {
            if (EntityInfo::isServerManaged(it.key()) || it.key() == QLatin1String("id"))
                continue;
            if (current.data.value(it.key()) != it.value())
                changes = true;
            record.data.insert(it.key(), it.value());
        }
        if (!changes) {
            decision.noChange = true;
            return decision;
        }
        // Someone else changed the record after the counter last saw it: the counter's change
        // was made on a state that no longer is. Its own earlier changes do not count.
        // The server's own bookkeeping since then (SMS states) does not count: editVersion.
        if (current.editVersion > m.baseVersion && current.lastDevice != session.deviceId)
            return refuse(
                reason::StaleVersion,
                QStringLiteral("changed at another counter since (version %1, this change was made on %2)")
                    .arg(current.version)
                    .arg(m.baseVersion));
        if (m.operation == Mutation::Operation::Delete)
            record.deleted = true;
    }
    for (const QString &managed : {QStringLiteral("version"), QStringLiteral("updated_at")})
        record.data.remove(managed);
    record.data.insert(QStringLiteral("id"), m.entityId);
    record.data.insert(QStringLiteral("deleted"), record.deleted ? 1 : 0);

    // Site scope: a counter only writes the site-bound records of the sites it serves. A booking
    // (anySiteWrite) may be made at any site of the city, and then changed by its site's counters
    // or by the counter that made it — never by another site's counter that merely knows its id.
    if (info->scope == EntityInfo::Scope::Site && !info->siteColumn.isEmpty()) {
        const QString siteAfter = record.data.value(info->siteColumn).toString();
        const QString siteBefore =
            decision.before ? decision.before->data.value(info->siteColumn).toString() : siteAfter;
        bool allowed = (siteAfter.isEmpty() || session.servesSite(siteAfter)) &&
                       (siteBefore.isEmpty() || session.servesSite(siteBefore));
        if (!allowed && info->anySiteWrite)
            allowed = decision.before ? m_records.createdBy(m.entityId, session.deviceId)
                                      : m.operation == Mutation::Operation::Create;
        if (!allowed)
            return refuse(reason::Forbidden, QStringLiteral("this counter does not serve the record's site"));
    }
    if (m.entity == QLatin1String("appointments") &&
        record.data.value(QLatin1String("status")).toString() == QLatin1String("pending"))
        record.data.insert(QStringLiteral("status"), QStringLiteral("booked")); // confirmed by the server

    if (auto refusal = ArticleMutationRules::check(session, m, decision.before, record.data))
        return refuse(refusal->reason, refusal->message);
    if (m.entity == QLatin1String("call_logs") && m.operation != Mutation::Operation::Create) {
        if (auto refusal = CallLogMutationRules::check(m, decision.before,
                                                       m_records.createdBy(m.entityId, session.deviceId)))
            return refuse(refusal->reason, refusal->message);
    }

    QJsonObject full = record.data;
    full.insert(QStringLiteral("version"), 1);
    full.insert(QStringLiteral("updated_at"), QStringLiteral("2000-01-01T00:00:00.000Z"));
    if (auto problem = m_validator.check(*info, full))
        return refuse(reason::Invalid, *problem);
    if (!info->naturalKey.isEmpty()) {
        const QString key = record.data.value(info->naturalKey).toString();
        if (!key.isEmpty()) {
            const auto holder = m_records.findByNaturalKey(m.entity, key);
            if (holder && *holder != m.entityId)
                return refuse(reason::Duplicate,
                              QStringLiteral("'%1' is already taken by another record").arg(key));
        }
    }
    if (m.entity == QLatin1String("appointments")) {
        const QJsonObject *before = decision.before ? &decision.before->data : nullptr;
        if (auto refusal = m_capacity.check(before, record.data))
            return refuse(refusal->reason, refusal->message);
    }
    return decision;
}

} // namespace guichet::server
