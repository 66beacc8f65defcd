#include "sync/PullPageApplier.h"

#include "core/FailPoint.h"
#include "core/TimeFormat.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "sync/EntitySchema.h"
#include "sync/RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace guichet {

namespace {

// The connection's settings for one page, restored after the commit or the rollback (declare it
// before the Transaction), also when an exception unwinds:
// - foreign keys off: a page comes in the server's change order, so a child (a request's event) may
//   come before its parent (a request changed later), and a parent may be outside this counter's
//   scope; the server is authoritative, the local store does not second-guess it. SQLite ignores
//   this pragma inside a transaction: it is set before BEGIN.
// - a larger page cache: a first pull writes 100,000 records in one transaction; with the default
//   2 MB SQLite spills pages to the WAL file long before the commit.
class PageConnectionSettings
{
public:
    explicit PageConnectionSettings(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_foreignKeys = sql::scalar(m_db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 0;
        m_cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toLongLong();
        if (m_foreignKeys)
            sql::execScript(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        sql::execScript(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(kPageCacheKiB));
    }
    ~PageConnectionSettings()
    {
        QSqlQuery query(m_db);
        if (m_foreignKeys && !query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            qWarning("guichet: foreign keys could not be turned back on for this connection");
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    }
    PageConnectionSettings(const PageConnectionSettings &) = delete;
    PageConnectionSettings &operator=(const PageConnectionSettings &) = delete;

private:
    static constexpr int kPageCacheKiB = -65536; // negative: in KiB (64 MB)
    QSqlDatabase m_db;
    bool m_foreignKeys = false;
    qint64 m_cacheSize = 0;
};

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool isTrue(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toInteger() != 0;
}

// One apply() at work: the page, the open transaction's writer, what has been touched.
class PageRun
{
public:
    PageRun(LocalStore &store, QSqlDatabase db, const protocol::PullPage &page)
        : m_store(store)
        , m_db(db)
        , m_page(page)
        , m_writer(std::move(db))
    {}

    void acknowledge()
    {
        QSqlQuery done =
            sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE seq <= ?"), {m_page.deviceLastSeq});
        report.acknowledged = done.numRowsAffected();
        // A refusal is final even if it came with a sequence number above last_seq.
        for (const protocol::Rejection &rejection : m_page.rejected) {
            QSqlQuery refused = sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"),
                                          {rejection.mutationId});
            report.acknowledged += refused.numRowsAffected();
        }
        QSqlQuery pending = sql::exec(
            m_db,
            QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(OutboxRepository::selectColumns()));
        while (pending.next()) {
            m_pending << OutboxRepository::fromQuery(pending);
            m_pendingKeys.insert(recordKey(m_pending.constLast().entity, m_pending.constLast().entityId));
        }
    }

    void applyChanges()
    {
        const EntitySchema &schema = EntitySchema::instance();
        for (const protocol::Change &change : m_page.changes) {
            const EntityInfo *info = schema.find(change.entity);
            if (info == nullptr || change.id.isEmpty()) {
                ++report.skipped;
                continue;
            }
            m_writer.queueUpsert(*info, change.id, change.data, change.version, change.deleted,
                                 RecordWriter::NaturalKeyClash::MakeWay);
            ++report.applied;
            touched(change.entity, change.id);
        }
        m_writer.flush();
        // This counter's bookings at other sites, as the server confirmed them: never back in time.
        for (const protocol::Change &change : m_page.confirmed) {
            const EntityInfo *info = schema.find(change.entity);
            if (info == nullptr || change.id.isEmpty() ||
                m_writer.version(*info, change.id).value_or(0) >= change.version)
                continue;
            m_writer.upsert(*info, change.id, change.data, change.version, change.deleted,
                            RecordWriter::NaturalKeyClash::MakeWay);
            touched(change.entity, change.id);
        }
        failpoint::hit("page_mid_apply"); // the page is written, not committed
    }

    void recordRejections()
    {
        const QString now = timefmt::toStoreMs(m_store.clock().nowUtc());
        for (const protocol::Rejection &r : m_page.rejected) {
            QSqlQuery insert = sql::exec(
                m_db,
                QStringLiteral(
                    "INSERT OR IGNORE INTO sync_conflicts (mutation_id, seq, entity, entity_id, operation, "
                    "payload, reason, message, server_record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?)"),
                {r.mutationId, r.seq, r.entity, r.entityId, r.operation, compact(r.payload), r.reason,
                 r.message, r.record ? QVariant(compact(*r.record)) : sql::nullIfEmpty(QString()), now});
            if (insert.numRowsAffected() <= 0)
                continue; // already recorded by an earlier page: the record has moved on since
            ++report.rejected;
            const EntityInfo *info = EntitySchema::instance().find(r.entity);
            if (info == nullptr || r.entityId.isEmpty())
                continue;
            restore(*info, r);
        }
    }

    // The counter's own mutations still waiting, replayed in order on the records just overwritten.
    void rebase()
    {
        if (m_touchedPending.isEmpty())
            return;
        const EntitySchema &schema = EntitySchema::instance();
        for (const Mutation &m : std::as_const(m_pending)) {
            const EntityInfo *info = schema.find(m.entity);
            if (info == nullptr || !m_touchedPending.contains(recordKey(m.entity, m.entityId)))
                continue;
            try {
                m_writer.applyLocal(*info, m.entityId, m.operation, m.payload);
            } catch (const StoreError &error) {
                // The server's state no longer takes this change (e.g. a reference now taken): the
                // server's record stays shown, the mutation stays queued and the server's answer to
                // it will say why. Never block the page for it.
                if (error.kind() != StoreError::Kind::Constraint)
                    throw;
                qWarning("guichet: pending change %s not shown again: %s", qPrintable(m.mutationId),
                         qPrintable(error.message()));
            }
            report.entities.insert(m.entity);
        }
    }

    PullApplyReport report;

private:
    void touched(const QString &entity, const QString &id)
    {
        report.entities.insert(entity);
        if (!m_pendingKeys.isEmpty()) {
            const QString key = recordKey(entity, id);
            if (m_pendingKeys.contains(key))
                m_touchedPending.insert(key);
        }
    }

    // Puts the refused record back as the server has it; a record the server never had (a refused
    // creation) is marked deleted but kept, so that nothing the agent typed is lost.
    void restore(const EntityInfo &info, const protocol::Rejection &r)
    {
        if (r.record) {
            const qint64 version = r.record->value(QLatin1String("version")).toInteger();
            // Never back in time: this page may already carry a later state of the record.
            if (m_writer.version(info, r.entityId).value_or(0) > version)
                return;
            m_writer.upsert(info, r.entityId, *r.record, version,
                            isTrue(r.record->value(QLatin1String("deleted"))),
                            RecordWriter::NaturalKeyClash::MakeWay);
        } else {
            m_writer.markDeleted(info, r.entityId);
        }
        touched(r.entity, r.entityId);
    }

    LocalStore &m_store;
    QSqlDatabase m_db;
    const protocol::PullPage &m_page;
    RecordWriter m_writer;
    QList<Mutation> m_pending;
    QSet<QString> m_pendingKeys;
    QSet<QString> m_touchedPending;
};

} // namespace

PullApplyReport PullPageApplier::apply(const protocol::PullPage &page)
{
    QSqlDatabase db = m_store.connection();
    PullApplyReport report;
    {
        const PageConnectionSettings settings(db);
        Transaction transaction(db);
        {
            PageRun run(m_store, db, page);
            run.acknowledge();
            run.applyChanges();
            run.recordRejections();
            run.rebase();
            SyncStateRepository::setValue(db, SyncStateRepository::Cursor, QString::number(page.nextCursor));
            SyncStateRepository::setValue(db, SyncStateRepository::Epoch, page.epoch);
            report = std::move(run.report);
        } // the run's prepared statements end before the commit
        transaction.commit();
    }
    for (const QString &entity : std::as_const(report.entities))
        m_store.notifyChanged(entity);
    if (report.acknowledged > 0)
        m_store.notifyChanged(QStringLiteral("outbox"));
    if (report.rejected > 0)
        m_store.notifyChanged(QStringLiteral("sync_conflicts"));
    m_store.notifyChanged(QStringLiteral("sync_state"));
    return report;
}

void PullPageApplier::resetForSnapshot()
{
    // Only the position moves back. Local rows stay (the full pull that follows overwrites every
    // record by id, and the counter keeps showing something meanwhile). The outbox stays too:
    // those are the agent's changes the server may never have received; they are pushed again,
    // and the server answers the ones it already applied as duplicates (it dedups by mutation id).
    QSqlDatabase db = m_store.connection();
    {
        Transaction transaction(db);
        SyncStateRepository::setValue(db, SyncStateRepository::Cursor, QStringLiteral("0"));
        SyncStateRepository::setValue(db, SyncStateRepository::Epoch, QString(QLatin1String("")));
        transaction.commit();
    }
    m_store.notifyChanged(QStringLiteral("sync_state"));
}

int PullPageApplier::purgeOutOfScope(const QStringList &siteIds)
{
    QSqlDatabase db = m_store.connection();
    QJsonArray sites;
    for (const QString &site : siteIds)
        sites.append(site);
    const QString siteList = QString::fromUtf8(QJsonDocument(sites).toJson(QJsonDocument::Compact));
    int removed = 0;
    QSet<QString> entities;
    {
        Transaction transaction(db);
        for (const EntityInfo &info : EntitySchema::instance().entities()) {
            if (info.scope != EntityInfo::Scope::Site || info.siteColumn.isEmpty())
                continue;
            // A row without a site is not "another site's": it stays. A row with a change still
            // waiting stays until the server has it (the agent's work is never thrown away).
            QSqlQuery purge = sql::exec(
                db,
                QStringLiteral(
                    "DELETE FROM \"%1\" WHERE \"%2\" NOT IN (SELECT value FROM json_each(?)) AND NOT EXISTS "
                    "(SELECT 1 FROM outbox o WHERE o.entity = ? AND o.entity_id = \"%1\".id)")
                    .arg(info.name, info.siteColumn),
                {siteList, info.name});
            if (purge.numRowsAffected() > 0) {
                removed += purge.numRowsAffected();
                entities.insert(info.name);
            }
        }
        transaction.commit();
    }
    for (const QString &entity : std::as_const(entities))
        m_store.notifyChanged(entity);
    return removed;
}

} // namespace guichet
