#pragma once

#include "demo/DemoContext.h"
#include "demo/DemoRequestCatalog.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <vector>

namespace guichet {

// Writes generated requests and their events with one prepared statement per table, inside the
// demo's transaction. In bulk mode (the large city) it drops the secondary indexes of both tables
// first and rebuilds them in finish(), with a larger page cache meanwhile: building an index once
// from sorted data is far faster than updating it a million times.
class DemoRequestWriter
{
public:
    // One step of a request's history; `local` is local seconds since the epoch (the local wall
    // clock read as if it were UTC), `text` an index into the catalog's wording for that step.
    struct Step
    {
        qint64 local;
        RequestEvent::Kind kind;
        int text;
        bool byAgent;
    };

    struct Row
    {
        QString reference;
        QString siteId;
        Request::Channel channel = Request::Channel::Counter;
        qint64 created = 0;
        QDate due;
        const DemoRequestCatalog::Category *category = nullptr;
        int subject = 0;
        QString name;
        QString phone;
        QString email;
        QString address;
        bool consent = false;
        QString createdBy;
        QString handler;          // the agent who follows the request
        std::vector<Step> events; // in time order, up to now
    };

    DemoRequestWriter(DemoContext &context, bool bulk);
    ~DemoRequestWriter();
    DemoRequestWriter(const DemoRequestWriter &) = delete;
    DemoRequestWriter &operator=(const DemoRequestWriter &) = delete;

    void write(const Row &row);
    void finish();

    qint64 requestsWritten() const { return m_requests; }
    qint64 eventsWritten() const { return m_events; }

private:
    QString utcStamp(qint64 local);
    QString eventText(const Row &row, const Step &step) const;
    static QString eventChannel(const Row &row, const Step &step);
    static void exec(QSqlQuery &query);
    void flushEvents();

    static constexpr int kEventBatch = 32;
    static constexpr int kEventColumns = 9;

    DemoContext &m_context;
    bool m_bulk;
    bool m_finished = false;
    QSqlQuery m_requestInsert;
    QSqlQuery m_eventInsert;       // kEventBatch rows at a time
    QSqlQuery m_singleEventInsert; // the rest
    QVariantList m_eventValues;
    QStringList m_droppedIndexes; // their CREATE statements
    QStringList m_droppedTriggers; // the lookup index's triggers, while bulk loading
    QVariant m_cacheSize;
    QHash<qint64, int> m_offsetByDay;   // local day → UTC offset (seconds)
    QHash<qint64, QString> m_dayPrefix; // UTC day → "2026-03-14T"
    QVariant m_null;
    QVariant m_version;
    QVariant m_stamp;
    qint64 m_requests = 0;
    qint64 m_events = 0;
};

} // namespace guichet
