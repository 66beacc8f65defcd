#include "repo/RequestRepository.h"

#include "core/Clock.h"
#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "domain/Mutation.h"
#include "domain/RequestDueDate.h"
#include "domain/RequestReference.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestReferenceAllocator.h"
#include "repo/RequestSearchQuery.h"
#include "requests/RequestVocabulary.h"
#include "requests/RequestDraftCheck.h"
#include "requests/ServiceDirectory.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

namespace {

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

void insertEvent(const QSqlDatabase &db, const RequestEvent &event)
{
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO request_events (id, request_id, kind, at, agent_id, channel, text, version, "
                  "updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)"),
              {event.id, event.requestId, RequestEvent::kindName(event.kind), timefmt::toStore(event.at),
               sql::nullIfEmpty(event.agentId), text(event.channel), text(event.text),
               timefmt::toStoreMs(event.updatedAt)});
}

Mutation createMutation(const QString &entity, const QString &id, const QJsonObject &payload)
{
    Mutation mutation;
    mutation.entity = entity;
    mutation.entityId = id;
    mutation.operation = Mutation::Operation::Create;
    mutation.payload = payload;
    mutation.baseVersion = 0;
    return mutation;
}

} // namespace

QString RequestRepository::columns()
{
    return QStringLiteral("id, reference, channel, site_id, requester_name, requester_phone, "
                          "requester_email, requester_address, "
                          "consent, subject, category, description, competence, competent_service, status, "
                          "due_date, created_at, "
                          "created_by, version, updated_at, deleted, service_contact, article_id, attachments, "
                          "requester_phone_key");
}

Request RequestRepository::fromQuery(const QSqlQuery &q)
{
    Request r;
    r.id = q.value(0).toString();
    r.reference = q.value(1).toString();
    r.channel = Request::channelFromName(q.value(2).toString());
    r.siteId = q.value(3).toString();
    r.requesterName = q.value(4).toString();
    r.requesterPhone = q.value(5).toString();
    r.requesterEmail = q.value(6).toString();
    r.requesterAddress = q.value(7).toString();
    r.consent = q.value(8).toBool();
    r.subject = q.value(9).toString();
    r.category = q.value(10).toString();
    r.description = q.value(11).toString();
    r.competence = Request::competenceFromName(q.value(12).toString());
    r.competentService = q.value(13).toString();
    r.status = Request::statusFromName(q.value(14).toString());
    r.dueDate = timefmt::dateFromStore(q.value(15).toString());
    r.createdAt = timefmt::fromStore(q.value(16).toString());
    r.createdBy = q.value(17).toString();
    r.version = q.value(18).toLongLong();
    r.updatedAt = timefmt::fromStore(q.value(19).toString());
    r.deleted = q.value(20).toBool();
    r.serviceContact = q.value(21).toString();
    r.articleId = q.value(22).toString();
    const QJsonArray attachments = QJsonDocument::fromJson(q.value(23).toString().toUtf8()).array();
    for (const QJsonValue &attachment : attachments)
        r.attachments << attachment.toString();
    return r;
}

QList<Request> RequestRepository::select(const QString &where, const QVariantList &values,
                                         const QString &order, int limit, int offset,
                                         const QString &index) const
{
    QVariantList bound = values;
    bound << qMax(0, limit) << qMax(0, offset);
    const QString from =
        index.isEmpty() ? QStringLiteral("requests") : QStringLiteral("requests INDEXED BY ") + index;
    QSqlQuery query = sql::exec(m_store.connection(),
                                QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 AND (%3) ORDER BY %4 "
                                               "LIMIT ? OFFSET ?")
                                    .arg(columns(), from, where, order),
                                bound);
    QList<Request> result;
    while (query.next())
        result << fromQuery(query);
    return result;
}

QList<Request> RequestRepository::recent(int limit, int offset) const
{
    return select(QStringLiteral("1"), {}, QStringLiteral("created_at DESC, rowid DESC"), limit, offset);
}

qint64 RequestRepository::count() const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM requests WHERE deleted = 0"))
        .toLongLong();
}

