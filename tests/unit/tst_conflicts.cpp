// Refused changes at the counter ("À traiter"): the list model under QAbstractItemModelTester,
// following the store as refusals arrive and are dealt with; the labels and ways forward; dismiss;
// retry, which queues a NEW mutation based on the record's current version (and brings a refused
// creation back).
#include "TestStore.h"
#include "itemmodels/ConflictListModel.h"
#include "itemmodels/SyncLabels.h"
#include "repo/AppointmentRepository.h"
#include "repo/ConflictRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "sync/PullPageApplier.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kSite = QStringLiteral("site-a");
const QString kService = QStringLiteral("service-1");
const QString kStamp = QStringLiteral("2026-11-20T08:00:00.000Z");

QVariant scalar(LocalStore &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.connection(), statement, values);
}

QJsonObject appointment(const QString &visitor, const QString &status)
{
    return {{QStringLiteral("site_id"), kSite},
            {QStringLiteral("service_id"), kService},
            {QStringLiteral("starts_at"), QStringLiteral("2026-11-24T09:00:00Z")},
            {QStringLiteral("ends_at"), QStringLiteral("2026-11-24T09:20:00Z")},
            {QStringLiteral("visitor_name"), visitor},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), kStamp},
            {QStringLiteral("updated_at"), kStamp}};
}

// A site, a service and the appointment "ap-1" (MOREAU Paul, version 7) as a pull left them.
void seed(LocalStore &store)
{
    const QSqlDatabase db = store.connection();
    sql::exec(db,
              QStringLiteral("INSERT INTO sites (id, code, name, kind, version, updated_at) "
                             "VALUES (?, 'M3', 'Mairie du 3e', 'mairie_arrondissement', 1, ?)"),
              {kSite, kStamp});
    sql::exec(db,
              QStringLiteral("INSERT INTO services (id, code, name, duration_minutes, version, updated_at) "
                             "VALUES (?, 'CNI', 'Carte d''identité', 20, 2, ?)"),
              {kService, kStamp});
    sql::exec(
        db,
        QStringLiteral("INSERT INTO appointments (id, site_id, service_id, starts_at, ends_at, visitor_name, "
                       "status, created_at, version, updated_at) VALUES ('ap-1', ?, ?, "
                       "'2026-11-24T09:00:00Z', '2026-11-24T09:20:00Z', 'MOREAU Paul', 'booked', ?, 7, ?)"),
        {kSite, kService, kStamp, kStamp});
}

protocol::Rejection rejectionOf(const Mutation &m, const QString &reason, std::optional<QJsonObject> record)
{
    protocol::Rejection r;
    r.seq = m.seq;
    r.mutationId = m.mutationId;
    r.entity = m.entity;
    r.entityId = m.entityId;
    r.operation = Mutation::operationName(m.operation);
    r.payload = m.payload;
    r.reason = reason;
    r.message = QStringLiteral("server says: ") + reason;
    r.record = std::move(record);
    return r;
}

// The agent checks "ap-1" in, and books "ap-new" offline; the server refuses both: the check-in
// because someone changed the appointment meanwhile (it is at version 9 now), the booking because
// the slot is full (the server never had it).
struct Refused
{
    Mutation checkIn;
    Mutation booking;
};

