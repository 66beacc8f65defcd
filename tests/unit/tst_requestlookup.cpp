// The requests' lookup as an agent types: phone numbers typed any way, names with or without
// accents and with typos, words of the subject or the address, exact matches before approximate
// ones; and the audit row written when a requester's record is opened.
#include "TestStore.h"
#include "core/PhoneNumber.h"
#include "domain/Mutation.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "repo/RequestSearchQuery.h"
#include "requests/RecordOpeningLog.h"
#include "requests/RequestVocabulary.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

QStringList references(const QList<Request> &requests)
{
    QStringList result;
    for (const Request &r : requests)
        result << r.requesterName;
    return result;
}

QStringList L(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result << QString::fromUtf8(text);
    return result;
}

} // namespace

class TestRequestLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    LocalStore &store() { return m_test->store(); }

    Request file(const QString &name, const QString &phone, const QString &email, const QString &subject,
                 const QString &address = {})
    {
        Request draft;
        draft.channel = Request::Channel::Phone;
        draft.requesterName = name;
        draft.requesterPhone = phone;
        draft.requesterEmail = email;
        draft.subject = subject;
        draft.requesterAddress = address;
        m_test->clock().advanceSecs(60); // one a minute: "newest first" is well defined
        return RequestRepository(store()).create(draft, {});
    }

    QStringList names(const QString &query) { return references(RequestRepository(store()).find(query)); }

