// Interpreting: providers by mode / language / site, the demo entries (all marked as examples),
// call logging through the outbox, language names, and the item models under
// QAbstractItemModelTester.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "domain/LanguageNames.h"
#include "interpreting/AgentNetwork.h"
#include "interpreting/CallOptions.h"
#include "itemmodels/AgentNetworkModel.h"
#include "itemmodels/InterpreterProviderModel.h"
#include "itemmodels/InterpretingLabels.h"
#include "itemmodels/LanguageListModel.h"
#include "repo/CallLogRepository.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using guichet::testing::TestStore;

class TestInterpreting : public QObject
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
    QStringList names(const QList<InterpreterProvider> &providers)
    {
        QStringList result;
        for (const InterpreterProvider &p : providers)
            result << p.name;
        return result;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context, {QStringLiteral("HDV"), QStringLiteral("M1"), QStringLiteral("M2")});
        m_sites = context.siteIdByCode;
        sql::exec(
            store().connection(),
            QStringLiteral("INSERT INTO agents (id, login, display_name, role, languages, updated_at) VALUES "
                           "('a1', 'a1', 'Agent 1', 'agent', '[\"fr\",\"ln\",\"wo\"]', ?), "
                           "('a2', 'a2', 'Agent 2', 'agent', '[\"en\",\"hy\"]', ?)"),
            {context.stamp, context.stamp});
        context.agentIds << QStringLiteral("a1") << QStringLiteral("a2");
        generateInterpreterProviders(context);
        transaction.commit();
    }

    void demoProvidersAreExamples()
    {
        const QList<InterpreterProvider> all = InterpreterRepository(store()).all();
        QVERIFY(all.size() >= 4);
        for (const InterpreterProvider &p : all) {
            QVERIFY2(p.isExample, qPrintable(p.name));
            QVERIFY2(p.name.startsWith(QStringLiteral("Exemple –")), qPrintable(p.name));
            QCOMPARE(p.version, 1);
            QVERIFY(!p.modes.isEmpty());
            QVERIFY(!p.address.isEmpty());
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interpreter_providers WHERE is_example = 0")), 0);
        // Every kind of service the brief asks for is there.
        QStringList kinds;
        for (const InterpreterProvider &p : all)
            kinds << InterpreterProvider::kindName(p.kind);
        for (const char *kind : {"phone", "video", "sip", "app"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        // The city's own network speaks what its agents speak.
        const auto network = std::find_if(all.cbegin(), all.cend(), [](const auto &p) {
            return p.name.contains(QStringLiteral("agents"));
        });
        QVERIFY(network != all.cend());
        QCOMPARE(network->languages, (QStringList{QStringLiteral("en"), QStringLiteral("hy"),
                                                  QStringLiteral("ln"), QStringLiteral("wo")}));
    }

    void providersByModeLanguageAndSite()
    {
        const InterpreterRepository repository(store());
        const auto ukrainianAtHdv = repository.providers(InterpretingMode::Foreign, QStringLiteral("uk"),
                                                         m_sites[QStringLiteral("HDV")]);
        QCOMPARE(ukrainianAtHdv.size(), 3); // phone service, video link and SIP line
        for (const auto &p : ukrainianAtHdv)
            QVERIFY(p.speaks(QStringLiteral("uk")));
        const auto ukrainianAtM2 = repository.providers(InterpretingMode::Foreign, QStringLiteral("uk"),
                                                        m_sites[QStringLiteral("M2")]);
        QCOMPARE(ukrainianAtM2.size(), 2); // no SIP video phone at M2
        QCOMPARE(ukrainianAtM2.first().kind, InterpreterProvider::Kind::Phone);
        QCOMPARE(ukrainianAtM2.last().kind, InterpreterProvider::Kind::Video);
        // The video link takes the visitor's language.
        QVERIFY(ukrainianAtM2.last().takesLanguage());
        QCOMPARE(ukrainianAtM2.last().callUrl(QStringLiteral("uk")).toString(),
                 QStringLiteral("https://visio-interpretes.example.org/appel?langue=uk"));
        QVERIFY(!ukrainianAtM2.first().takesLanguage());
        QCOMPARE(repository.providers(InterpretingMode::Foreign, QStringLiteral("wo"), {}).size(), 2);
        QVERIFY(repository.providers(InterpretingMode::Foreign, QStringLiteral("xx"), {}).isEmpty());

        const auto lsfAtM1 = repository.providers(InterpretingMode::Lsf, {}, m_sites[QStringLiteral("M1")]);
        QCOMPARE(lsfAtM1.size(), 2); // video platform and SIP line
        QCOMPARE(repository.providers(InterpretingMode::Lsf, {}, m_sites[QStringLiteral("M2")]).size(), 1);
        QCOMPARE(repository.providers(InterpretingMode::Lpc, {}, {}).size(), 1);
        QCOMPARE(repository.providers(InterpretingMode::Transcription, {}, {}).size(), 2);

        const QStringList languages = repository.languages(InterpretingMode::Foreign);
        for (const char *code : {"ar", "uk", "ps", "wo", "hy", "zh"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
        QVERIFY(repository.languages(InterpretingMode::Lsf).isEmpty());
    }

    void providerAddressesAndHours()
    {
        const auto phone =
            InterpreterRepository(store()).providers(InterpretingMode::Foreign, QStringLiteral("ps"), {});
        QCOMPARE(phone.size(), 1);
        QCOMPARE(phone.first().callUrl().toString(), QStringLiteral("tel:+33465710012"));
        // Monday 09:00 in Paris: open; Sunday: closed.
        QVERIFY(phone.first().isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QVERIFY(!phone.first().isOpenAt(QDateTime(QDate(2026, 11, 22), QTime(9, 0))));
        const auto sip = InterpreterRepository(store()).providers(InterpretingMode::Lsf, {},
                                                                  m_sites[QStringLiteral("HDV")]);
        QVERIFY(std::any_of(sip.cbegin(), sip.cend(),
                            [](const auto &p) { return p.callUrl().scheme() == QLatin1String("sip"); }));
        QVERIFY(InterpretingLabels::hours(phone.first().hours).contains(QLatin1String("08:00")));
        QCOMPARE(InterpretingLabels::hours({}), QStringLiteral("Any time"));
    }

    void logCallWritesOutbox()
    {
        InterpreterRepository repository(store());
        const auto provider =
            repository.providers(InterpretingMode::Foreign, QStringLiteral("ar"), {}).first();
        const int outbox = OutboxRepository(store()).count();
        CallLog call;
        call.agentId = QStringLiteral("a1");
        call.siteId = m_sites[QStringLiteral("HDV")];
        call.providerId = provider.id;
        call.mode = InterpretingMode::Foreign;
        call.language = QStringLiteral("AR");
        const CallLog logged = CallLogRepository(store()).logCall(call);
        QVERIFY(!logged.id.isEmpty());
        QCOMPARE(logged.startedAt, m_test->clock().nowUtc());
        QCOMPARE(logged.language, QStringLiteral("ar"));
        QCOMPARE(CallLogRepository(store()).callCount(), 1);
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        const Mutation mutation = OutboxRepository(store()).pending(100).last();
        QCOMPARE(mutation.entity, QStringLiteral("call_logs"));
        QCOMPARE(mutation.entityId, logged.id);
        QCOMPARE(mutation.payload.value(QStringLiteral("provider_id")).toString(), provider.id);
        QCOMPARE(mutation.payload.value(QStringLiteral("mode")).toString(), QStringLiteral("foreign"));
        QCOMPARE(CallLogRepository(store()).callsByLanguage().value(QStringLiteral("ar")), 1);
        QCOMPARE(CallLogRepository(store()).callsByLanguage(m_sites[QStringLiteral("M1")]).value(QStringLiteral("ar")), 0);

        CallLog lsf;
        lsf.mode = InterpretingMode::Lsf;
        lsf.providerId = repository.providers(InterpretingMode::Lsf).first().id;
        CallLogRepository(store()).logCall(lsf);
        QCOMPARE(CallLogRepository(store()).callCount(), 2);
    }

    void logCallRefusesBadInput()
    {
        InterpreterRepository repository(store());
        const int outbox = OutboxRepository(store()).count();
        const int calls = CallLogRepository(store()).callCount();
        CallLog noLanguage;
        noLanguage.mode = InterpretingMode::Foreign;
        try {
            CallLogRepository(store()).logCall(noLanguage);
            QFAIL("no error");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
        }
        CallLog unknown;
        unknown.mode = InterpretingMode::Lsf;
        unknown.providerId = QStringLiteral("no-such-provider");
        QVERIFY_THROWS_EXCEPTION(StoreError, CallLogRepository(store()).logCall(unknown));
        QCOMPARE(CallLogRepository(store()).callCount(), calls);
        QCOMPARE(OutboxRepository(store()).count(), outbox);
    }

    void nextOpeningAcrossDaysAndWeekends()
    {
        const auto phone =
            InterpreterRepository(store()).providers(InterpretingMode::Foreign, QStringLiteral("ps"), {}).first();
        const QTimeZone paris("Europe/Paris");
        const auto at = [&paris](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), paris);
        };
        // Weekdays 08:00–19:00, Saturday 09:00–13:00 (Monday 23 November 2026).
        QCOMPARE(phone.nextOpening(at(23, 10)), at(23, 10));          // open: now
        QCOMPARE(phone.nextOpening(at(23, 7, 59)), at(23, 8));        // before opening
        QCOMPARE(phone.nextOpening(at(23, 19)), at(24, 8));           // closes at 19:00 sharp
        QCOMPARE(phone.nextOpening(at(27, 20)), at(28, 9));           // Friday night → Saturday
        QCOMPARE(phone.nextOpening(at(28, 13, 30)), at(30, 8));       // Saturday afternoon → Monday
        InterpreterProvider never = phone;
        never.hours = {{{3}, QTime(10, 0), QTime(11, 0)}};
        QCOMPARE(never.nextOpening(at(25, 11)), QDateTime(QDate(2026, 12, 2), QTime(10, 0), paris)); // next Wednesday
        InterpreterProvider always = phone;
        always.hours.clear();
        QCOMPARE(always.nextOpening(at(29, 3)), at(29, 3));
    }

    void callOptionsOfflineAndOutsideHours()
    {
        const InterpreterRepository repository(store());
        const QTimeZone paris("Europe/Paris");
        const auto ukrainian =
            repository.providers(InterpretingMode::Foreign, QStringLiteral("uk"), m_sites[QStringLiteral("HDV")]);
        QCOMPARE(ukrainian.size(), 3); // phone, video link, SIP line
        const QDateTime mondayMorning(QDate(2026, 11, 23), QTime(10, 0), paris);

        const CallOptions online = CallOptions::compute(InterpretingMode::Foreign, ukrainian, mondayMorning, true);
        QVERIFY(online.canCall);
        QVERIFY(!online.suggestBooking);
        QVERIFY(!online.suggestConversation);
        for (const auto &option : online.options)
            QVERIFY2(option.reachable, qPrintable(option.provider.name));

        // Offline: only the phone service can be called (from the desk phone), and it comes first.
        const CallOptions offline = CallOptions::compute(InterpretingMode::Foreign, ukrainian, mondayMorning, false);
        QVERIFY(offline.canCall);
        QCOMPARE(offline.options.first().provider.kind, InterpreterProvider::Kind::Phone);
        QVERIFY(offline.options.first().reachable);
        for (const auto &option : offline.options.mid(1)) {
            QVERIFY(option.openNow);
            QVERIFY2(!option.reachable, qPrintable(option.provider.name));
        }
        QCOMPARE(offline.deskPhone.size(), 1);
        QCOMPARE(offline.deskPhone.first().address, QStringLiteral("04 65 71 00 12"));

        // 20:00: everything is closed; the phone service opens first the next morning.
        const QDateTime evening(QDate(2026, 11, 23), QTime(20, 0), paris);
        const CallOptions closed = CallOptions::compute(InterpretingMode::Foreign, ukrainian, evening, true);
        QVERIFY(!closed.canCall);
        QVERIFY(closed.suggestBooking);
        QVERIFY(closed.suggestConversation);
        QVERIFY(closed.deskPhone.isEmpty());
        QCOMPARE(closed.options.first().nextOpening, QDateTime(QDate(2026, 11, 24), QTime(8, 0), paris));
        QCOMPARE(closed.options.first().provider.kind, InterpreterProvider::Kind::Phone);

        // LSF offline: the video platform and the SIP line both need the network.
        const auto lsf = repository.providers(InterpretingMode::Lsf, {}, m_sites[QStringLiteral("HDV")]);
        const CallOptions lsfOffline = CallOptions::compute(InterpretingMode::Lsf, lsf, mondayMorning, false);
        QVERIFY(!lsfOffline.canCall);
        QVERIFY(lsfOffline.suggestBooking);
        QVERIFY(lsfOffline.suggestConversation);
        QVERIFY(lsfOffline.deskPhone.isEmpty());
        // A deaf visitor is always offered the written conversation, even when a service answers.
        QVERIFY(CallOptions::compute(InterpretingMode::Lsf, lsf, mondayMorning, true).suggestConversation);
        QVERIFY(CallOptions::compute(InterpretingMode::Lsf, {}, mondayMorning, true).suggestBooking);
    }

    void finishCallSetsOutcomeAndDuration()
    {
        CallLog call;
        call.siteId = m_sites[QStringLiteral("HDV")];
        call.mode = InterpretingMode::Foreign;
        call.language = QStringLiteral("uk");
        CallLogRepository calls(store());
        const CallLog logged = calls.logCall(call);
        const int outbox = OutboxRepository(store()).count();
        calls.finishCall(logged.id, CallLog::Outcome::NoAnswer, 95);
        const auto finished = calls.get(logged.id);
        QVERIFY(finished);
        QCOMPARE(finished->outcome, CallLog::Outcome::NoAnswer);
        QCOMPARE(finished->durationS, 95);
        QCOMPARE(finished->language, QStringLiteral("uk"));
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        const Mutation mutation = OutboxRepository(store()).pending(1000).last();
        QCOMPARE(mutation.operation, Mutation::Operation::Update);
        QCOMPARE(mutation.payload.value(QStringLiteral("outcome")).toString(), QStringLiteral("no_answer"));
        QCOMPARE(mutation.payload.value(QStringLiteral("duration_s")).toInt(), 95);
        QCOMPARE(mutation.payload.size(), 2);

        // Bad input: nothing written.
        QVERIFY_THROWS_EXCEPTION(StoreError, calls.finishCall(logged.id, CallLog::Outcome::Done, -1));
        QVERIFY_THROWS_EXCEPTION(StoreError, calls.finishCall(logged.id, CallLog::Outcome::Done, 9 * 3600));
        QVERIFY_THROWS_EXCEPTION(StoreError, calls.finishCall(QStringLiteral("no-such-call"),
                                                              CallLog::Outcome::Done, 10));
        QCOMPARE(OutboxRepository(store()).count(), outbox + 1);
        QCOMPARE(calls.get(logged.id)->durationS, 95);
    }

    void agentNetworkSpeakers()
    {
        const QString hdv = m_sites[QStringLiteral("HDV")];
        const QString m1 = m_sites[QStringLiteral("M1")];
        // The Hôtel de Ville is open Monday 08:30–17:00; M1 has no hours (closed).
        sql::exec(store().connection(),
                  QStringLiteral("UPDATE sites SET opening_hours = ? WHERE id = ?"),
                  {QStringLiteral("[{\"day\":1,\"ranges\":[{\"from\":\"08:30\",\"to\":\"17:00\"}]}]"), hdv});
        sql::exec(store().connection(),
                  QStringLiteral("INSERT INTO agents (id, login, display_name, role, home_site_id, in_pool, "
                                 "languages, phone, updated_at) VALUES "
                                 "('n1', 'n1', 'Nadia Benali', 'agent', ?, 0, '[\"fr\",\"ar\",\"en\"]', '06 39 98 10 01', ?), "
                                 "('n2', 'n2', 'Karim Haddad', 'agent', ?, 0, '[\"fr\",\"ar\"]', '06 39 98 10 02', ?), "
                                 "('n3', 'n3', 'Yasmine Cherif', 'agent', NULL, 1, '[\"ar\"]', '06 39 98 10 03', ?), "
                                 "('n4', 'n4', 'Ahmed Said', 'agent', ?, 0, '[\"fr\",\"arn\"]', '', ?), "
                                 "('n5', 'n5', 'Samir Belkacem', 'agent', ?, 0, '[\"ar\"]', '06 39 98 10 05', ?)"),
                  {hdv, QStringLiteral("2026-11-01T00:00:00.000Z"), m1, QStringLiteral("2026-11-01T00:00:00.000Z"),
                   QStringLiteral("2026-11-01T00:00:00.000Z"), hdv, QStringLiteral("2026-11-01T00:00:00.000Z"), m1,
                   QStringLiteral("2026-11-01T00:00:00.000Z")});
        store().notifyChanged(QStringLiteral("agents"));
        // Monday 23 November 2026, 09:00 in Paris (TestStore's clock).
        const QList<AgentNetwork::Member> arabic = AgentNetwork(store()).speakers(QStringLiteral("AR"), hdv);
        QStringList order;
        for (const auto &member : arabic)
            order << member.agent.id;
        // This site's first, then the other sites' (by site, then name), then the pool. "arn" is not "ar".
        QCOMPARE(order, (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n5"),
                                     QStringLiteral("n3")}));
        QVERIFY(arabic[0].atThisSite);
        QVERIFY(arabic[0].onDuty);
        QVERIFY(!arabic[1].atThisSite);
        QVERIFY(!arabic[1].onDuty); // M1 has no opening hours
        QVERIFY(arabic[3].siteName.isEmpty());
        QCOMPARE(AgentNetwork(store()).speakers(QStringLiteral("ar"), hdv, QStringLiteral("n1")).size(), 3);
        QVERIFY(AgentNetwork(store()).speakers(QStringLiteral("fr"), hdv).isEmpty());
        QVERIFY(AgentNetwork(store()).speakers(QString(), hdv).isEmpty());
        // Closed at 18:00: nobody on duty.
        const QDateTime before = m_test->clock().nowUtc();
        m_test->clock().set(QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Europe/Paris")));
        QVERIFY(!AgentNetwork(store()).speakers(QStringLiteral("ar"), hdv).first().onDuty);
        m_test->clock().set(before);

        AgentNetworkModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("ar"), hdv, {});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, AgentNetworkModel::NameColumn).data().toString(), QStringLiteral("Nadia Benali"));
        QCOMPARE(model.index(0, AgentNetworkModel::PhoneColumn).data().toString(), QStringLiteral("06 39 98 10 01"));
        QVERIFY(model.index(0, 0).data(AgentNetworkModel::OnDutyRole).toBool());
        sql::exec(store().connection(), QStringLiteral("UPDATE agents SET deleted = 1 WHERE id = 'n5'"));
        store().notifyChanged(QStringLiteral("agents"));
        QCOMPARE(model.rowCount(), 3);
        sql::exec(store().connection(), QStringLiteral("DELETE FROM agents WHERE id LIKE 'n_'"));
        store().notifyChanged(QStringLiteral("agents"));
    }

    void languageNames()
    {
        QCOMPARE(LanguageNames::native(QStringLiteral("uk")), QStringLiteral("українська"));
        QCOMPARE(LanguageNames::french(QStringLiteral("de")), QStringLiteral("allemand"));
        QCOMPARE(LanguageNames::french(QStringLiteral("ps")), QStringLiteral("pachto"));
        QVERIFY(LanguageNames::searchKey(QStringLiteral("ar")).contains(QStringLiteral("arabic")));
    }

    void languageModelSortsAndFilters()
    {
        LanguageListModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(InterpretingMode::Foreign, {});
        QVERIFY(model.rowCount() > 20);
        // Arabic and Ukrainian were called once each: they come first (in French order); then
        // alphabetical in French (albanais, allemand, …).
        QCOMPARE(model.codeAt(0), QStringLiteral("ar"));
        QCOMPARE(model.codeAt(1), QStringLiteral("uk"));
        QCOMPARE(model.codeAt(2), QStringLiteral("sq"));
        QCOMPARE(model.codeAt(3), QStringLiteral("de"));
        const QString display = model.data(model.index(0, 0)).toString();
        QVERIFY2(display.contains(QStringLiteral("العربية")) && display.contains(QStringLiteral("arabe")),
                 qPrintable(display));

        model.setFilterText(QStringLiteral("ukr"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), LanguageListModel::CodeRole).toString(), QStringLiteral("uk"));
        model.setFilterText(QStringLiteral("Chinois"));
        QCOMPARE(model.codeAt(0), QStringLiteral("zh"));
        model.setFilterText(QStringLiteral("türk")); // accents ignored, own name
        QCOMPARE(model.codeAt(0), QStringLiteral("tr"));
        model.setFilterText(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText({});
        QVERIFY(model.rowCount() > 20);

        model.load(InterpretingMode::Lsf, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void providerModelListsAndMarksExamples()
    {
        InterpreterProviderModel model(store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(InterpretingMode::Foreign, {}, m_sites[QStringLiteral("HDV")]);
        QCOMPARE(model.rowCount(), 0); // waits for a language
        model.setQuery(InterpretingMode::Foreign, QStringLiteral("ru"), m_sites[QStringLiteral("HDV")]);
        QCOMPARE(model.rowCount(), 3); // phone, video link, SIP line
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row, 0), InterpreterProviderModel::IsExampleRole).toBool());
            QVERIFY(model.data(model.index(row, InterpreterProviderModel::NameColumn))
                        .toString()
                        .contains(QLatin1String("[Example]")));
            QVERIFY(
                !model.data(model.index(row, InterpreterProviderModel::AddressColumn)).toString().isEmpty());
        }
        model.setQuery(InterpretingMode::Lpc, {}, m_sites[QStringLiteral("M2")]);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), InterpreterProviderModel::UrlRole).toUrl().scheme(),
                 QStringLiteral("https"));
        // Monday 09:00 in Paris: the video platform is open.
        QCOMPARE(model.data(model.index(0, InterpreterProviderModel::AvailabilityColumn)).toString(),
                 QStringLiteral("Open now"));
    }
};

QTEST_GUILESS_MAIN(TestInterpreting)
#include "tst_interpreting.moc"
