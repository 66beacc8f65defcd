// Applying a pull page at the counter: one transaction (all or nothing, cursor included), upserts
// by id that keep the knowledge base's index right, foreign keys relaxed for the page, the outbox
// acknowledged exactly up to last_seq, refusals recorded once with the server's record put back,
// the agent's pending changes replayed on top, a snapshot reset that keeps the outbox, and the
// purge of another site's rows. Also measures the apply rate (printed, never asserted).
#include "TestStore.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "sync/PullPageApplier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <ctime>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kSiteA = QStringLiteral("site-a");
const QString kSiteB = QStringLiteral("site-b");
const QString kService = QStringLiteral("service-1");
const QString kStamp = QStringLiteral("2026-11-20T08:00:00.000Z");

QVariant scalar(LocalStore &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.connection(), statement, values);
}

protocol::Change change(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
                        bool deleted = false)
{
    protocol::Change c;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.deleted = deleted;
    c.data = data;
    return c;
}

QJsonObject siteData(const QString &code)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), QStringLiteral("Mairie ") + code},
            {QStringLiteral("kind"), QStringLiteral("mairie_arrondissement")},
            {QStringLiteral("updated_at"), kStamp}};
}

QJsonObject appointmentData(const QString &siteId, const QString &visitor,
                            const QString &status = QStringLiteral("booked"))
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("service_id"), kService},
            {QStringLiteral("starts_at"), QStringLiteral("2026-11-24T09:00:00Z")},
            {QStringLiteral("ends_at"), QStringLiteral("2026-11-24T09:20:00Z")},
            {QStringLiteral("visitor_name"), visitor},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), kStamp},
            {QStringLiteral("updated_at"), kStamp}};
}

