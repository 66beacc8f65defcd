#include "demo/DemoRequestWriter.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace guichet {

namespace {

const QString kTables = QStringLiteral("'requests', 'request_events'");

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

DemoRequestWriter::DemoRequestWriter(DemoContext &context, bool bulk)
    : m_context(context)
    , m_bulk(bulk)
    , m_requestInsert(context.db)
    , m_eventInsert(context.db)
    , m_singleEventInsert(context.db)
    , m_null(QMetaType(QMetaType::QString))
    , m_version(qint64(1))
    , m_stamp(context.stamp)
{
    if (m_bulk) {
        // Keep every page of the transaction in memory (about 2.5 GB for a million requests):
        // spilling dirty pages to the WAL mid-transaction would write the same pages many times.
        m_cacheSize = sql::scalar(m_context.db, QStringLiteral("PRAGMA cache_size"));
        sql::execScript(m_context.db, QStringLiteral("PRAGMA cache_size = -3145728"));
        sql::execScript(m_context.db, QStringLiteral("PRAGMA cache_spill = OFF"));
        QSqlQuery indexes = sql::exec(
            m_context.db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                         "sql IS NOT NULL AND tbl_name IN (%1)")
                              .arg(kTables));
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            m_droppedIndexes << indexes.value(1).toString();
        }
        for (const QString &name : std::as_const(names))
            sql::execScript(m_context.db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
        // The lookup's full-text index is rebuilt once at the end rather than row by row.
        QSqlQuery triggers = sql::exec(
            m_context.db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                         "tbl_name = 'requests' AND name LIKE 'requests_fts_%'"));
        names.clear();
        while (triggers.next()) {
            names << triggers.value(0).toString();
            m_droppedTriggers << triggers.value(1).toString();
        }
        triggers.finish();
        for (const QString &name : std::as_const(names))
            sql::execScript(m_context.db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
    }
    const auto prepare = [](QSqlQuery &query, const QString &statement) {
        if (!query.prepare(statement))
            sql::fail(query.lastError(), QStringLiteral("demo requests"));
    };
    prepare(m_requestInsert,
            QStringLiteral(
                "INSERT INTO requests (id, reference, channel, site_id, requester_name, requester_phone, "
                "requester_email, requester_address, consent, subject, category, description, competence, "
                "competent_service, status, due_date, created_at, created_by, version, updated_at, deleted, "
                "requester_phone_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    // Events go in batches of kEventBatch rows per statement: far fewer statement executions.
    const QString eventInsert =
        QStringLiteral("INSERT INTO request_events (id, request_id, kind, at, agent_id, channel, "
                       "text, version, updated_at, deleted) VALUES ");
    const QString eventRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    QStringList rows;
    for (int i = 0; i < kEventBatch; ++i)
        rows << eventRow;
    prepare(m_eventInsert, eventInsert + rows.join(QStringLiteral(", ")));
    prepare(m_singleEventInsert, eventInsert + eventRow);
    m_eventValues.reserve(kEventBatch * kEventColumns);
}

DemoRequestWriter::~DemoRequestWriter()
{
    if (!m_finished) {
        // Leave the connection as it was; the demo's transaction rolls the rest back.
        m_eventValues.clear();
        try {
            finish();
        } catch (const StoreError &) {
        }
    }
}

void DemoRequestWriter::exec(QSqlQuery &query)
{
    if (!query.exec())
        sql::fail(query.lastError(),
                  QCoreApplication::translate("guichet::sql", "A database statement failed"));
}

QString DemoRequestWriter::utcStamp(qint64 local)
{
    const qint64 localDay = local / 86400;
    auto offset = m_offsetByDay.constFind(localDay);
    if (offset == m_offsetByDay.cend()) {
        const QDate date = QDate::fromJulianDay(localDay + 2440588);
        offset =
            m_offsetByDay.insert(localDay, QDateTime(date, QTime(12, 0), defaultTimeZone()).offsetFromUtc());
    }
    const qint64 utc = local - *offset;
    const qint64 day = utc / 86400;
    auto prefix = m_dayPrefix.constFind(day);
    if (prefix == m_dayPrefix.cend())
        prefix = m_dayPrefix.insert(day, QDate::fromJulianDay(day + 2440588).toString(Qt::ISODate) +
                                             QLatin1Char('T'));
    const int sod = int(utc - day * 86400);
    const int h = sod / 3600;
    const int m = sod / 60 % 60;
    const int s = sod % 60;
    const char16_t time[] = {char16_t(u'0' + h / 10), char16_t(u'0' + h % 10), u':',
                             char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u':',
                             char16_t(u'0' + s / 10), char16_t(u'0' + s % 10), u'Z'};
    QString result;
    result.reserve(20);
    result += *prefix;
    result.append(QStringView(time, 9));
    return result;
}

QString DemoRequestWriter::eventText(const Row &row, const Step &step) const
{
    const DemoRequestCatalog &catalog = DemoRequestCatalog::instance();
    switch (step.kind) {
    case RequestEvent::Kind::Created:
        return {};
    case RequestEvent::Kind::Acknowledged:
        return catalog.ackText[step.text];
    case RequestEvent::Kind::Assigned:
        return QStringLiteral("Transmise au service instructeur : ") + row.category->service;
    case RequestEvent::Kind::Note:
        return catalog.notes.at(step.text);
    case RequestEvent::Kind::ReminderSent:
        return QStringLiteral("Relance automatique : échéance du %1 dépassée")
            .arg(row.due.toString(QStringLiteral("dd/MM/yyyy")));
    case RequestEvent::Kind::Answered:
        return catalog.answerText[step.text];
    case RequestEvent::Kind::Closed:
        return catalog.closeTexts.at(step.text);
    }
    return {};
}

QString DemoRequestWriter::eventChannel(const Row &row, const Step &step)
{
    switch (step.kind) {
    case RequestEvent::Kind::Created:
        return Request::channelName(row.channel);
    case RequestEvent::Kind::Acknowledged:
        switch (row.channel) {
        case Request::Channel::Phone:
            return QStringLiteral("sms");
        case Request::Channel::Web:
            return QStringLiteral("email");
        default:
            return Request::channelName(row.channel);
        }
    case RequestEvent::Kind::Answered:
        return Request::channelName(Request::Channel(step.text));
    default:
        return QStringLiteral("internal");
    }
}

void DemoRequestWriter::write(const Row &row)
{
    Request::Status status = Request::Status::New;
    for (const Step &step : row.events) {
        if (step.kind == RequestEvent::Kind::Acknowledged)
            status = Request::Status::Acknowledged;
        else if (step.kind == RequestEvent::Kind::Assigned)
            status = Request::Status::InProgress;
        else if (step.kind == RequestEvent::Kind::Answered)
            status = Request::Status::Answered;
        else if (step.kind == RequestEvent::Kind::Closed)
            status = Request::Status::Closed;
    }
    const QString id = m_context.idFor(QStringLiteral("request"), row.reference);
    const QVariant idValue(id);
    const DemoRequestCatalog::Category &category = *row.category;
    m_requestInsert.bindValue(0, idValue);
    m_requestInsert.bindValue(1, row.reference);
    m_requestInsert.bindValue(2, Request::channelName(row.channel));
    m_requestInsert.bindValue(3, row.siteId.isEmpty() ? m_null : QVariant(row.siteId));
    m_requestInsert.bindValue(4, row.name);
    m_requestInsert.bindValue(5, text(row.phone));
    m_requestInsert.bindValue(6, text(row.email));
    m_requestInsert.bindValue(7, row.address);
    m_requestInsert.bindValue(8, row.consent ? 1 : 0);
    m_requestInsert.bindValue(9, category.subjects.at(row.subject));
    m_requestInsert.bindValue(10, category.name);
    m_requestInsert.bindValue(
        11, text(category.located ? QStringLiteral("Lieu concerné : ") + row.address : QString()));
    m_requestInsert.bindValue(12, Request::competenceName(category.competence));
    m_requestInsert.bindValue(13, category.service);
    m_requestInsert.bindValue(14, Request::statusName(status));
    m_requestInsert.bindValue(15, row.due.toString(Qt::ISODate));
    m_requestInsert.bindValue(16, utcStamp(row.created));
    m_requestInsert.bindValue(17, row.createdBy.isEmpty() ? m_null : QVariant(row.createdBy));
    m_requestInsert.bindValue(18, m_version);
    m_requestInsert.bindValue(19, m_stamp);
    m_requestInsert.bindValue(20, text(PhoneNumber::searchKey(row.phone)));
    exec(m_requestInsert);
    ++m_requests;

    int n = 0;
    for (const Step &step : row.events) {
        QString agent;
        if (step.byAgent)
            agent = step.kind == RequestEvent::Kind::Created || step.kind == RequestEvent::Kind::Acknowledged
                        ? row.createdBy
                        : row.handler;
        m_eventValues << m_context.idFor(QStringLiteral("request_event"),
                                         row.reference + QLatin1Char('/') + QString::number(n++))
                      << idValue << RequestEvent::kindName(step.kind) << utcStamp(step.local)
                      << (agent.isEmpty() ? m_null : QVariant(agent)) << eventChannel(row, step)
                      << text(eventText(row, step)) << m_version << m_stamp;
        ++m_events;
        if (m_eventValues.size() == kEventBatch * kEventColumns)
            flushEvents();
    }
}

void DemoRequestWriter::flushEvents()
{
    const bool full = m_eventValues.size() == kEventBatch * kEventColumns;
    QSqlQuery &query = full ? m_eventInsert : m_singleEventInsert;
    for (qsizetype start = 0; start < m_eventValues.size();
         start += full ? m_eventValues.size() : kEventColumns) {
        const qsizetype count = full ? m_eventValues.size() : kEventColumns;
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), m_eventValues.at(start + i));
        exec(query);
    }
    m_eventValues.clear();
}

void DemoRequestWriter::finish()
{
    m_finished = true;
    flushEvents();
    m_requestInsert.finish();
    m_eventInsert.finish();
    m_singleEventInsert.finish();
    for (const QString &statement : std::as_const(m_droppedIndexes))
        sql::execScript(m_context.db, statement);
    m_droppedIndexes.clear();
    if (!m_droppedTriggers.isEmpty()) {
        sql::execScript(m_context.db,
                        QStringLiteral("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')"));
        for (const QString &statement : std::as_const(m_droppedTriggers))
            sql::execScript(m_context.db, statement);
        m_droppedTriggers.clear();
    }
    if (m_cacheSize.isValid()) {
        sql::execScript(m_context.db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
        sql::execScript(m_context.db, QStringLiteral("PRAGMA cache_spill = ON"));
        m_cacheSize = QVariant();
    }
}

} // namespace guichet