Refused refuseTwoChanges(LocalStore &store)
{
    AppointmentRepository(store).setStatus(QStringLiteral("ap-1"), Appointment::Status::CheckedIn, {});
    Refused refused;
    refused.checkIn = OutboxRepository(store).pending(1).first();
    const QJsonObject booking = appointment(QStringLiteral("PETIT Anne"), QStringLiteral("pending"));
    {
        Transaction transaction(store.connection());
        sql::exec(store.connection(),
                  QStringLiteral(
                      "INSERT INTO appointments (id, site_id, service_id, starts_at, ends_at, visitor_name, "
                      "status, created_at, updated_at) VALUES ('ap-new', ?, ?, '2026-11-24T09:00:00Z', "
                      "'2026-11-24T09:20:00Z', 'PETIT Anne', 'pending', ?, ?)"),
                  {kSite, kService, kStamp, kStamp});
        refused.booking.entity = QStringLiteral("appointments");
        refused.booking.entityId = QStringLiteral("ap-new");
        refused.booking.operation = Mutation::Operation::Create;
        refused.booking.payload = booking;
        OutboxRepository(store).enqueue(store.connection(), refused.booking);
        transaction.commit();
    }
    QJsonObject server = appointment(QStringLiteral("MOREAU Paul"), QStringLiteral("booked"));
    server.insert(QStringLiteral("notes"), QStringLiteral("moved by the supervisor"));
    server.insert(QStringLiteral("version"), 9);
    protocol::PullPage page;
    page.epoch = QStringLiteral("e");
    page.nextCursor = 100;
    page.deviceLastSeq = refused.booking.seq;
    page.rejected << rejectionOf(refused.checkIn, QStringLiteral("stale_version"), server)
                  << rejectionOf(refused.booking, QStringLiteral("slot_full"), std::nullopt);
    PullPageApplier(store).apply(page);
    return refused;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void modelFollowsRefusalsAndTheirResolution()
    {
        TestStore t;
        seed(t.store());
        ConflictListModel model(t.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ConflictListModel::ColumnCount));

        const Refused refused = refuseTwoChanges(t.store());
        QCOMPARE(model.rowCount(), 2); // refreshed by the store's "sync_conflicts" signal
        QCOMPARE(ConflictRepository(t.store()).openCount(), 2);

        // In the order the agent made the changes: the check-in first.
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, 0, ConflictListModel::MutationIdRole).toString(), refused.checkIn.mutationId);
        QCOMPARE(cell(0, 0, ConflictListModel::ReasonCodeRole).toString(), QStringLiteral("stale_version"));
        QCOMPARE(cell(0, 0, ConflictListModel::OperationRole).toString(), QStringLiteral("update"));
        const QString what = cell(0, ConflictListModel::WhatColumn).toString();
        // The change carries only the status: the visitor's name comes from the record.
        QVERIFY2(what.startsWith(QLatin1String("Appointment")) &&
                     what.contains(QLatin1String("MOREAU Paul")) && what.contains(QLatin1String("Arrived")),
                 qPrintable(what));
        QCOMPARE(cell(0, ConflictListModel::ReasonColumn).toString(),
                 QStringLiteral("Changed meanwhile at another counter"));
        QCOMPARE(cell(0, ConflictListModel::WayForwardColumn).toString(),
                 QStringLiteral("Check the record and apply your change again."));
        QCOMPARE(cell(0, ConflictListModel::MessageColumn).toString(),
                 QStringLiteral("server says: stale_version"));
        QVERIFY(!cell(0, ConflictListModel::WhenColumn).toString().isEmpty());
        QCOMPARE(cell(0, 0, ConflictListModel::WhenRole).toDateTime(), t.clock().nowUtc());

        QCOMPARE(cell(1, 0, ConflictListModel::MutationIdRole).toString(), refused.booking.mutationId);
        QVERIFY(cell(1, ConflictListModel::WhatColumn).toString().contains(QLatin1String("PETIT Anne")));
        QCOMPARE(cell(1, ConflictListModel::ReasonColumn).toString(), QStringLiteral("The slot is full"));
        QCOMPARE(cell(1, ConflictListModel::WayForwardColumn).toString(),
                 QStringLiteral("Book another slot for the visitor."));
        for (int column = 0; column < ConflictListModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        // Dismissed: gone from the list, kept in the table as resolved.
        ConflictRepository(t.store()).dismiss(refused.booking.mutationId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(ConflictRepository(t.store()).openCount(), 1);
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT resolution FROM sync_conflicts WHERE mutation_id = ?"),
                        {refused.booking.mutationId})
                     .toString(),
                 QStringLiteral("dismissed"));
        QVERIFY(!scalar(t.store(),
                        QStringLiteral("SELECT resolved_at FROM sync_conflicts WHERE mutation_id = ?"),
                        {refused.booking.mutationId})
                     .isNull());
        try {
            ConflictRepository(t.store()).dismiss(refused.booking.mutationId);
            QFAIL("a conflict was dismissed twice");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
        }
    }

    void retryQueuesANewMutationOnTheCurrentVersion()
    {
        TestStore t;
        seed(t.store());
        const Refused refused = refuseTwoChanges(t.store());
        // The refusal put the server's state back.
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT status || '/' || version FROM appointments WHERE id = 'ap-1'"))
                     .toString(),
                 QStringLiteral("booked/9"));
        QCOMPARE(OutboxRepository(t.store()).count(), 0);
        QSignalSpy changed(&t.store(), &LocalStore::changed);

        const Mutation again = ConflictRepository(t.store()).retry(refused.checkIn.mutationId);
        QVERIFY(again.mutationId != refused.checkIn.mutationId);
        QCOMPARE(again.entity, QStringLiteral("appointments"));
        QCOMPARE(again.entityId, QStringLiteral("ap-1"));
        QCOMPARE(again.operation, Mutation::Operation::Update);
        QCOMPARE(again.payload, refused.checkIn.payload);
        QCOMPARE(again.baseVersion, 9);
        const QList<Mutation> outbox = OutboxRepository(t.store()).pending(10);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().mutationId, again.mutationId);
        QCOMPARE(outbox.first().baseVersion, 9);
        QVERIFY(outbox.first().seq > refused.booking.seq); // the device's sequence goes on
        // The agent's change shows again, on top of what the server changed meanwhile.
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT status || '/' || notes FROM appointments WHERE id = 'ap-1'"))
                     .toString(),
                 QStringLiteral("checked_in/moved by the supervisor"));
        QCOMPARE(scalar(t.store(),
                        QStringLiteral("SELECT resolution FROM sync_conflicts WHERE mutation_id = ?"),
                        {refused.checkIn.mutationId})
                     .toString(),
                 QStringLiteral("retried"));
        QCOMPARE(ConflictRepository(t.store()).openCount(), 1);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("outbox")}));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("sync_conflicts")}));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("appointments")}));
        QVERIFY_THROWS_EXCEPTION(StoreError, ConflictRepository(t.store()).retry(refused.checkIn.mutationId));
        QCOMPARE(OutboxRepository(t.store()).count(), 1);
    }

    void retryBringsARefusedCreationBack()
    {
        TestStore t;
        seed(t.store());
        const Refused refused = refuseTwoChanges(t.store());
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT deleted FROM appointments WHERE id = 'ap-new'")).toInt(),
            1);
        const Mutation again = ConflictRepository(t.store()).retry(refused.booking.mutationId);
        QCOMPARE(again.operation, Mutation::Operation::Create);
        QCOMPARE(again.baseVersion, 0);
        QCOMPARE(again.payload, refused.booking.payload);
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT deleted || '/' || version || '/' || visitor_name FROM "
                                             "appointments WHERE id = 'ap-new'"))
                .toString(),
            QStringLiteral("0/0/PETIT Anne"));
        QCOMPARE(OutboxRepository(t.store()).pending(10).first().operation, Mutation::Operation::Create);
    }

    void retryIsOneTransaction()
    {
        TestStore t;
        seed(t.store());
        const Refused refused = refuseTwoChanges(t.store());
        sql::execScript(t.store().connection(),
                        QStringLiteral("CREATE TEMP TRIGGER outbox_refuses BEFORE INSERT ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"));
        QVERIFY_THROWS_EXCEPTION(StoreError, ConflictRepository(t.store()).retry(refused.checkIn.mutationId));
        sql::execScript(t.store().connection(), QStringLiteral("DROP TRIGGER outbox_refuses"));
        QCOMPARE(
            scalar(t.store(), QStringLiteral("SELECT status FROM appointments WHERE id = 'ap-1'")).toString(),
            QStringLiteral("booked"));
        QCOMPARE(ConflictRepository(t.store()).openCount(), 2);
    }

    void everyReasonHasItsOwnWords()
    {
        const QStringList reasons = {QStringLiteral("slot_full"),    QStringLiteral("stale_version"),
                                     QStringLiteral("forbidden"),    QStringLiteral("invalid"),
                                     QStringLiteral("not_found"),    QStringLiteral("duplicate_key"),
                                     QStringLiteral("unprocessable")};
        QSet<QString> labels;
        QSet<QString> ways;
        for (const QString &reason : reasons) {
            labels.insert(SyncLabels::reason(reason));
            ways.insert(SyncLabels::wayForward(reason));
        }
        labels.insert(SyncLabels::reason(QStringLiteral("something_new")));
        ways.insert(SyncLabels::wayForward(QStringLiteral("something_new")));
        QCOMPARE(labels.size(), reasons.size() + 1);
        QCOMPARE(ways.size(), reasons.size() + 1);
        QCOMPARE(SyncLabels::reason(QStringLiteral("duplicate_key")),
                 QStringLiteral("Reference already taken"));

        SyncConflict request;
        request.entity = QStringLiteral("requests");
        request.operation = Mutation::Operation::Create;
        request.payload = {{QStringLiteral("requester_name"), QStringLiteral("DURAND Léa")},
                           {QStringLiteral("subject"), QStringLiteral("Encombrants")},
                           {QStringLiteral("status"), QStringLiteral("in_progress")}};
        QCOMPARE(SyncLabels::summary(request),
                 QStringLiteral("Request: DURAND Léa — Encombrants — In progress"));
        SyncConflict removal;
        removal.entity = QStringLiteral("call_logs");
        removal.operation = Mutation::Operation::Delete;
        QCOMPARE(SyncLabels::summary(removal), QStringLiteral("Interpreter call: Deletion"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
