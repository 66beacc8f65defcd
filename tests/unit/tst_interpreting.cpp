// Interpreting: providers by mode / language / site, the demo entries (all marked as examples),
// call logging through the outbox, language names, and the item models under
// QAbstractItemModelTester.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "core/TimeFormat.h"
#include "demo/DemoCity.h"
#include "domain/LanguageNames.h"
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
        QCOMPARE(ukrainianAtHdv.size(), 2); // phone service and SIP line
        for (const auto &p : ukrainianAtHdv)
            QVERIFY(p.speaks(QStringLiteral("uk")));
        const auto ukrainianAtM2 = repository.providers(InterpretingMode::Foreign, QStringLiteral("uk"),
                                                        m_sites[QStringLiteral("M2")]);
        QCOMPARE(ukrainianAtM2.size(), 1); // no SIP video phone at M2
        QCOMPARE(ukrainianAtM2.first().kind, InterpreterProvider::Kind::Phone);
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
        // Arabic was called once: it comes first; then alphabetical in French (albanais, allemand, …).
        QCOMPARE(model.codeAt(0), QStringLiteral("ar"));
        QCOMPARE(model.codeAt(1), QStringLiteral("sq"));
        QCOMPARE(model.codeAt(2), QStringLiteral("de"));
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
        QCOMPARE(model.rowCount(), 2);
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