private slots:
    void initTestCase()
    {
        RequestVocabulary::clear();
        m_test = std::make_unique<TestStore>();
        file(QStringLiteral("LEFÈVRE Hélène"), QStringLiteral("04 65 71 12 34"), QStringLiteral("h.lefevre@example.fr"),
             QStringLiteral("Nid-de-poule devant l'école"), QStringLiteral("12 rue Victor-Hugo, 69002 Lyon"));
        file(QStringLiteral("DUPONT Marie"), QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("marie.dupont@example.org"),
             QStringLiteral("Demande d'acte de naissance"), QStringLiteral("3 place Bellecour, 69002 Lyon"));
        file(QStringLiteral("DUPONTEL Jacques"), QStringLiteral("0033 7 81 22 33 44"), {},
             QStringLiteral("Bruit de chantier la nuit"), QStringLiteral("40 cours Gambetta, 69007 Lyon"));
        file(QStringLiteral("SMITH John"), QStringLiteral("+44 20 7946 0958"), QStringLiteral("john.smith@example.co.uk"),
             QStringLiteral("Inscription sur les listes électorales"), {});
        file(QStringLiteral("N'DIAYE Aïssatou"), {}, {}, QStringLiteral("Dépôt sauvage rue Garibaldi"), {});
    }

    void phoneKeys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("spaced") << "04 65 71 12 34" << "33465711234";
        QTest::newRow("dots") << "04.65.71.12.34" << "33465711234";
        QTest::newRow("plus 33") << "+33 4 65 71 12 34" << "33465711234";
        QTest::newRow("0033") << "0033465711234" << "33465711234";
        QTest::newRow("without the 0") << "465711234" << "33465711234";
        QTest::newRow("mobile") << "06-12-34-56-78" << "33612345678";
        QTest::newRow("partial national") << "04 65 7" << "334657";
        QTest::newRow("partial international") << "+44 20" << "4420";
        QTest::newRow("partial 00") << "0044 20" << "4420";
        QTest::newRow("foreign whole") << "+44 20 7946 0958" << "442079460958";
        QTest::newRow("no digit") << "abc" << "";
    }

    void phoneKeys()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QCOMPARE(PhoneNumber::searchKey(typed), key);
    }

    void findByPhoneTypedAnyWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::newRow("as filed") << "04 65 71 12 34" << "LEFÈVRE Hélène";
        QTest::newRow("unformatted") << "0465711234" << "LEFÈVRE Hélène";
        QTest::newRow("international") << "+33465711234" << "LEFÈVRE Hélène";
        QTest::newRow("start only") << "04657" << "LEFÈVRE Hélène";
        QTest::newRow("mobile national, filed +33") << "06 12 34 56 78" << "DUPONT Marie";
        QTest::newRow("filed 0033, typed national") << "07.81.22.33.44" << "DUPONTEL Jacques";
        QTest::newRow("foreign, typed 00") << "00 44 20 7946 0958" << "SMITH John";
        QTest::newRow("foreign start") << "+44 20 79" << "SMITH John";
    }

    void findByPhoneTypedAnyWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, name);
        QCOMPARE(names(typed), QStringList{name});
    }

    void findByName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accents") << "Lefèvre" << L({"LEFÈVRE Hélène"});
        QTest::newRow("no accents") << "lefevre" << L({"LEFÈVRE Hélène"});
        QTest::newRow("first name without accent") << "helene" << L({"LEFÈVRE Hélène"});
        QTest::newRow("typo: heard, not read") << "Lefebvre" << L({"LEFÈVRE Hélène"});
        QTest::newRow("typo: swapped letters") << "lefveer" << L({"LEFÈVRE Hélène"});
        QTest::newRow("prefix, newest first") << "dupon" << L({"DUPONTEL Jacques", "DUPONT Marie"});
        QTest::newRow("two words, any order") << "marie dupont" << L({"DUPONT Marie"});
        QTest::newRow("starts of both words") << "dup mar" << L({"DUPONT Marie"});
        QTest::newRow("hyphenated first name is not a reference") << "victor-hugo" << L({"LEFÈVRE Hélène"});
        QTest::newRow("typo and first name") << "dupomt marie" << L({"DUPONT Marie"});
        QTest::newRow("apostrophe") << "n'diaye" << L({"N'DIAYE Aïssatou"});
        QTest::newRow("trema") << "aissatou" << L({"N'DIAYE Aïssatou"});
        QTest::newRow("subject words") << "nid poule" << L({"LEFÈVRE Hélène"});
        QTest::newRow("subject, accents missing") << "electorales" << L({"SMITH John"});
        QTest::newRow("address") << "gambetta" << L({"DUPONTEL Jacques"});
        QTest::newRow("address with a typo") << "bellecourt" << L({"DUPONT Marie"});
        QTest::newRow("email start") << "marie.dup" << L({"DUPONT Marie"});
        QTest::newRow("email") << "john.smith@example.co.uk" << L({"SMITH John"});
        QTest::newRow("nobody") << "zzyzx" << QStringList();
    }

    void findByName()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(names(typed), expected);
    }

    void exactMatchesComeBeforeApproximateOnes()
    {
        // "duponte": DUPONTEL starts so (exact); DUPONT is one letter away (approximate).
        const RequestSearchQuery query(QStringLiteral("duponte"), &RequestVocabulary::of(store().connection()));
        QVERIFY(query.hasApproximate());
        QCOMPARE(names(QStringLiteral("duponte")), L({"DUPONTEL Jacques", "DUPONT Marie"}));
        // A known name is widened too, after its own matches: "Lefebvre" is heard for LEFÈVRE.
        file(QStringLiteral("LEFEBVRE Paul"), {}, {}, QStringLiteral("Carte grise"), {});
        QCOMPARE(names(QStringLiteral("lefebvre")), L({"LEFEBVRE Paul", "LEFÈVRE Hélène"}));
        const RequestSearchQuery typo(QStringLiteral("dupomt"), &RequestVocabulary::of(store().connection()));
        QVERIFY(typo.hasApproximate());
        QVERIFY(typo.corrections().contains(QStringLiteral("dupont")));
        // Paging goes through both tiers without repeating or losing a row.
        RequestRepository repository(store());
        const QList<Request> all = repository.find(QStringLiteral("dupomt"), 10, 0);
        QVERIFY(!all.isEmpty());
        QStringList paged;
        for (int offset = 0; offset < 5; ++offset)
            paged << references(repository.find(QStringLiteral("dupomt"), 1, offset));
        QCOMPARE(paged, references(all));
    }

    void newRequestsJoinTheVocabulary()
    {
        QCOMPARE(names(QStringLiteral("Kowalsky")), QStringList());
        file(QStringLiteral("KOWALSKI Piotr"), {}, {}, QStringLiteral("Attestation d'accueil"), {});
        QCOMPARE(names(QStringLiteral("Kowalsky")), QStringList{QStringLiteral("KOWALSKI Piotr")});
    }

    void schemaSixIndexesTheRequestsOfSchemaFive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        FixedClock clock(TestStore::defaultNow());
        std::vector<Migration> upToFive;
        for (const Migration &m : localStoreMigrations())
            if (m.version <= 5)
                upToFive.push_back(m);
        {
            LocalStore old(path, clock);
            old.open(LocalStore::IntegrityCheck::Quick, upToFive);
            QCOMPARE(old.schemaVersion(), 5);
            sql::exec(old.connection(),
                      QStringLiteral("INSERT INTO requests (id, reference, channel, requester_name, requester_phone, "
                                     "subject, status, due_date, created_at, updated_at) VALUES ('r-old', "
                                     "'GU-2026-000001-A', 'phone', 'GARÇON Noël', '04 65 71 99 88', 'Lampadaire en "
                                     "panne', 'new', '2026-12-14', '2026-11-23T08:00:00Z', '2026-11-23T08:00:00Z')"));
        }
        RequestVocabulary::clear();
        LocalStore store(path, clock);
        store.open();
        QCOMPARE(store.schemaVersion(), 6);
        QCOMPARE(sql::scalar(store.connection(), QStringLiteral("SELECT requester_phone_key FROM requests")).toString(),
                 QStringLiteral("33465719988"));
        RequestRepository repository(store);
        QCOMPARE(repository.find(QStringLiteral("+33 4 65 71 99 88")).size(), 1);
        QCOMPARE(repository.find(QStringLiteral("garcon noel")).size(), 1);
        QCOMPARE(repository.find(QStringLiteral("lampadaire")).size(), 1);
        RequestVocabulary::clear();
    }

    void openingARecordIsAudited()
    {
        const Request request = RequestRepository(store()).find(QStringLiteral("smith")).first();
        const int outboxBefore = OutboxRepository(store()).count();
        RecordOpeningLog log(store());
        log.record(request.id, request.reference, RecordOpeningLog::Action::View, QStringLiteral("agent-1"),
                   QStringLiteral("site-1"));
        log.record(request.id, request.reference, RecordOpeningLog::Action::Receipt, QStringLiteral("agent-2"),
                   QStringLiteral("site-1"));
        const QList<RecordOpeningLog::Entry> entries = log.forRequest(request.id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, RecordOpeningLog::Action::Receipt);
        QCOMPARE(entries.at(0).agentId, QStringLiteral("agent-2"));
        QCOMPARE(entries.at(1).agentId, QStringLiteral("agent-1"));
        QCOMPARE(entries.at(1).reference, request.reference);
        QCOMPARE(entries.at(0).openedAt, m_test->clock().nowUtc());
        // Each opening waits in the outbox for the server's audit log.
        QCOMPARE(OutboxRepository(store()).count(), outboxBefore + 2);
        const QList<Mutation> pending = OutboxRepository(store()).pending(1000);
        QCOMPARE(pending.last().entity, QStringLiteral("record_openings"));
        QCOMPARE(pending.last().payload.value(QLatin1String("request_id")).toString(), request.id);
        QCOMPARE(pending.last().payload.value(QLatin1String("action")).toString(), QStringLiteral("receipt"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLookup)
#include "tst_requestlookup.moc"
