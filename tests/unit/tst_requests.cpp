// Requests: references, due dates, the repository (paging, lookup, notes through the outbox),
// the demo part (counts, well-formed references, consistent histories, determinism) and the
// item models under QAbstractItemModelTester.
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "domain/RequestDueDate.h"
#include "domain/RequestReference.h"
#include "itemmodels/RequestEventModel.h"
#include "itemmodels/RequestListModel.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

// A few sites and agents, as the sites generator would leave them; returns the demo context's lists.
void seedCity(LocalStore &store, DemoContext &context)
{
    const QString stamp = context.stamp;
    const QStringList codes = {QStringLiteral("HDV"), QStringLiteral("M1"), QStringLiteral("M3")};
    for (const QString &code : codes) {
        const QString id = context.idFor(QStringLiteral("site"), code);
        sql::exec(store.connection(),
                  QStringLiteral("INSERT INTO sites (id, code, name, kind, postal_code, city, updated_at) "
                                 "VALUES (?, ?, ?, ?, '69001', 'Lyon', ?)"),
                  {id, code, QStringLiteral("Site ") + code,
                   code == QLatin1String("HDV") ? QStringLiteral("hotel_de_ville")
                                                : QStringLiteral("mairie_arrondissement"),
                   stamp});
        context.siteIds << id;
        context.siteIdByCode.insert(code, id);
    }
    for (int i = 0; i < 4; ++i) {
        const QString id = context.idFor(QStringLiteral("agent"), QString::number(i));
        sql::exec(store.connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES (?, "
                                 "?, ?, 'agent', ?)"),
                  {id, QStringLiteral("agent%1").arg(i), QStringLiteral("Agent %1").arg(i), stamp});
        context.agentIds << id;
    }
}

void generate(TestStore &test, quint32 seed)
{
    LocalStore &store = test.store();
    DemoOptions options;
    options.seed = seed;
    DemoContext context(store.connection(), test.clock(), options, test.clock().todayIn(defaultTimeZone()),
                        timefmt::toStoreMs(test.clock().nowUtc()));
    Transaction transaction(store.connection());
    seedCity(store, context);
    generateRequests(context);
    transaction.commit();
}

qint64 count(LocalStore &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.connection(), statement, values).toLongLong();
}

