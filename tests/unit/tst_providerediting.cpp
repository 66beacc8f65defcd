// Interpreter services configured by supervisors (issue 7, item 1): InterpreterRepository's
// saveProvider / removeProvider write the row and its outbox mutation in one transaction; every
// kind of bad input (and an agent who is not a supervisor) is refused with one sentence per
// problem and writes nothing; an update carries only the fields that changed, on the version the
// supervisor edited; a deletion is a soft delete with its "delete" mutation.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "domain/LanguageNames.h"
#include "interpreting/ProviderCheck.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

const QString kSupervisor = QStringLiteral("sup");
const QString kAgent = QStringLiteral("agent");

} // namespace

class TestProviderEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QHash<QString, QString> m_sites; // code → id
    LocalStore &store() { return m_test->store(); }
    qint64 count(const QString &statement)
    {
        return sql::scalar(store().connection(), statement).toLongLong();
    }
    qint64 rows() { return count(QStringLiteral("SELECT count(*) FROM interpreter_providers")); }
    int outbox() { return OutboxRepository(store()).count(); }
    Mutation lastMutation() { return OutboxRepository(store()).pending(1000).last(); }

    InterpreterProvider valid() const
    {
        InterpreterProvider p;
        p.name = QStringLiteral("ISM Interprétariat");
        p.kind = InterpreterProvider::Kind::Phone;
        p.address = QStringLiteral("0465710012");
        p.modes = {InterpretingMode::Foreign};
        p.languages = {QStringLiteral("AR"), QStringLiteral(" uk "), QStringLiteral("ar")};
        p.hours = {{{5, 1, 2, 3, 4}, QTime(8, 0), QTime(19, 0)}};
        p.siteIds = {m_sites.value(QStringLiteral("M1"))};
        p.notes = QStringLiteral("Code client 4411");
        return p;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context,
                                 {QStringLiteral("HDV"), QStringLiteral("M1"), QStringLiteral("M2")});
        m_sites = context.siteIdByCode;
        sql::exec(store().connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, updated_at) VALUES "
                                 "('sup', 'sup', 'Superviseure', 'supervisor', ?), "
                                 "('agent', 'agent', 'Agent', 'agent', ?), "
                                 "('admin', 'admin', 'Admin', 'admin', ?)"),
                  {context.stamp, context.stamp, context.stamp});
        transaction.commit();
    }

    void createsTheRowAndItsMutation()
    {
        const qint64 before = rows();
        const int queued = outbox();
        const InterpreterProvider saved = InterpreterRepository(store()).saveProvider(valid(), kSupervisor);
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(rows(), before + 1);
        QCOMPARE(outbox(), queued + 1);
        // Tidied: codes in lower case without duplicates, the phone number in its written form.
        QCOMPARE(saved.languages, (QStringList{QStringLiteral("ar"), QStringLiteral("uk")}));
        QCOMPARE(saved.address, QStringLiteral("04 65 71 00 12"));
        QCOMPARE(saved.hours.size(), 1);
        QCOMPARE(saved.hours.first().days, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(saved.version, 0);
        QCOMPARE(saved.updatedAt, m_test->clock().nowUtc());
        const std::optional<InterpreterProvider> stored = InterpreterRepository(store()).get(saved.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("ISM Interprétariat"));
        QCOMPARE(stored->siteIds, QStringList{m_sites.value(QStringLiteral("M1"))});

        const Mutation m = lastMutation();
        QCOMPARE(m.entity, QStringLiteral("interpreter_providers"));
        QCOMPARE(m.entityId, saved.id);
        QCOMPARE(m.operation, Mutation::Operation::Create);
        QCOMPARE(m.payload.value(QLatin1String("name")).toString(), saved.name);
        QCOMPARE(m.payload.value(QLatin1String("kind")).toString(), QStringLiteral("phone"));
        QCOMPARE(m.payload.value(QLatin1String("languages")).toString(), QStringLiteral("[\"ar\",\"uk\"]"));
        QCOMPARE(m.payload.value(QLatin1String("modes")).toString(), QStringLiteral("[\"foreign\"]"));
        QCOMPARE(m.payload.value(QLatin1String("is_example")).toInt(), 0);
        QVERIFY(!m.payload.contains(QLatin1String("version")));
        QVERIFY(!m.payload.contains(QLatin1String("updated_at")));
        // An administrator may too.
        InterpreterProvider other = valid();
        other.name = QStringLiteral("Autre service");
        QVERIFY(!InterpreterRepository(store()).saveProvider(other, QStringLiteral("admin")).id.isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, int mutation, const QString &agent, const char *expected) {
            QTest::newRow(name) << mutation << agent << QString::fromUtf8(expected);
        };
        row("empty name", 0, kSupervisor, "Give the service a name.");
        row("no mode", 1, kSupervisor, "Choose what the service offers");
        row("foreign without language", 2, kSupervisor, "Choose the languages");
        row("unknown language", 3, kSupervisor, "Unknown language code(s): xx, english");
        row("bad phone", 4, kSupervisor, "This phone number is too short.");
        row("empty phone", 5, kSupervisor, "Give the service's phone number.");
        row("video over http", 6, kSupervisor, "A video link must be an https:// address");
        row("video not a link", 7, kSupervisor, "A video link must be an https:// address");
        row("sip without user", 8, kSupervisor, "A SIP line must be a sip: or sips: address");
        row("sip wrong scheme", 9, kSupervisor, "A SIP line must be a sip: or sips: address");
        row("app empty", 10, kSupervisor, "Give the command that starts the app");
        row("app bad link", 11, kSupervisor, "The app's address is not a valid link");
        row("hours reversed", 12, kSupervisor,
            "Opening hours from 18:00 to 09:00: the end must come after the start.");
        row("hours equal", 13, kSupervisor, "Opening hours from 09:00 to 09:00");
        row("bad weekday", 14, kSupervisor, "Each line of opening hours needs weekdays");
        row("no weekday", 15, kSupervisor, "Each line of opening hours needs weekdays");
        row("unknown site", 16, kSupervisor, "Unknown site(s): nowhere.");
        row("plain agent", 17, kAgent, "Only a supervisor can add, change or remove interpreting services.");
        row("unknown agent", 18, QStringLiteral("ghost"), "unknown to the local store");
        row("no agent", 19, QString(), "unknown to the local store");
        row("two problems", 20, kSupervisor, "Give the service a name. Choose what the service offers");
    }

    void refusesBadInput()
    {
        QFETCH(int, mutation);
        QFETCH(QString, agent);
        QFETCH(QString, expected);
        InterpreterProvider p = valid();
        switch (mutation) {
        case 0:
            p.name = QStringLiteral("   ");
            break;
        case 1:
            p.modes.clear();
            break;
        case 2:
            p.languages.clear();
            break;
        case 3:
            p.languages = {QStringLiteral("ar"), QStringLiteral("xx"), QStringLiteral("english")};
            break;
        case 4:
            p.address = QStringLiteral("12");
            break;
        case 5:
            p.address = QStringLiteral("  ");
            break;
        case 6:
            p.kind = InterpreterProvider::Kind::Video;
            p.address = QStringLiteral("http://visio.example.org/a");
            break;
        case 7:
            p.kind = InterpreterProvider::Kind::Video;
            p.address = QStringLiteral("visio chez nous");
            break;
        case 8:
            p.kind = InterpreterProvider::Kind::Sip;
            p.address = QStringLiteral("sip:sip.example.org");
            break;
        case 9:
            p.kind = InterpreterProvider::Kind::Sip;
            p.address = QStringLiteral("tel:interpretes@sip.example.org");
            break;
        case 10:
            p.kind = InterpreterProvider::Kind::App;
            p.address.clear();
            break;
        case 11:
            p.kind = InterpreterProvider::Kind::App;
            p.address = QStringLiteral("https://exa mple.org/x y");
            break;
        case 12:
            p.hours = {{{1}, QTime(18, 0), QTime(9, 0)}};
            break;
        case 13:
            p.hours = {{{1}, QTime(9, 0), QTime(9, 0)}};
            break;
        case 14:
            p.hours = {{{1, 8}, QTime(9, 0), QTime(12, 0)}};
            break;
        case 15:
            p.hours = {{{}, QTime(9, 0), QTime(12, 0)}};
            break;
        case 16:
            p.siteIds << QStringLiteral("nowhere");
            break;
        case 20:
            p.name.clear();
            p.modes.clear();
            break;
        default:
            break;
        }
        const qint64 before = rows();
        const int queued = outbox();
        try {
            InterpreterRepository(store()).saveProvider(p, agent);
            QFAIL("saved");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(rows(), before);
        QCOMPARE(outbox(), queued);
    }

    void acceptsEveryKindOfAddress()
    {
        const auto fits = [](InterpreterProvider::Kind kind, const char *address) {
            return ProviderCheck::addressProblem(kind, QString::fromUtf8(address)).isEmpty();
        };
        using Kind = InterpreterProvider::Kind;
        QVERIFY(fits(Kind::Phone, "+44 20 7946 0958"));
        QVERIFY(fits(Kind::Phone, "04 65 71 00 12"));
        QVERIFY(fits(Kind::Video, "https://visio.example.org/mairie?salle=2"));
        QVERIFY(fits(Kind::Video, "http://127.0.0.1:8080/visio"));
        QVERIFY(fits(Kind::Video, "http://localhost/visio"));
        QVERIFY(!fits(Kind::Video, "https://"));
        QVERIFY(fits(Kind::Sip, "sip:interpretes@sip.example.org"));
        QVERIFY(fits(Kind::Sip, "sips:lsf@10.0.0.5:5061;transport=tls"));
        QVERIFY(!fits(Kind::Sip, "sip:@sip.example.org"));
        QVERIFY(!fits(Kind::Sip, "interpretes@sip.example.org"));
        QVERIFY(fits(Kind::App, "transcription --salle 2"));
        QVERIFY(fits(Kind::App, "https://transcription.example.org/session"));
        QVERIFY(fits(Kind::App, "msteams://l/meetup-join/abc"));
        QVERIFY(!fits(Kind::App, "a\nb"));
        QVERIFY(LanguageNames::isKnownCode(QStringLiteral("ar")));
        QVERIFY(!LanguageNames::isKnownCode(QStringLiteral("AR")));
        QVERIFY(!LanguageNames::isKnownCode(QStringLiteral("xx")));
        QVERIFY(LanguageNames::knownCodes().contains(QStringLiteral("uk")));
        QVERIFY(LanguageNames::knownCodes().size() > 100);
    }

    void updatesOnlyWhatChangedOnItsVersion()
    {
        InterpreterRepository repository(store());
        InterpreterProvider p = valid();
        p.name = QStringLiteral("Service à modifier");
        const InterpreterProvider created = repository.saveProvider(p, kSupervisor);
        // As if the server had accepted it: version 7.
        sql::exec(store().connection(),
                  QStringLiteral("UPDATE interpreter_providers SET version = 7 WHERE id = ?"), {created.id});
        InterpreterProvider edited = *repository.get(created.id);
        QCOMPARE(edited.version, 7);
        const int queued = outbox();

        // Nothing changed: nothing written.
        repository.saveProvider(edited, kSupervisor);
        QCOMPARE(outbox(), queued);

        m_test->clock().advanceSecs(60);
        edited.name = QStringLiteral("Service modifié");
        edited.languages << QStringLiteral("ps");
        edited.hours.clear();
        const InterpreterProvider saved = repository.saveProvider(edited, kSupervisor);
        QCOMPARE(outbox(), queued + 1);
        QCOMPARE(saved.name, QStringLiteral("Service modifié"));
        QCOMPARE(saved.languages,
                 (QStringList{QStringLiteral("ar"), QStringLiteral("uk"), QStringLiteral("ps")}));
        QVERIFY(saved.hours.isEmpty());
        QCOMPARE(saved.updatedAt, m_test->clock().nowUtc());
        const Mutation m = lastMutation();
        QCOMPARE(m.operation, Mutation::Operation::Update);
        QCOMPARE(m.entityId, created.id);
        QCOMPARE(m.baseVersion, 7);
        const QStringList keys = m.payload.keys();
        QCOMPARE(
            QSet<QString>(keys.cbegin(), keys.cend()),
            (QSet<QString>{QStringLiteral("name"), QStringLiteral("languages"), QStringLiteral("hours")}));
        QCOMPARE(m.payload.value(QLatin1String("hours")).toString(), QStringLiteral("[]"));

        // Made on a version that is no longer the row's (a sync brought a newer one): refused.
        sql::exec(store().connection(),
                  QStringLiteral("UPDATE interpreter_providers SET version = 9 WHERE id = ?"), {created.id});
        edited = saved;
        edited.name = QStringLiteral("Trop tard");
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.saveProvider(edited, kSupervisor));
        QCOMPARE(repository.get(created.id)->name, QStringLiteral("Service modifié"));
        QCOMPARE(outbox(), queued + 1);

        // A plain agent cannot change it either.
        edited = *repository.get(created.id);
        edited.name = QStringLiteral("Par un agent");
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.saveProvider(edited, kAgent));
        QCOMPARE(outbox(), queued + 1);
    }

    void removesWithItsMutation()
    {
        InterpreterRepository repository(store());
        InterpreterProvider p = valid();
        p.name = QStringLiteral("Service à retirer");
        const InterpreterProvider created = repository.saveProvider(p, kSupervisor);
        sql::exec(store().connection(),
                  QStringLiteral("UPDATE interpreter_providers SET version = 3 WHERE id = ?"), {created.id});
        const int queued = outbox();

        QVERIFY_THROWS_EXCEPTION(StoreError, repository.removeProvider(created.id, kAgent));
        QCOMPARE(outbox(), queued);
        QVERIFY(repository.get(created.id));

        m_test->clock().advanceSecs(60);
        repository.removeProvider(created.id, kSupervisor);
        QCOMPARE(outbox(), queued + 1);
        QVERIFY(!repository.get(created.id));
        for (const InterpreterProvider &listed : repository.all())
            QVERIFY(listed.id != created.id);
        QCOMPARE(
            count(
                QStringLiteral("SELECT deleted FROM interpreter_providers WHERE id = '%1'").arg(created.id)),
            1);
        const Mutation m = lastMutation();
        QCOMPARE(m.operation, Mutation::Operation::Delete);
        QCOMPARE(m.entity, QStringLiteral("interpreter_providers"));
        QCOMPARE(m.entityId, created.id);
        QCOMPARE(m.baseVersion, 3);

        // Gone: removing or changing it again is refused, nothing written.
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.removeProvider(created.id, kSupervisor));
        InterpreterProvider stale = created;
        stale.version = 3;
        stale.name = QStringLiteral("Revenu");
        QVERIFY_THROWS_EXCEPTION(StoreError, repository.saveProvider(stale, kSupervisor));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 repository.removeProvider(QStringLiteral("no-such"), kSupervisor));
        QCOMPARE(outbox(), queued + 1);
    }

    void mayEditOnlySupervisors()
    {
        const InterpreterRepository repository(store());
        QVERIFY(repository.mayEdit(kSupervisor));
        QVERIFY(repository.mayEdit(QStringLiteral("admin")));
        QVERIFY(!repository.mayEdit(kAgent));
        QVERIFY(!repository.mayEdit(QStringLiteral("ghost")));
        QVERIFY(!repository.mayEdit({}));
    }
};

QTEST_GUILESS_MAIN(TestProviderEditing)
#include "tst_providerediting.moc"