QList<Request> RequestRepository::findMatching(const QString &where, const QVariantList &values, int limit,
                                              int offset, qint64 *total) const
{
    // Few matches: collect them through their indexes and sort them ("+created_at" keeps SQLite
    // from walking the date index). Many matches ("DUPONT", "HDV-2026-"): walk the date index,
    // newest first, and stop after one page.
    QVariantList probeValues = values;
    probeValues << kDenseMatches;
    const qint64 matches =
        sql::scalar(
            m_store.connection(),
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM requests WHERE deleted = 0 AND (%1) LIMIT ?)")
                .arg(where),
            probeValues)
            .toLongLong();
    if (total)
        *total = matches;
    if (limit <= 0 || (offset >= matches && matches < kDenseMatches))
        return {};
    // Both read the keys from covering indexes and fetch only the page's rows.
    QVariantList paged = values;
    paged << qMax(0, limit) << qMax(0, offset);
    return select(QStringLiteral("rowid IN (SELECT rowid FROM requests%1 WHERE deleted = 0 AND (%2) ORDER BY %3 "
                                 "LIMIT ? OFFSET ?)")
                      .arg(matches < kDenseMatches ? QString() : QStringLiteral(" INDEXED BY requests_created_keys"),
                           where,
                           matches < kDenseMatches ? QStringLiteral("+created_at DESC, rowid DESC")
                                                   : QStringLiteral("created_at DESC, rowid DESC")),
                  paged, QStringLiteral("created_at DESC, rowid DESC"), limit, 0);
}

QList<Request> RequestRepository::findFullText(const QString &expression, int limit, int offset) const
{
    // FTS5 walks its lists from the highest rowid down and stops after one page, however many
    // requests hold the word ("MARTIN" at a million requests): the requests that reached this store
    // last come first.
    return select(QStringLiteral("rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ? "
                                 "ORDER BY rowid DESC LIMIT ? OFFSET ?)"),
                  {expression, qMax(0, limit), qMax(0, offset)}, QStringLiteral("rowid DESC"), limit, 0);
}

QList<Request> RequestRepository::find(const QString &text, int limit, int offset) const
{
    const RequestSearchQuery search(text, &RequestVocabulary::of(m_store.connection()));
    if (search.isEmpty())
        return recent(limit, offset);
    if (!search.isFullText())
        return findMatching(search.where(), search.values(), limit, offset);
    QList<Request> page = findFullText(search.exactExpression(), limit, offset);
    if (!search.hasApproximate() || page.size() >= limit)
        return page;
    // The exact matches are all listed: then those found only through a likely typo.
    const qint64 exactCount =
        page.isEmpty() && offset > 0
            ? sql::scalar(m_store.connection(),
                          QStringLiteral("SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?"),
                          {search.exactExpression()})
                  .toLongLong()
            : offset + page.size();
    page << findFullText(search.approximateExpression(), limit - int(page.size()),
                         int(qMax<qint64>(0, offset - exactCount)));
    return page;
}

QList<RequestEvent> RequestRepository::events(const QString &requestId) const
{
    QSqlQuery q =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT e.id, e.request_id, e.kind, e.at, coalesce(e.agent_id, ''), "
                                 "coalesce(a.display_name, ''), e.channel, e.text, e.version, e.updated_at "
                                 "FROM request_events e LEFT JOIN agents a ON a.id = e.agent_id "
                                 "WHERE e.request_id = ? AND e.deleted = 0 ORDER BY e.at, e.rowid"),
                  {requestId});
    QList<RequestEvent> result;
    while (q.next()) {
        RequestEvent e;
        e.id = q.value(0).toString();
        e.requestId = q.value(1).toString();
        e.kind = RequestEvent::kindFromName(q.value(2).toString());
        e.at = timefmt::fromStore(q.value(3).toString());
        e.agentId = q.value(4).toString();
        e.agentName = q.value(5).toString();
        e.channel = q.value(6).toString();
        e.text = q.value(7).toString();
        e.version = q.value(8).toLongLong();
        e.updatedAt = timefmt::fromStore(q.value(9).toString());
        result << e;
    }
    return result;
}

std::optional<Request> RequestRepository::get(const QString &id) const
{
    const QList<Request> found = select(QStringLiteral("id = ?"), {id}, QStringLiteral("id"), 1, 0);
    if (found.isEmpty())
        return std::nullopt;
    Request request = found.first();
    request.events = events(request.id);
    return request;
}

std::optional<Request> RequestRepository::getByReference(const QString &reference) const
{
    const QList<Request> found =
        select(QStringLiteral("reference = ?"), {RequestReference::normalized(reference)},
               QStringLiteral("id"), 1, 0);
    if (found.isEmpty())
        return std::nullopt;
    return get(found.first().id);
}