QJsonObject requestData(int n)
{
    return {{QStringLiteral("reference"), QStringLiteral("M3-2026-%1-K").arg(n, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("channel"), QStringLiteral("counter")},
            {QStringLiteral("site_id"), kSiteA},
            {QStringLiteral("requester_name"), QStringLiteral("DURAND Léa %1").arg(n)},
            {QStringLiteral("requester_phone"), QStringLiteral("04 65 71 %1 %2")
                                                    .arg(n % 100, 2, 10, QLatin1Char('0'))
                                                    .arg(n % 97, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("requester_email"), QStringLiteral("lea%1@example.org").arg(n)},
            {QStringLiteral("consent"), true},
            {QStringLiteral("subject"), QStringLiteral("Encombrants rue %1").arg(n)},
            {QStringLiteral("description"), QStringLiteral("Dépôt sauvage signalé au guichet.")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("due_date"), QStringLiteral("2026-12-14")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:00:00Z")},
            {QStringLiteral("created_by"), QJsonValue()},
            {QStringLiteral("updated_at"), kStamp}};
}

// Two sites and a service, as a first pull would have left them.
void seedSites(LocalStore &store)
{
    const QSqlDatabase db = store.connection();
    for (const auto &[id, code] :
         {std::pair{kSiteA, QStringLiteral("M3")}, std::pair{kSiteB, QStringLiteral("M6")}})
        sql::exec(db,
                  QStringLiteral("INSERT INTO sites (id, code, name, kind, version, updated_at) "
                                 "VALUES (?, ?, ?, 'mairie_arrondissement', 1, ?)"),
                  {id, code, QStringLiteral("Mairie ") + code, kStamp});
    sql::exec(db,
              QStringLiteral("INSERT INTO services (id, code, name, duration_minutes, version, updated_at) "
                             "VALUES (?, 'CNI', 'Carte d''identité', 20, 2, ?)"),
              {kService, kStamp});
}

void insertAppointment(LocalStore &store, const QString &id, const QString &siteId, qint64 version)
{
    const QJsonObject data = appointmentData(siteId, QStringLiteral("MOREAU Paul"));
    sql::exec(store.connection(),
              QStringLiteral(
                  "INSERT INTO appointments (id, site_id, service_id, starts_at, ends_at, visitor_name, "
                  "status, created_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)"),
              {id, siteId, kService, data.value(QLatin1String("starts_at")).toString(),
               data.value(QLatin1String("ends_at")).toString(), QStringLiteral("MOREAU Paul"), kStamp,
               version, kStamp});
}

Mutation enqueue(LocalStore &store, const QString &entity, const QString &id, const QJsonObject &payload,
                 Mutation::Operation operation = Mutation::Operation::Update)
{
    Mutation m;
    m.entity = entity;
    m.entityId = id;
    m.operation = operation;
    m.payload = payload;
    Transaction transaction(store.connection());
    OutboxRepository(store).enqueue(store.connection(), m);
    transaction.commit();
    return m;
}

protocol::PullPage page(QList<protocol::Change> changes, qint64 nextCursor, qint64 lastSeq = 0)
{
    protocol::PullPage p;
    p.epoch = QStringLiteral("epoch-1");
    p.changes = std::move(changes);
    p.nextCursor = nextCursor;
    p.deviceLastSeq = lastSeq;
    return p;
}

protocol::Rejection rejection(const Mutation &m, const QString &reason, std::optional<QJsonObject> record)
{
    protocol::Rejection r;
    r.seq = m.seq;
    r.mutationId = m.mutationId;
    r.entity = m.entity;
    r.entityId = m.entityId;
    r.operation = Mutation::operationName(m.operation);
    r.payload = m.payload;
    r.reason = reason;
    r.message = QStringLiteral("refused by the test server");
    r.record = std::move(record);
    return r;
}

} // namespace

class TestPullApply : public QObject
{
    Q_OBJECT

private slots:
    void appliesChangesAndMovesCursor()
    {
        TestStore t;
        seedSites(t.store());
        QSignalSpy changed(&t.store(), &LocalStore::changed);
        QJsonObject booked = appointmentData(kSiteA, QStringLiteral("NGUYEN Van"));
        booked.insert(QStringLiteral("need_interpreter"), true);
        booked.insert(QStringLiteral("booked_by"), QJsonValue());
        booked.insert(QStringLiteral("version"), 1);                     // change.version wins
        booked.insert(QStringLiteral("deleted"), true);                  // change.deleted wins
        booked.insert(QStringLiteral("colour"), QStringLiteral("blue")); // unknown column: ignored
        const auto report = PullPageApplier(t.store()).apply(page(
            {change(QStringLiteral("appointments"), QStringLiteral("ap-1"), 41, booked),
             change(QStringLiteral("parking_spaces"), QStringLiteral("p-1"), 42, {{QStringLiteral("x"), 1}}),
             change(QStringLiteral("sites"), kSiteB, 43, siteData(QStringLiteral("M6")), true)},
            43));
        QCOMPARE(report.applied, 2);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.entities, (QSet<QString>{QStringLiteral("appointments"), QStringLiteral("sites")}));
        QSqlQuery row =
            sql::exec(t.store().connection(),
                      QStringLiteral("SELECT visitor_name, need_interpreter, booked_by, version, deleted, "
                                     "counter_no FROM appointments WHERE id = 'ap-1'"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("NGUYEN Van"));
        QCOMPARE(row.value(1).toInt(), 1);
        QVERIFY(row.value(2).isNull());
        QCOMPARE(row.value(3).toLongLong(), 41);
        QCOMPARE(row.value(4).toInt(), 0);
        QCOMPARE(row.value(5).toInt(), 1); // absent from the data: the column's default
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT deleted || '/' || version FROM sites WHERE id = ?"),
                        {kSiteB})
                     .toString(),
                 QStringLiteral("1/43"));
        const SyncStateRepository state(t.store());
        QCOMPARE(state.value(SyncStateRepository::Cursor), QStringLiteral("43"));
        QCOMPARE(state.value(SyncStateRepository::Epoch), QStringLiteral("epoch-1"));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("appointments")}));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("sites")}));
        QVERIFY(!changed.contains(QVariantList{QStringLiteral("outbox")}));
    }

    void upsertKeepsTheArticleIndexRight()
    {
        TestStore t;
        PullPageApplier applier(t.store());
        const QJsonObject first{{QStringLiteral("source"), QStringLiteral("city")},
                                {QStringLiteral("title"), QStringLiteral("Recensement citoyen")},
                                {QStringLiteral("body"), QStringLiteral("À seize ans, en mairie.")},
                                {QStringLiteral("updated_at"), kStamp}};
        applier.apply(page({change(QStringLiteral("articles"), QStringLiteral("art-1"), 5, first)}, 5));
        const qint64 rowid =
            scalar(t.store(), QStringLiteral("SELECT rowid FROM articles WHERE id = 'art-1'")).toLongLong();
        QJsonObject second = first;
        second.insert(QStringLiteral("title"), QStringLiteral("Parcours citoyen"));
        applier.apply(page({change(QStringLiteral("articles"), QStringLiteral("art-1"), 6, second)}, 6));
        const QString match = QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?");
        QCOMPARE(scalar(t.store(), match, {QStringLiteral("parcours")}).toInt(), 1);
        QCOMPARE(scalar(t.store(), match, {QStringLiteral("recensement")}).toInt(), 0);
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT rowid FROM articles WHERE id = 'art-1'")).toLongLong(),
            rowid);
        applier.apply(
            page({change(QStringLiteral("articles"), QStringLiteral("art-1"), 7, second, true)}, 7));
        QCOMPARE(scalar(t.store(), match, {QStringLiteral("parcours")}).toInt(), 0);
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM articles_fts_vocab WHERE term = ?"),
                        {QStringLiteral("parcours")})
                     .toInt(),
                 0);
    }

    void pageIsAllOrNothing()
    {
        TestStore t;
        seedSites(t.store());
        insertAppointment(t.store(), QStringLiteral("ap-0"), kSiteA, 3);
        const Mutation pending = enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-0"),
                                         {{QStringLiteral("status"), QStringLiteral("checked_in")}});
        SyncStateRepository(t.store()).setValue(SyncStateRepository::Cursor, QStringLiteral("10"));
        QJsonObject renamed = siteData(QStringLiteral("M3"));
        renamed.insert(QStringLiteral("name"), QStringLiteral("Mairie du 3e (renamed)"));
        const protocol::PullPage bad =
            page({change(QStringLiteral("sites"), kSiteA, 11, renamed),
                  change(QStringLiteral("appointments"), QStringLiteral("ap-1"), 12,
                         appointmentData(kSiteA, QStringLiteral("A"))),
                  change(QStringLiteral("appointments"), QStringLiteral("ap-2"), 13,
                         appointmentData(kSiteA, QStringLiteral("B"), QStringLiteral("bogus")))},
                 13, pending.seq);
        QSignalSpy changed(&t.store(), &LocalStore::changed);
        try {
            PullPageApplier(t.store()).apply(bad);
            QFAIL("a page with an invalid record was applied");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Constraint);
            QVERIFY2(error.message().contains(QLatin1String("ap-2")) &&
                         error.message().contains(QLatin1String("appointments")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("CHECK")), qPrintable(error.message()));
        }
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT name FROM sites WHERE id = ?"), {kSiteA}).toString(),
            QStringLiteral("Mairie M3"));
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1);
        QCOMPARE(OutboxRepository(t.store()).count(), 1); // not acknowledged either
        QCOMPARE(SyncStateRepository(t.store()).value(SyncStateRepository::Cursor), QStringLiteral("10"));
        QCOMPARE(SyncStateRepository(t.store()).value(SyncStateRepository::Epoch), QString());
        QCOMPARE(changed.count(), 0);
        // The connection is left as it was: foreign keys on, no transaction open.
        QCOMPARE(scalar(t.store(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        Transaction again(t.store().connection());
        again.commit();
    }

    void childBeforeParentIsApplied()
    {
        TestStore t;
        seedSites(t.store());
        const QJsonObject event{{QStringLiteral("request_id"), QStringLiteral("req-1")},
                                {QStringLiteral("kind"), QStringLiteral("created")},
                                {QStringLiteral("at"), QStringLiteral("2026-11-23T08:00:00Z")},
                                {QStringLiteral("channel"), QStringLiteral("counter")},
                                {QStringLiteral("updated_at"), kStamp}};
        const auto report = PullPageApplier(t.store()).apply(
            page({change(QStringLiteral("request_events"), QStringLiteral("ev-1"), 20, event),
                  change(QStringLiteral("requests"), QStringLiteral("req-1"), 21, requestData(1))},
                 21));
        QCOMPARE(report.applied, 2);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = 'req-1'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(t.store(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!scalar(t.store(), QStringLiteral("SELECT 1 FROM pragma_foreign_key_check")).isValid());
        // And foreign keys are enforced again outside the page.
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            sql::exec(t.store().connection(),
                      QStringLiteral("INSERT INTO request_events (id, request_id, kind, at, updated_at) "
                                     "VALUES ('ev-x', 'no-such-request', 'note', ?, ?)"),
                      {kStamp, kStamp}));
    }

    void acknowledgementsRemoveExactlyUpToLastSeq()
    {
        TestStore t;
        seedSites(t.store());
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i)
            seqs << enqueue(t.store(), QStringLiteral("sites"), kSiteA,
                            {{QStringLiteral("notes"), QString::number(i)}})
                        .seq;
        QSignalSpy changed(&t.store(), &LocalStore::changed);
        const auto report = PullPageApplier(t.store()).apply(page({}, 50, seqs.at(2)));
        QCOMPARE(report.acknowledged, 3);
        const QList<Mutation> left = OutboxRepository(t.store()).pending(10);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).seq, seqs.at(3));
        QCOMPARE(left.at(1).seq, seqs.at(4));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("outbox")}));
        // Acknowledging again the same position changes nothing.
        QCOMPARE(PullPageApplier(t.store()).apply(page({}, 50, seqs.at(2))).acknowledged, 0);
        QCOMPARE(OutboxRepository(t.store()).count(), 2);
    }

    void rejectionIsRecordedOnceAndRestoresTheServerRecord()
    {
        TestStore t;
        seedSites(t.store());
        insertAppointment(t.store(), QStringLiteral("ap-1"), kSiteA, 7);
        AppointmentRepository(t.store()).setStatus(QStringLiteral("ap-1"), Appointment::Status::CheckedIn,
                                                   {});
        const Mutation m = OutboxRepository(t.store()).pending(1).first();
        QJsonObject server =
            appointmentData(kSiteA, QStringLiteral("MOREAU Paul"), QStringLiteral("cancelled"));
        server.insert(QStringLiteral("version"), 9);
        protocol::PullPage p = page({}, 60, m.seq);
        p.rejected << rejection(m, QStringLiteral("stale_version"), server);
        QSignalSpy changed(&t.store(), &LocalStore::changed);

        auto report = PullPageApplier(t.store()).apply(p);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(OutboxRepository(t.store()).count(), 0);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT status || '/' || version FROM appointments WHERE id = 'ap-1'"))
                     .toString(),
                 QStringLiteral("cancelled/9"));
        QSqlQuery row =
            sql::exec(t.store().connection(),
                      QStringLiteral("SELECT reason, payload, server_record, resolved_at, entity_id, seq "
                                     "FROM sync_conflicts WHERE mutation_id = ?"),
                      {m.mutationId});
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("stale_version"));
        QVERIFY(row.value(1).toString().contains(QLatin1String("checked_in")));
        QVERIFY(row.value(2).toString().contains(QLatin1String("cancelled")));
        QVERIFY(row.value(3).isNull());
        QCOMPARE(row.value(4).toString(), QStringLiteral("ap-1"));
        QCOMPARE(row.value(5).toLongLong(), m.seq);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("sync_conflicts")}));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("appointments")}));

        // The same refusal in a later page: not recorded again, and the record (which has moved on
        // since, version 12) is not put back to the refusal's state.
        sql::exec(t.store().connection(),
                  QStringLiteral("UPDATE appointments SET status = 'done', version = 12 WHERE id = 'ap-1'"));
        report = PullPageApplier(t.store()).apply(p);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt(), 1);
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT status FROM appointments WHERE id = 'ap-1'")).toString(),
            QStringLiteral("done"));

        // A first refusal whose record is older than a change of the same page: the change stays.
        const Mutation late = enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-1"),
                                      {{QStringLiteral("status"), QStringLiteral("no_show")}});
        protocol::PullPage later =
            page({change(QStringLiteral("appointments"), QStringLiteral("ap-1"), 14,
                         appointmentData(kSiteA, QStringLiteral("MOREAU Paul"), QStringLiteral("done")))},
                 61, late.seq);
        later.rejected << rejection(late, QStringLiteral("forbidden"), server); // server: version 9
        QCOMPARE(PullPageApplier(t.store()).apply(later).rejected, 1);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT status || '/' || version FROM appointments WHERE id = 'ap-1'"))
                     .toString(),
                 QStringLiteral("done/14"));
    }

    void refusedCreationIsMarkedDeletedButKept()
    {
        TestStore t;
        seedSites(t.store());
        QJsonObject payload = appointmentData(kSiteA, QStringLiteral("PETIT Anne"));
        sql::exec(t.store().connection(),
                  QStringLiteral(
                      "INSERT INTO appointments (id, site_id, service_id, starts_at, ends_at, visitor_name, "
                      "status, created_at, updated_at) VALUES ('ap-new', ?, ?, ?, ?, 'PETIT Anne', "
                      "'pending', ?, ?)"),
                  {kSiteA, kService, payload.value(QLatin1String("starts_at")).toString(),
                   payload.value(QLatin1String("ends_at")).toString(), kStamp, kStamp});
        const Mutation m = enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-new"),
                                   payload, Mutation::Operation::Create);
        protocol::PullPage p = page({}, 70, m.seq);
        p.rejected << rejection(m, QStringLiteral("slot_full"), std::nullopt);
        QCOMPARE(PullPageApplier(t.store()).apply(p).rejected, 1);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral(
                            "SELECT deleted || '/' || visitor_name FROM appointments WHERE id = 'ap-new'"))
                     .toString(),
                 QStringLiteral("1/PETIT Anne"));
        QVERIFY(scalar(t.store(), QStringLiteral("SELECT server_record FROM sync_conflicts")).isNull());
        QVERIFY(scalar(t.store(), QStringLiteral("SELECT payload FROM sync_conflicts"))
                    .toString()
                    .contains(QLatin1String("PETIT Anne")));
    }

    void pendingChangeSurvivesAnOlderServerState()
    {
        TestStore t;
        seedSites(t.store());
        insertAppointment(t.store(), QStringLiteral("ap-1"), kSiteA, 5);
        const Mutation pushed = enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-1"),
                                        {{QStringLiteral("notes"), QStringLiteral("already sent")}});
        AppointmentRepository(t.store()).setStatus(QStringLiteral("ap-1"), Appointment::Status::CheckedIn,
                                                   {});
        enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-1"),
                {{QStringLiteral("need_wheelchair"), true}, {QStringLiteral("no_such_column"), 1}});
        // The server's state at change 6: someone corrected the visitor's name; it knows nothing of
        // the check-in and the wheelchair still waiting in this counter's outbox.
        QJsonObject server = appointmentData(kSiteA, QStringLiteral("MOREAU Paule"));
        const auto report = PullPageApplier(t.store()).apply(page(
            {change(QStringLiteral("appointments"), QStringLiteral("ap-1"), 6, server)}, 80, pushed.seq));
        QCOMPARE(report.acknowledged, 1);
        QSqlQuery row = sql::exec(
            t.store().connection(),
            QStringLiteral("SELECT visitor_name, status, need_wheelchair, version FROM appointments "
                           "WHERE id = 'ap-1'"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("MOREAU Paule"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("checked_in"));
        QCOMPARE(row.value(2).toInt(), 1);
        QCOMPARE(row.value(3).toLongLong(), 6); // the server's version: the base of what is still waiting
        QCOMPARE(OutboxRepository(t.store()).count(), 2);

        // A pending deletion and a pending creation are replayed too.
        insertAppointment(t.store(), QStringLiteral("ap-2"), kSiteA, 2);
        enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-2"), {},
                Mutation::Operation::Delete);
        const QJsonObject mine = appointmentData(kSiteB, QStringLiteral("ROUX Marc"));
        enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("ap-3"), mine,
                Mutation::Operation::Create);
        PullPageApplier(t.store()).apply(page({change(QStringLiteral("appointments"), QStringLiteral("ap-2"),
                                                      7, appointmentData(kSiteA, QStringLiteral("X"))),
                                               change(QStringLiteral("appointments"), QStringLiteral("ap-3"),
                                                      8, appointmentData(kSiteA, QStringLiteral("Y")))},
                                              81, pushed.seq));
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT deleted FROM appointments WHERE id = 'ap-2'")).toInt(),
            1);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral(
                            "SELECT visitor_name || '/' || site_id FROM appointments WHERE id = 'ap-3'"))
                     .toString(),
                 QStringLiteral("ROUX Marc/") + kSiteB);
    }

    void aServerRecordTakesItsNaturalKeyBack()
    {
        TestStore t;
        seedSites(t.store());
        // Another local site still holds the code "M3" (its own change comes later).
        PullPageApplier(t.store()).apply(page(
            {change(QStringLiteral("sites"), QStringLiteral("site-d"), 89, siteData(QStringLiteral("M9"))),
             change(QStringLiteral("sites"), QStringLiteral("site-c"), 90, siteData(QStringLiteral("M3")))},
            90));
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT code FROM sites WHERE id = 'site-c'")).toString(),
                 QStringLiteral("M3"));
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT code FROM sites WHERE id = 'site-d'")).toString(),
                 QStringLiteral("M9"));
        QVERIFY(scalar(t.store(), QStringLiteral("SELECT code FROM sites WHERE id = ?"), {kSiteA})
                    .toString()
                    .startsWith(QLatin1String("M3~")));
    }

    void resetForSnapshotKeepsTheOutbox()
    {
        TestStore t;
        seedSites(t.store());
        PullPageApplier applier(t.store());
        applier.apply(page({}, 120));
        enqueue(t.store(), QStringLiteral("sites"), kSiteA, {{QStringLiteral("notes"), QStringLiteral("a")}});
        enqueue(t.store(), QStringLiteral("sites"), kSiteA, {{QStringLiteral("notes"), QStringLiteral("b")}});
        const QList<Mutation> before = OutboxRepository(t.store()).pending(10);
        applier.resetForSnapshot();
        const SyncStateRepository state(t.store());
        QCOMPARE(state.value(SyncStateRepository::Cursor), QStringLiteral("0"));
        QCOMPARE(state.value(SyncStateRepository::Epoch, QStringLiteral("unset")), QString());
        const QList<Mutation> after = OutboxRepository(t.store()).pending(10);
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).mutationId, before.at(i).mutationId);
            QCOMPARE(after.at(i).seq, before.at(i).seq);
        }
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM sites")).toInt(), 2);
    }

    void purgeOutOfScopeKeepsPendingRows()
    {
        TestStore t;
        seedSites(t.store());
        insertAppointment(t.store(), QStringLiteral("a-1"), kSiteA, 1);
        insertAppointment(t.store(), QStringLiteral("b-1"), kSiteB, 1);
        insertAppointment(t.store(), QStringLiteral("b-2"), kSiteB, 1);
        enqueue(t.store(), QStringLiteral("appointments"), QStringLiteral("b-2"),
                {{QStringLiteral("status"), QStringLiteral("done")}});
        sql::exec(t.store().connection(),
                  QStringLiteral("INSERT INTO call_logs (id, site_id, mode, started_at, updated_at) VALUES "
                                 "('call-b', ?, 'lsf', ?, ?), ('call-none', NULL, 'lsf', ?, ?)"),
                  {kSiteB, kStamp, kStamp, kStamp, kStamp});
        QCOMPARE(PullPageApplier(t.store()).purgeOutOfScope({kSiteA}), 2);
        QSqlQuery left = sql::exec(
            t.store().connection(),
            QStringLiteral("SELECT id FROM appointments UNION ALL SELECT id FROM call_logs ORDER BY 1"));
        QStringList ids;
        while (left.next())
            ids << left.value(0).toString();
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("a-1"), QStringLiteral("b-2"), QStringLiteral("call-none")}));
        // City-scoped rows of the other site stay.
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM sites")).toInt(), 2);
    }

    void applyRate()
    {
        TestStore t;
        seedSites(t.store());
        constexpr int kRows = 20000;
        QList<protocol::Change> changes;
        changes.reserve(kRows);
        for (int i = 0; i < kRows; ++i)
            changes << change(QStringLiteral("requests"), QStringLiteral("req-%1").arg(i), i + 1,
                              requestData(i + 1));
        const protocol::PullPage p = page(std::move(changes), kRows);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const auto report = PullPageApplier(t.store()).apply(p);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        QCOMPARE(report.applied, kRows);
        QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM requests")).toInt(), kRows);
        // Requests are the heaviest synced table to write (five indexes, four CHECK lists).
        qInfo(
            "pull apply: %d requests in %lld ms (%.0f ms CPU) = %.0f records/s; 100,000 at this rate: %.2f s",
            kRows, ms, cpuMs, kRows * 1000.0 / double(ms), double(ms) * 100000.0 / kRows / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestPullApply)
#include "tst_pullapply.moc"