QByteArray digest(LocalStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &statement :
         {QStringLiteral(
              "SELECT id || reference || status || due_date || created_at || requester_name || subject "
              "|| requester_phone || requester_email FROM requests ORDER BY id"),
          QStringLiteral(
              "SELECT id || request_id || kind || at || coalesce(agent_id, '') || text FROM request_events "
              "ORDER BY id")}) {
        QSqlQuery q = sql::exec(store.connection(), statement);
        while (q.next())
            hash.addData(q.value(0).toString().toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    LocalStore &store() { return m_test->store(); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        generate(*m_test, 2026);
    }

    void referenceCheckCharacter()
    {
        const QString reference = RequestReference::make(QStringLiteral("M3"), 2026, 4127);
        QVERIFY(reference.startsWith(QLatin1String("M3-2026-004127-")));
        QVERIFY(RequestReference::isValid(reference));
        QString typo = reference;
        typo[9] = QLatin1Char('9'); // 004127 → 009127
        QVERIFY(!RequestReference::isValid(typo));
        QString swapped = reference;
        std::swap(swapped[11], swapped[12]); // 004127 → 004172
        QVERIFY(!RequestReference::isValid(swapped));
        QVERIFY(!RequestReference::isValid(QStringLiteral("M3-2026-4127-K")));
        QCOMPARE(RequestReference::normalized(QStringLiteral(" m3 2026 004127 ")),
                 QStringLiteral("M3-2026-004127"));
    }

    void dueDateSkipsWeekendsAndHolidays()
    {
        QCOMPARE(RequestDueDate::after(QDate(2026, 11, 23)), QDate(2026, 12, 14));
        // 1 May, 8 May, Ascension (14 May) and Whit Monday (25 May 2026) do not count.
        QCOMPARE(RequestDueDate::after(QDate(2026, 4, 30)), QDate(2026, 5, 27));
        QVERIFY(!RequestDueDate::isWorkingDay(QDate(2026, 11, 11)));
        QVERIFY(!RequestDueDate::isWorkingDay(QDate(2026, 11, 22)));
        QVERIFY(RequestDueDate::isWorkingDay(QDate(2026, 11, 23)));
    }

    void dueDateInWorkingDays_data()
    {
        QTest::addColumn<QDate>("created");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Monday, no holiday") << QDate(2026, 11, 23) << QDate(2026, 12, 14);
        QTest::newRow("filed on a Saturday") << QDate(2026, 11, 21) << QDate(2026, 12, 11);
        QTest::newRow("Christmas and New Year, into 2027") << QDate(2026, 12, 18) << QDate(2027, 1, 12);
        QTest::newRow("year end 2027, 1 January on a Saturday") << QDate(2027, 12, 30) << QDate(2028, 1, 20);
        QTest::newRow("Easter Monday 2027") << QDate(2027, 3, 25) << QDate(2027, 4, 16);
        QTest::newRow("Ascension and Whit Monday 2027") << QDate(2027, 4, 30) << QDate(2027, 5, 25);
        QTest::newRow("14 July 2027, a Wednesday") << QDate(2027, 7, 9) << QDate(2027, 8, 2);
        QTest::newRow("May 2026: 1st, 8th, Ascension, Whit Monday") << QDate(2026, 4, 30) << QDate(2026, 5, 27);
    }

    void dueDateInWorkingDays()
    {
        QFETCH(QDate, created);
        QFETCH(QDate, due);
        QCOMPARE(RequestDueDate::after(created), due);
        QVERIFY(RequestDueDate::isWorkingDay(due));
    }

    void demoCountsAndReferences()
    {
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM requests")), 2000);
        QVERIFY(count(store(), QStringLiteral("SELECT count(*) FROM request_events")) > 6000);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(DISTINCT reference) FROM requests")), 2000);
        QSqlQuery q =
            sql::exec(store().connection(),
                      QStringLiteral("SELECT reference, channel, created_at, due_date, requester_phone, "
                                     "requester_email, version FROM requests"));
        QSet<QString> channels;
        const QDate today(2026, 11, 23);
        while (q.next()) {
            const QString reference = q.value(0).toString();
            QVERIFY2(RequestReference::isValid(reference), qPrintable(reference));
            channels.insert(q.value(1).toString());
            const QDateTime created = timefmt::fromStore(q.value(2).toString());
            QVERIFY(created.isValid());
            QVERIFY(created <= m_test->clock().nowUtc());
            const QDate createdDay = created.toTimeZone(defaultTimeZone()).date();
            QVERIFY(createdDay > today.addDays(-250));
            QVERIFY(reference.mid(reference.indexOf(QLatin1Char('-')) + 1, 4).toInt() == createdDay.year());
            const QDate due = timefmt::dateFromStore(q.value(3).toString());
            QCOMPARE(due, RequestDueDate::after(createdDay));
            QVERIFY(due.dayOfWeek() <= 5);
            const QString phone = q.value(4).toString();
            QVERIFY2(phone.isEmpty() || phone.startsWith(QLatin1String("04 65 71 ")) ||
                         phone.startsWith(QLatin1String("06 39 98 ")),
                     qPrintable(phone));
            const QString email = q.value(5).toString();
            QVERIFY2(email.isEmpty() || email.endsWith(QLatin1String("@example.org")), qPrintable(email));
            QCOMPARE(q.value(6).toInt(), 1);
        }
        QCOMPARE(channels.size(), 6);
        // Some requests are still open past their due date: the list flags them.
        QVERIFY(count(store(), QStringLiteral(
                                   "SELECT count(*) FROM requests WHERE status NOT IN ('answered', 'closed') "
                                   "AND due_date < '2026-11-23'")) > 0);
        for (const char *status : {"new", "acknowledged", "in_progress", "answered", "closed"})
            QVERIFY2(count(store(), QStringLiteral("SELECT count(*) FROM requests WHERE status = ?"),
                           {QLatin1String(status)}) > 0,
                     status);
    }

    void demoStatusesFollowEvents()
    {
        QHash<QString, QList<RequestEvent>> histories;
        QSqlQuery q = sql::exec(
            store().connection(),
            QStringLiteral("SELECT request_id, kind, at FROM request_events ORDER BY request_id, at, rowid"));
        while (q.next()) {
            RequestEvent e;
            e.kind = RequestEvent::kindFromName(q.value(1).toString());
            e.at = timefmt::fromStore(q.value(2).toString());
            QVERIFY(e.at <= m_test->clock().nowUtc());
            histories[q.value(0).toString()] << e;
        }
        QSqlQuery r =
            sql::exec(store().connection(), QStringLiteral("SELECT id, status, created_at FROM requests"));
        int checked = 0;
        while (r.next()) {
            const QList<RequestEvent> events = histories.value(r.value(0).toString());
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().kind, RequestEvent::Kind::Created);
            QCOMPARE(timefmt::toStore(events.first().at), r.value(2).toString());
            QCOMPARE(Request::statusName(Request::statusAfter(events)), r.value(1).toString());
            ++checked;
        }
        QCOMPARE(checked, 2000);
    }

    void demoIsDeterministic()
    {
        TestStore again;
        generate(again, 2026);
        QCOMPARE(digest(again.store()), digest(store()));
        TestStore other;
        generate(other, 7);
        QVERIFY(digest(other.store()) != digest(store()));
    }

    void recentIsPagedNewestFirst()
    {
        const RequestRepository repository(store());
        const QList<Request> first = repository.recent(50, 0);
        const QList<Request> second = repository.recent(50, 50);
        QCOMPARE(first.size(), 50);
        QCOMPARE(second.size(), 50);
        QVERIFY(first.last().createdAt >= second.first().createdAt);
        for (int i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i - 1).createdAt >= first.at(i).createdAt);
        QSet<QString> ids;
        for (const Request &r : first + second)
            ids.insert(r.id);
        QCOMPARE(ids.size(), 100);
        QCOMPARE(repository.recent(50, 1990).size(), 10);
        QCOMPARE(repository.count(), 2000);
    }

    void findByReferenceNamePhoneEmail()
    {
        RequestRepository repository(store());
        const Request sample = repository.recent(1, 123).first();

        QList<Request> found = repository.find(sample.reference);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, sample.id);
        found = repository.find(sample.reference.left(8).toLower()); // "m1-2026-"
        QVERIFY(found.size() > 1);
        for (const Request &r : found)
            QVERIFY(r.reference.startsWith(sample.reference.left(8)));

        const QString surname = sample.requesterName.section(QLatin1Char(' '), 0, 0);
        found = repository.find(surname.toLower());
        QVERIFY(!found.isEmpty());
        QVERIFY(
            std::any_of(found.cbegin(), found.cend(), [&](const Request &r) { return r.id == sample.id; }));
        for (const Request &r : found)
            QVERIFY2(r.requesterName.startsWith(surname, Qt::CaseInsensitive) ||
                         r.requesterName.contains(QLatin1Char(' ') + surname, Qt::CaseInsensitive) ||
                         r.requesterEmail.startsWith(surname.toLower()),
                     qPrintable(r.requesterName));

        // An accented query finds the surname filed in capitals without accents.
        Request draft;
        draft.requesterName = QStringLiteral("LEFEVRE Hélène");
        draft.subject = QStringLiteral("Test");
        const Request lefevre = repository.create(draft, {});
        found = repository.find(QStringLiteral("Lefèvre"));
        QVERIFY(
            std::any_of(found.cbegin(), found.cend(), [&](const Request &r) { return r.id == lefevre.id; }));

        const Request withPhone = repository.find(QStringLiteral("04 65 71")).first();
        QString digits = withPhone.requesterPhone;
        digits.remove(QLatin1Char(' '));
        found = repository.find(digits);
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [&](const Request &r) { return r.id == withPhone.id; }));
        found = repository.find(QStringLiteral("+33 ") + withPhone.requesterPhone.mid(1));
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [&](const Request &r) { return r.id == withPhone.id; }));

        const QString email =
            sql::scalar(store().connection(),
                        QStringLiteral("SELECT requester_email FROM requests WHERE requester_email <> '' "
                                       "LIMIT 1"))
                .toString();
        found = repository.find(email.left(email.indexOf(QLatin1Char('@')) + 1));
        QVERIFY(!found.isEmpty());
        QVERIFY(repository.find(QStringLiteral("ZZZZ-9999")).isEmpty());
    }

    void getHasEventsInTimeOrder()
    {
        const RequestRepository repository(store());
        const Request sample = repository.recent(1, 700).first();
        const auto full = repository.get(sample.id);
        QVERIFY(full.has_value());
        QVERIFY(!full->events.isEmpty());
        for (int i = 1; i < full->events.size(); ++i)
            QVERIFY(full->events.at(i - 1).at <= full->events.at(i).at);
        QCOMPARE(full->status, Request::statusAfter(full->events));
        QVERIFY(!repository.get(QStringLiteral("no-such-id")).has_value());
        QCOMPARE(repository.getByReference(sample.reference.toLower())->id, sample.id);
    }

    void addNoteWritesEventAndOutbox()
    {
        RequestRepository repository(store());
        const Request sample = repository.recent(1, 10).first();
        const QString agent =
            sql::scalar(store().connection(), QStringLiteral("SELECT id FROM agents ORDER BY login LIMIT 1"))
                .toString();
        const qint64 events = count(store(), QStringLiteral("SELECT count(*) FROM request_events"));
        const int outbox = OutboxRepository(store()).count();
        QSignalSpy changed(&store(), &LocalStore::changed);

        const RequestEvent note =
            repository.addNote(sample.id, QStringLiteral("  Usager passé au guichet.  "), agent);
        QCOMPARE(note.text, QStringLiteral("Usager passé au guichet."));
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM request_events")), events + 1);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        const Mutation mutation = OutboxRepository(store()).pending(1000).last();
        QCOMPARE(mutation.entity, QStringLiteral("request_events"));
        QCOMPARE(mutation.entityId, note.id);
        QCOMPARE(mutation.operation, Mutation::Operation::Create);
        QCOMPARE(mutation.payload.value(QStringLiteral("request_id")).toString(), sample.id);
        QCOMPARE(mutation.payload.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        const auto full = repository.get(sample.id);
        QCOMPARE(full->events.last().id, note.id);
        QCOMPARE(full->events.last().agentName, QStringLiteral("Agent 0"));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("request_events")}));
    }

    void addNoteIsOneTransaction()
    {
        RequestRepository repository(store());
        const Request sample = repository.recent(1, 11).first();
        const qint64 events = count(store(), QStringLiteral("SELECT count(*) FROM request_events"));
        const int outbox = OutboxRepository(store()).count();
        // The outbox write fails: the event must not stay behind.
        sql::execScript(store().connection(),
                        QStringLiteral("CREATE TEMP TRIGGER outbox_refuses BEFORE INSERT ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"));
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.addNote(sample.id, QStringLiteral("Lost?"), {}));
        sql::execScript(store().connection(), QStringLiteral("DROP TRIGGER outbox_refuses"));
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM request_events")), events);
        QCOMPARE(OutboxRepository(store()).count(), outbox);
    }

    void addNoteRefusesBadInput()
    {
        RequestRepository repository(store());
        const Request sample = repository.recent(1, 12).first();
        const qint64 events = count(store(), QStringLiteral("SELECT count(*) FROM request_events"));
        const int outbox = OutboxRepository(store()).count();
        const auto expectInvalid = [&](const QString &id, const QString &text, const char *words) {
            try {
                repository.addNote(id, text, {});
                QFAIL("no error");
            } catch (const StoreError &error) {
                QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
                QVERIFY2(error.message().contains(QLatin1String(words)), qPrintable(error.message()));
            }
        };
        expectInvalid(sample.id, QStringLiteral("   "), "empty");
        expectInvalid(QStringLiteral("no-such-request"), QStringLiteral("Hello"), "No request");
        expectInvalid(sample.id, QString(RequestRepository::kMaxNoteLength + 1, QLatin1Char('x')),
                      "too long");
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM request_events")), events);
        QCOMPARE(OutboxRepository(store()).count(), outbox);
    }

    void createFilesARequest()
    {
        RequestRepository repository(store());
        const int outbox = OutboxRepository(store()).count();
        Request draft;
        draft.channel = Request::Channel::Phone;
        draft.siteId =
            sql::scalar(store().connection(), QStringLiteral("SELECT id FROM sites WHERE code = 'M3'"))
                .toString();
        draft.requesterName = QStringLiteral("MARTIN Zoé");
        draft.requesterPhone = QStringLiteral("+33 6 39 98 00 01");
        draft.subject = QStringLiteral("Lampadaire en panne");
        const Request created = repository.create(draft, {});
        QVERIFY(RequestReference::isValid(created.reference));
        QVERIFY(created.reference.startsWith(QLatin1String("M3-2026-")));
        QCOMPARE(created.requesterPhone, QStringLiteral("06 39 98 00 01"));
        QCOMPARE(created.dueDate, QDate(2026, 12, 14));
        QCOMPARE(created.status, Request::Status::New);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 2);
        QCOMPARE(repository.get(created.id)->events.size(), 1);
        const Request next = repository.create(draft, {});
        QCOMPARE(next.reference.mid(8, 6).toInt(), created.reference.mid(8, 6).toInt() + 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.create(Request{}, {}));
    }

    void listModelPagesAndFilters()
    {
        RequestListModel model(store());
        // One page at first, another on demand.
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * RequestListModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(RequestListModel::ColumnCount));
        const QModelIndex due = model.index(0, RequestListModel::DueColumn);
        QVERIFY(!model.data(due).toString().isEmpty());
        int overdue = 0;
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() >= 2000);
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.data(model.index(row, 0), RequestListModel::OverdueRole).toBool()) {
                ++overdue;
                QVERIFY(model.data(model.index(row, RequestListModel::DueColumn))
                            .toString()
                            .contains(QLatin1String("overdue")));
            }
        QVERIFY(overdue > 0);

        const Request sample = RequestRepository(store()).recent(1, 40).first();
        model.setFilter(sample.reference);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::IdRole).toString(), sample.id);
        model.setFilter({});
        // (The tester itself fetches more after each reset.)
        QVERIFY(model.rowCount() >= RequestListModel::kPageSize);
        const QString newest = RequestRepository(store()).recent(1).first().id;
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::IdRole).toString(), newest);
        // A note elsewhere reloads the list, keeping the rows already shown.
        const int shown = model.rowCount();
        RequestRepository(store()).addNote(sample.id, QStringLiteral("Reload"), {});
        QVERIFY(model.rowCount() >= shown);
    }

    void eventModelShowsTimeline()
    {
        RequestEventModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Request sample = RequestRepository(store()).recent(1, 900).first();
        model.setRequest(sample.id);
        const int before = model.rowCount();
        QVERIFY(before >= 1);
        QCOMPARE(model.data(model.index(0, RequestEventModel::KindColumn)).toString(),
                 QStringLiteral("Filed"));
        RequestRepository(store()).addNote(sample.id, QStringLiteral("Rappel de l'usager"), {});
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.data(model.index(before, RequestEventModel::TextColumn)).toString(),
                 QStringLiteral("Rappel de l'usager"));
        QCOMPARE(model.data(model.index(before, RequestEventModel::AgentColumn)).toString(),
                 QStringLiteral("Automatic"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