Request RequestRepository::create(Request draft, const QString &agentId)
{
    // Everything is checked before anything is written (RequestDraftCheck); a named service must be
    // one the knowledge base sends visitors to, and its contact comes with it.
    const bool serviceNamed = !draft.competentService.trimmed().isEmpty();
    const RequestDraftCheck::Result checked =
        RequestDraftCheck::check(draft, serviceNamed ? ServiceDirectory(m_store) : ServiceDirectory());
    if (!checked.ok())
        throw StoreError(StoreError::Kind::InvalidInput, checked.message());
    draft = checked.draft;

    QSqlDatabase db = m_store.connection();
    const QDateTime now = m_store.clock().nowUtc();
    const QDate today = now.toTimeZone(defaultTimeZone()).date();
    QString siteCode =
        draft.siteId.isEmpty()
            ? QString()
            : sql::scalar(db, QStringLiteral("SELECT code FROM sites WHERE id = ?"), {draft.siteId})
                  .toString();
    if (siteCode.isEmpty())
        siteCode = QStringLiteral("GU");

    Transaction transaction(db);
    draft.id = newId();
    draft.reference = RequestReferenceAllocator::next(db, siteCode, today.year());
    draft.status = Request::Status::New;
    draft.createdAt = now;
    draft.createdBy = agentId;
    draft.dueDate = RequestDueDate::after(today);
    draft.version = 0;
    draft.updatedAt = now;
    draft.deleted = false;
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?)")
                  .arg(columns()),
              {draft.id,
               draft.reference,
               Request::channelName(draft.channel),
               sql::nullIfEmpty(draft.siteId),
               draft.requesterName,
               text(draft.requesterPhone),
               text(draft.requesterEmail),
               text(draft.requesterAddress),
               draft.consent ? 1 : 0,
               draft.subject,
               text(draft.category),
               text(draft.description),
               Request::competenceName(draft.competence),
               text(draft.competentService),
               Request::statusName(draft.status),
               timefmt::dateToStore(draft.dueDate),
               timefmt::toStore(draft.createdAt),
               sql::nullIfEmpty(agentId),
               0,
               timefmt::toStoreMs(now),
               0,
               text(draft.serviceContact),
               sql::nullIfEmpty(draft.articleId),
               QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(draft.attachments)).toJson(QJsonDocument::Compact)),
               text(draft.phoneKey())});

    RequestEvent created;
    created.id = newId();
    created.requestId = draft.id;
    created.kind = RequestEvent::Kind::Created;
    created.at = now;
    created.agentId = agentId;
    created.channel = Request::channelName(draft.channel);
    created.updatedAt = now;
    insertEvent(db, created);

    const OutboxRepository outbox(m_store);
    Mutation requestMutation = createMutation(QStringLiteral("requests"), draft.id, draft.toJson());
    outbox.enqueue(db, requestMutation);
    Mutation eventMutation = createMutation(QStringLiteral("request_events"), created.id, created.toJson());
    outbox.enqueue(db, eventMutation);
    transaction.commit();

    draft.events = {created};
    m_store.notifyChanged(QStringLiteral("requests"));
    m_store.notifyChanged(QStringLiteral("outbox"));
    return draft;
}

RequestEvent RequestRepository::addNote(const QString &requestId, const QString &noteText,
                                        const QString &agentId)
{
    const QString note = noteText.trimmed();
    if (note.isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("The note is empty: type what was said or done."));
    if (note.size() > kMaxNoteLength)
        throw StoreError(
            StoreError::Kind::InvalidInput,
            tr("The note is too long (%1 characters, at most %2).").arg(note.size()).arg(kMaxNoteLength));

    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    const QVariant channel = sql::scalar(
        db, QStringLiteral("SELECT channel FROM requests WHERE id = ? AND deleted = 0"), {requestId});
    if (!channel.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("No request %1 in this counter's store: the note was not saved.").arg(requestId));

    const QDateTime now = m_store.clock().nowUtc();
    RequestEvent event;
    event.id = newId();
    event.requestId = requestId;
    event.kind = RequestEvent::Kind::Note;
    event.at = now;
    event.agentId = agentId;
    event.channel = QStringLiteral("counter");
    event.text = note;
    event.updatedAt = now;
    insertEvent(db, event);

    Mutation mutation = createMutation(QStringLiteral("request_events"), event.id, event.toJson());
    OutboxRepository(m_store).enqueue(db, mutation);
    transaction.commit();

    m_store.notifyChanged(QStringLiteral("request_events"));
    m_store.notifyChanged(QStringLiteral("outbox"));
    return event;
}

} // namespace guichet
