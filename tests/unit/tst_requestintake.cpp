// Filing a request (issue 6, "Intake"): the draft's checks (each bad input is refused with a clear
// error and nothing is written: no request, no event, no outbox entry), the directory of competent
// services, the routing of real subjects against the demo city's knowledge base, and the open
// requests of the same requester on the same subject (phone typed differently, accents, word order).
#include "DemoTestContext.h"
#include "KbFixtures.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "demo/DemoRequestCatalog.h"
#include "kb/KbImporter.h"
#include "repo/OutboxRepository.h"
#include "repo/RequestRepository.h"
#include "requests/RequestDraftCheck.h"
#include "requests/RequestDuplicates.h"
#include "requests/RequestRouting.h"
#include "requests/ServiceDirectory.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;
using Field = RequestDraftCheck::Field;

namespace {

const QString kVoirie = QStringLiteral("Métropole – service Voirie (signalements)");

qint64 count(LocalStore &store, const QString &table)
{
    return sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

// The demo city's sites, agents, services, articles and requests (no appointments: not needed here).
void fillDemoCity(TestStore &test, const QString &kbDir = {})
{
    DemoContext context = demoContextFor(test);
    context.options.kbDir = kbDir;
    {
        Transaction transaction(test.store().connection());
        generateSitesAgentsServices(context);
        generateCityArticles(context);
        generateRequests(context);
        transaction.commit();
    }
    test.store().notifyChanged(QStringLiteral("*"));
}

QStringList serviceNames(const QList<RequestRoute> &routes)
{
    QStringList names;
    for (const RequestRoute &route : routes)
        names << route.service.name;
    return names;
}

Request validDraft()
{
    Request draft;
    draft.channel = Request::Channel::Phone;
    draft.requesterName = QStringLiteral("VERNIER Odile");
    draft.subject = QStringLiteral("Lampadaire en panne devant le 4 rue Ney");
    return draft;
}

} // namespace

class TestRequestIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    LocalStore &store() { return m_test->store(); }

    // Files `draft` as a request and checks it was filed.
    Request file(const Request &draft)
    {
        return RequestRepository(store()).create(draft, {});
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        fillDemoCity(*m_test);
        QVERIFY(count(store(), QStringLiteral("requests")) >= 1800);
    }

    // --- The directory of competent services -------------------------------------------------

    void directoryListsTheServicesOfCityArticles()
    {
        const ServiceDirectory directory(store());
        QVERIFY2(directory.size() >= 40, qPrintable(QString::number(directory.size())));
        const QList<CompetentService> all = directory.all();
        for (int i = 1; i < all.size(); ++i)
            QVERIFY2(ServiceDirectory::key(all.at(i - 1).name) < ServiceDirectory::key(all.at(i).name),
                     qPrintable(all.at(i).name)); // sorted, each once
        const std::optional<CompetentService> voirie = directory.find(kVoirie);
        QVERIFY(voirie.has_value());
        QCOMPARE(voirie->competence, Competence::Metropole);
        QCOMPARE(voirie->phone, QStringLiteral("04 65 71 20 10"));
        QCOMPARE(voirie->contact(), QStringLiteral("Métropole – Hôtel de la Métropole, 20 rue du Lac · Du lundi "
                                                   "au vendredi, 8 h 30 – 16 h 30 · 04 65 71 20 10"));
        QVERIFY(!voirie->articleId.isEmpty());
        // Accents, case, dashes and spacing do not matter.
        QCOMPARE(directory.find(QStringLiteral("METROPOLE - service voirie  (signalements)"))->name, kVoirie);
        QCOMPARE(directory.find(QStringLiteral("service de l'etat civil"))->name,
                 QStringLiteral("Service de l'état civil"));
        QVERIFY(!directory.find(QStringLiteral("Service des licornes")).has_value());
        QVERIFY(!directory.find(QString()).has_value());
        CompetentService online;
        online.name = QStringLiteral("ANTAI (en ligne)");
        QCOMPARE(online.contact(), QString());
    }

    void directoryLeavesOutDeletedArticlesAndServicePublicFiches()
    {
        TestStore t;
        Article city = makeArticle(QStringLiteral("V-a"), QStringLiteral("Fourrière"), QStringLiteral("…"));
        city.referral = {QStringLiteral("Fourrière municipale"), QStringLiteral("Port Édouard Herriot"), {},
                         QStringLiteral("04 65 71 11 50")};
        Article gone = makeArticle(QStringLiteral("V-b"), QStringLiteral("Ancien service"), QStringLiteral("…"));
        gone.referral = {QStringLiteral("Service supprimé"), {}, {}, {}};
        gone.deleted = true;
        Article fiche = makeArticle(QStringLiteral("F1"), QStringLiteral("Carte d'identité"), QStringLiteral("…"),
                                    {}, Article::Source::ServicePublic);
        fiche.referral = {QStringLiteral("Mairie ; Préfecture"), {}, {}, {}};
        insertArticles(t.store(), {city, gone, fiche});
        const ServiceDirectory directory(t.store());
        QCOMPARE(directory.size(), 1);
        QCOMPARE(directory.all().first().name, QStringLiteral("Fourrière municipale"));
        QCOMPARE(directory.all().first().contact(), QStringLiteral("Port Édouard Herriot · 04 65 71 11 50"));
        QVERIFY(ServiceDirectory().isEmpty());
    }

    // The demo is coherent: every category of the demo requests, and of the intake's categories
    // file, names a service the demo city's directory knows, with the same competence.
    void demoCategoriesNameKnownServices()
    {
        const ServiceDirectory directory(store());
        for (const DemoRequestCatalog::Category &category : DemoRequestCatalog::instance().categories) {
            const std::optional<CompetentService> service = directory.find(category.service);
            QVERIFY2(service.has_value(), qPrintable(category.service));
            QVERIFY2(service->competence == category.competence, qPrintable(category.service));
        }
        QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/resources/requests/categories.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray categories =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("categories")).toArray();
        QVERIFY(categories.size() >= 10);
        for (const QJsonValue &category : categories) {
            const QString service = category.toObject().value(QLatin1String("service")).toString();
            QVERIFY2(directory.find(service).has_value(), qPrintable(service));
        }
    }

    // --- Routing ---------------------------------------------------------------------------------

    void routesRealSubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("expected"); // the first route is one of these
        QTest::addColumn<int>("competence");
        const auto row = [](const char *subject, QStringList expected, Competence competence) {
            QTest::newRow(subject) << QString::fromUtf8(subject) << expected << int(competence);
        };
        row("nid de poule devant chez moi", {kVoirie}, Competence::Metropole);
        row("trottoir défoncé rue Garibaldi", {kVoirie}, Competence::Metropole);
        row("carte d'identité", {QStringLiteral("Mairie – service des titres d'identité")}, Competence::Etat);
        row("passeport pas reçu", {QStringLiteral("Mairie – service des titres d'identité")}, Competence::Etat);
        row("aide alimentaire", {QStringLiteral("CCAS – accueil social")}, Competence::Ccas);
        row("lampadaire en panne", {QStringLiteral("Service de l'éclairage public")}, Competence::Ville);
        row("tags sur la façade", {QStringLiteral("Métropole – Propreté")}, Competence::Metropole);
        row("bac poubelle cassé", {QStringLiteral("Métropole – Gestion des déchets")}, Competence::Metropole);
        row("copie d'acte de naissance", {QStringLiteral("Service de l'état civil")}, Competence::Ville);
        row("permis de construire", {QStringLiteral("Service Urbanisme appliqué")}, Competence::Ville);
        row("taxe foncière", {QStringLiteral("Service des impôts des particuliers")}, Competence::Etat);
        row("inscription à l'école", {QStringLiteral("Direction de l'éducation")}, Competence::Ville);
        row("titre de séjour", {QStringLiteral("Préfecture – accueil des étrangers")}, Competence::Etat);
        row("facture d'électricité impayée", {QStringLiteral("CCAS – aides énergie")}, Competence::Ccas);
    }

    void routesRealSubjects()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, expected);
        QFETCH(int, competence);
        RequestRouting routing(store());
        const QList<RequestRoute> routes = routing.suggest(subject);
        QVERIFY2(!routes.isEmpty(), qPrintable(subject));
        QVERIFY2(routes.size() <= 3, qPrintable(QString::number(routes.size())));
        QVERIFY2(expected.contains(routes.first().service.name), qPrintable(serviceNames(routes).join(u'|')));
        QCOMPARE(int(routes.first().competence), competence);
        QVERIFY(!routes.first().articleId.isEmpty());
        QVERIFY(routes.first().articleExternalId.startsWith(QLatin1String("V-"))); // a city article
        QVERIFY(!routes.first().articleTitle.isEmpty());
        QVERIFY(!routes.first().service.contact().isEmpty());
        // One route per service.
        const QStringList names = serviceNames(routes);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    }

    // "RSA, aide alimentaire": the social services (CCAS, CAF), whichever comes first.
    void routesSocialHelpToSocialServices()
    {
        RequestRouting routing(store());
        const QStringList names = serviceNames(routing.suggest(QStringLiteral("aide alimentaire RSA")));
        QVERIFY2(names.contains(QStringLiteral("CCAS – accueil social")), qPrintable(names.join(u'|')));
        QVERIFY2(names.contains(QStringLiteral("Caisse d'allocations familiales (CAF)")) ||
                     names.contains(QStringLiteral("Centre communal d'action sociale (CCAS)")),
                 qPrintable(names.join(u'|')));
    }

    // The demo requests' own subjects are routed to their category's service, nearly always.
    void routesTheDemoSubjects()
    {
        RequestRouting routing(store());
        int subjects = 0;
        int routed = 0;
        QStringList misses;
        for (const DemoRequestCatalog::Category &category : DemoRequestCatalog::instance().categories)
            for (const QString &subject : category.subjects) {
                ++subjects;
                const QStringList names = serviceNames(routing.suggest(subject));
                if (names.contains(category.service))
                    ++routed;
                else
                    misses << subject + QStringLiteral(" → ") + names.join(QStringLiteral(", "));
            }
        qInfo("%d of %d demo subjects routed to their category's service", routed, subjects);
        for (const QString &miss : std::as_const(misses))
            qInfo("  missed: %s", qPrintable(miss));
        QVERIFY2(routed * 10 >= subjects * 9, qPrintable(misses.join(u'\n')));
    }

    void routingWithoutServicesOrSubject()
    {
        RequestRouting routing(store());
        QVERIFY(routing.suggest(QString()).isEmpty());
        QVERIFY(routing.suggest(QStringLiteral("   ")).isEmpty());
        QVERIFY(routing.suggest(QStringLiteral("nid de poule"), 0).isEmpty());
        QCOMPARE(routing.suggest(QStringLiteral("nid de poule"), 1).size(), 1);
        TestStore empty;
        RequestRouting none(empty.store());
        QVERIFY(none.directory().isEmpty());
        QVERIFY(none.suggest(QStringLiteral("nid de poule")).isEmpty());
    }

    // With the Service-Public fiches (2,897 articles that name no service of the city's) the
    // city's services still come out for the same subjects.
    void routesWithServicePublicFiches()
    {
        if (kbDir().isEmpty())
            QSKIP("Service-Public fiches absent (../shared/data/kb): routing checked on the city's articles only");
        TestStore t;
        DemoContext context = demoContextFor(t);
        {
            Transaction transaction(t.store().connection());
            generateSitesAgentsServices(context);
            generateCityArticles(context);
            transaction.commit();
        }
        KbImporter(t.store()).importFile(kbFichesFile());
        RequestRouting routing(t.store());
        QElapsedTimer timer;
        timer.start();
        const QList<RequestRoute> pothole = routing.suggest(QStringLiteral("nid de poule devant chez moi"));
        qInfo("routing over %lld articles: %lld ms", count(t.store(), QStringLiteral("articles")),
              timer.elapsed());
        QVERIFY(!pothole.isEmpty());
        QCOMPARE(pothole.first().service.name, kVoirie);
        const QStringList identity = serviceNames(routing.suggest(QStringLiteral("carte d'identité")));
        QVERIFY2(identity.contains(QStringLiteral("Mairie – service des titres d'identité")),
                 qPrintable(identity.join(u'|')));
        const QStringList food = serviceNames(routing.suggest(QStringLiteral("aide alimentaire")));
        QVERIFY2(food.contains(QStringLiteral("CCAS – accueil social")), qPrintable(food.join(u'|')));
    }

    // --- The draft's checks ------------------------------------------------------------------------

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("attachments");
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words"); // the error says this

        const QString name = QStringLiteral("ROUX Marie");
        const QString subject = QStringLiteral("Lampadaire en panne");
        const int phone = int(Request::Channel::Phone);
        const auto row = [&](const char *tag) -> QTestData & { return QTest::newRow(tag); };
        row("no name") << QString() << subject << QString() << QString() << QString() << QString() << QStringList()
                       << phone << "name" << "name is missing";
        row("blank name") << QStringLiteral("   ") << subject << QString() << QString() << QString() << QString()
                          << QStringList() << phone << "name" << "name is missing";
        row("name too long") << QString(201, u'x') << subject << QString() << QString() << QString() << QString()
                             << QStringList() << phone << "name" << "too long";
        row("no subject") << name << QString() << QString() << QString() << QString() << QString() << QStringList()
                          << phone << "subject" << "subject is missing";
        row("subject too long") << name << QString(301, u'a') << QString() << QString() << QString() << QString()
                                << QStringList() << phone << "subject" << "subject is too long";
        row("email without @") << name << subject << QString() << QStringLiteral("marie.roux.example.org")
                               << QString() << QString() << QStringList() << phone << "email" << "not valid";
        row("email without domain") << name << subject << QString() << QStringLiteral("marie@") << QString()
                                    << QString() << QStringList() << phone << "email" << "e-mail address";
        row("email without dot") << name << subject << QString() << QStringLiteral("marie@example") << QString()
                                 << QString() << QStringList() << phone << "email" << "e-mail address";
        row("email with a space") << name << subject << QString() << QStringLiteral("marie roux@example.org")
                                  << QString() << QString() << QStringList() << phone << "email" << "not valid";
        row("phone half typed") << name << subject << QStringLiteral("06 12") << QString() << QString() << QString()
                                << QStringList() << phone << "phone" << "phone number";
        row("phone in letters") << name << subject << QStringLiteral("abc") << QString() << QString() << QString()
                                << QStringList() << phone << "phone" << "not valid";
        row("phone too long") << name << subject << QStringLiteral("06 12 34 56 78 90") << QString() << QString()
                              << QString() << QStringList() << phone << "phone" << "too long";
        row("unknown service") << name << subject << QString() << QString() << QStringLiteral("Service des licornes")
                               << QString() << QStringList() << phone << "service" << "Unknown service";
        row("description too long") << name << subject << QString() << QString() << QString()
                                    << QString(4001, u'd') << QStringList() << phone << "description" << "too long";
        row("too many attachments") << name << subject << QString() << QString() << QString() << QString()
                                    << QStringList(21, QStringLiteral("photo")) << phone << "attachments"
                                    << "Too many attachments";
        row("empty attachment") << name << subject << QString() << QString() << QString() << QString()
                                << QStringList{QStringLiteral("Courrier du 12/11"), QStringLiteral("  ")} << phone
                                << "attachments" << "Attachment 2 is empty";
        row("attachment too long") << name << subject << QString() << QString() << QString() << QString()
                                   << QStringList{QString(201, u'p')} << phone << "attachments"
                                   << "Attachment 1 is too long";
        row("unknown channel") << name << subject << QString() << QString() << QString() << QString()
                               << QStringList() << 42 << "channel" << "channel";
    }

    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, service);
        QFETCH(QString, description);
        QFETCH(QStringList, attachments);
        QFETCH(int, channel);
        QFETCH(QString, field);
        QFETCH(QString, words);
        Request draft;
        draft.channel = static_cast<Request::Channel>(channel);
        draft.requesterName = name;
        draft.subject = subject;
        draft.requesterPhone = phone;
        draft.requesterEmail = email;
        draft.competentService = service;
        draft.description = description;
        draft.attachments = attachments;

        const RequestDraftCheck::Result checked = RequestDraftCheck::check(draft, ServiceDirectory(store()));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.errors.size(), 1); // only what is wrong is said
        QCOMPARE(RequestDraftCheck::fieldName(checked.errors.first().field), field);
        QVERIFY2(checked.message().contains(words, Qt::CaseInsensitive), qPrintable(checked.message()));

        const qint64 requests = count(store(), QStringLiteral("requests"));
        const qint64 events = count(store(), QStringLiteral("request_events"));
        const qint64 outbox = count(store(), QStringLiteral("outbox"));
        try {
            file(draft);
            QFAIL("filed");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(words, Qt::CaseInsensitive), qPrintable(error.message()));
        }
        QCOMPARE(count(store(), QStringLiteral("requests")), requests);
        QCOMPARE(count(store(), QStringLiteral("request_events")), events);
        QCOMPARE(count(store(), QStringLiteral("outbox")), outbox);
    }

    void listsEveryError()
    {
        Request draft;
        draft.requesterEmail = QStringLiteral("nobody@");
        draft.requesterPhone = QStringLiteral("12");
        const RequestDraftCheck::Result checked = RequestDraftCheck::check(draft, ServiceDirectory());
        QCOMPARE(checked.errors.size(), 4);
        for (const Field field : {Field::Name, Field::Phone, Field::Email, Field::Subject})
            QVERIFY(checked.hasError(field));
        QVERIFY(!checked.hasError(Field::Service));
        QVERIFY(!checked.message().contains(QLatin1Char('\n'))); // one line, for a log or the CLI
    }

    void normalisesWhatItStores()
    {
        Request draft = validDraft();
        draft.requesterName = QStringLiteral("  VERNIER   Odile ");
        draft.requesterPhone = QStringLiteral("+33 6 12 34 56 78");
        draft.requesterEmail = QStringLiteral(" Marie.Roux@Example.ORG ");
        draft.competentService = QStringLiteral("ccas - accueil social");
        draft.attachments = {QStringLiteral("  Courrier   du 12/11 ")};
        const RequestDraftCheck::Result checked = RequestDraftCheck::check(draft, ServiceDirectory(store()));
        QVERIFY2(checked.ok(), qPrintable(checked.message()));
        QCOMPARE(checked.draft.requesterName, QStringLiteral("VERNIER Odile"));
        QCOMPARE(checked.draft.requesterPhone, QStringLiteral("06 12 34 56 78"));
        QCOMPARE(checked.draft.requesterEmail, QStringLiteral("marie.roux@example.org"));
        QCOMPARE(checked.draft.competentService, QStringLiteral("CCAS – accueil social"));
        QCOMPARE(checked.draft.serviceContact,
                 QStringLiteral("CCAS – 4 rue Jean Jaurès · Du lundi au vendredi, 9 h – 12 h · 04 65 71 40 00"));
        QCOMPARE(checked.draft.attachments, QStringList{QStringLiteral("Courrier du 12/11")});
        // The ranges reserved for fiction (the demo city's visitors' mobiles) are accepted too.
        QCOMPARE(RequestDraftCheck::storedPhone(QStringLiteral("+33 6 39 98 00 01")), QStringLiteral("06 39 98 00 01"));
        QCOMPARE(RequestDraftCheck::storedPhone(QStringLiteral("0639980001")), QStringLiteral("06 39 98 00 01"));
        QString why;
        QCOMPARE(RequestDraftCheck::storedPhone(QStringLiteral("06 39 98 00"), &why), QString());
        QVERIFY(!why.isEmpty());
        // A foreign number keeps its country code.
        draft.requesterPhone = QStringLiteral("+44 20 7946 0958");
        QCOMPARE(RequestDraftCheck::check(draft, ServiceDirectory()).draft.requesterPhone,
                 QStringLiteral("+44 20 7946 0958"));
    }

    void createFillsTheServiceContact()
    {
        Request draft = validDraft();
        draft.competentService = QStringLiteral("service de l'eclairage public");
        draft.competence = Competence::Ville;
        draft.category = QStringLiteral("Éclairage public");
        draft.description = QStringLiteral("Depuis trois jours.");
        draft.requesterAddress = QStringLiteral("4 rue Ney, 69006 Lyon");
        draft.consent = true;
        draft.attachments = {QStringLiteral("Photo jointe au courriel du 12/11"), QStringLiteral("COUR-2026-118")};
        const qint64 outbox = count(store(), QStringLiteral("outbox"));
        const Request created = file(draft);
        QCOMPARE(count(store(), QStringLiteral("outbox")), outbox + 2);
        const std::optional<Request> stored = RequestRepository(store()).get(created.id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->competentService, QStringLiteral("Service de l'éclairage public"));
        QCOMPARE(stored->serviceContact,
                 QStringLiteral("Hôtel de Ville, 1 place de la Comédie · Du lundi au vendredi, 8 h 30 – 16 h 30 · "
                                "04 65 71 11 80"));
        QCOMPARE(stored->attachments, draft.attachments);
        QVERIFY(stored->consent);
        QCOMPARE(stored->requesterAddress, draft.requesterAddress);
        // A contact given with the draft is kept.
        draft.serviceContact = QStringLiteral("Permanence du mardi, 04 65 71 11 81");
        QCOMPARE(file(draft).serviceContact, draft.serviceContact);
    }

    // --- Open requests of the same requester on the same subject -----------------------------------

    void significantWords()
    {
        QCOMPARE(RequestDuplicates::significantWords(QStringLiteral("Demande d'aide alimentaire")),
                 QStringList{QStringLiteral("alimentair")}); // stems: plural and feminine endings off
        QCOMPARE(RequestDuplicates::significantWords(QStringLiteral("Nid-de-poule devant chez moi, 12 rue Ney")),
                 (QStringList{QStringLiteral("nid"), QStringLiteral("poul"), QStringLiteral("ney")}));
        QCOMPARE(RequestDuplicates::significantWords(QStringLiteral("Lampadaires éteints")),
                 (QStringList{QStringLiteral("lampadair"), QStringLiteral("eteint")}));
        QCOMPARE(RequestDuplicates::nameWords(QStringLiteral("Mme Hélène LEFÈVRE")),
                 (QStringList{QStringLiteral("helene"), QStringLiteral("lefevre")}));
    }

    void findsOpenRequestsOfTheSameRequester()
    {
        Request first;
        first.channel = Request::Channel::Counter;
        first.requesterName = QStringLiteral("BERANGER Hélène");
        first.requesterPhone = QStringLiteral("06 12 34 56 78");
        first.requesterEmail = QStringLiteral("helene.beranger@example.org");
        first.subject = QStringLiteral("Nid-de-poule devant le 12 rue Garibaldi");
        first.category = QStringLiteral("Voirie");
        const Request filed = file(first);
        // The same person's other request, on something else: never a duplicate.
        Request other = first;
        other.subject = QStringLiteral("Copie intégrale d'acte de naissance");
        other.category = QStringLiteral("État civil");
        const Request otherFiled = file(other);
        const RequestDuplicates duplicates(store());

        const auto expectFound = [&](const Request &draft, RequestDuplicate::SameRequester same, const char *why) {
            const QList<RequestDuplicate> found = duplicates.find(draft);
            QVERIFY2(found.size() == 1, why);
            QCOMPARE(found.first().request.id, filed.id);
            QCOMPARE(found.first().request.reference, filed.reference);
            QCOMPARE(found.first().request.dueDate, filed.dueDate);
            QVERIFY2(found.first().sameRequester == same, why);
        };
        Request draft;
        draft.requesterName = QStringLiteral("H. Béranger");
        draft.requesterPhone = QStringLiteral("+33 6 12 34 56 78"); // typed differently
        draft.subject = QStringLiteral("Trou dans la chaussée");
        draft.category = QStringLiteral("voirie");
        expectFound(draft, RequestDuplicate::SameRequester::Phone, "phone with +33, same category");
        QVERIFY(duplicates.find(draft).first().sameCategory);

        draft.category.clear();
        draft.requesterPhone = QStringLiteral("0612345678");
        draft.subject = QStringLiteral("Nid de poule toujours pas rebouché");
        expectFound(draft, RequestDuplicate::SameRequester::Phone, "phone without spaces, shared words");
        QCOMPARE(duplicates.find(draft).first().sharedWords, (QStringList{QStringLiteral("nid"), QStringLiteral("poul")}));

        draft.requesterPhone.clear();
        draft.requesterEmail = QStringLiteral("Helene.Beranger@Example.org");
        expectFound(draft, RequestDuplicate::SameRequester::Email, "e-mail in other case");

        draft.requesterEmail.clear();
        draft.requesterName = QStringLiteral("Hélène Béranger"); // other word order, accents
        expectFound(draft, RequestDuplicate::SameRequester::Name, "name with accents, other order");
        draft.requesterName = QStringLiteral("beranger helene");
        expectFound(draft, RequestDuplicate::SameRequester::Name, "name in lower case");
        draft.requesterName = QStringLiteral("Mme BÉRANGER Hélène");
        expectFound(draft, RequestDuplicate::SameRequester::Name, "name with a title");

        // Somebody else on the same subject, or the same person on another subject: no.
        draft.requesterName = QStringLiteral("BERANGER Marc");
        QVERIFY(duplicates.find(draft).isEmpty());
        draft.requesterName = QStringLiteral("BERANGER Hélène");
        draft.subject = QStringLiteral("Carte électorale non reçue");
        QVERIFY(duplicates.find(draft).isEmpty());
        // The request about the birth certificate is found on its own subject.
        draft.subject = QStringLiteral("Acte de naissance pour un dossier");
        QCOMPARE(duplicates.find(draft).first().request.id, otherFiled.id);

        // Answered or closed requests are not open any more.
        sql::exec(store().connection(), QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = ?"),
                  {filed.id});
        draft.subject = QStringLiteral("Nid de poule");
        QVERIFY(duplicates.find(draft).isEmpty());
        // Nothing to compare by: nothing found.
        QVERIFY(duplicates.find(Request{}).isEmpty());
    }

    void duplicateLookupsUseIndexes()
    {
        // Over a million requests only index lookups stay fast: no statement may scan `requests`.
        const auto plan = [this](const QString &statement, const QVariantList &values) {
            QStringList lines;
            QSqlQuery q = sql::exec(store().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement, values);
            while (q.next())
                lines << q.value(3).toString();
            return lines;
        };
        const QStringList requester = plan(RequestDuplicates::requesterStatement(),
                                           {QStringLiteral("33612345678"), QStringLiteral("a@b.fr"),
                                            QStringLiteral("ROUX Marie")});
        const QStringList name = plan(RequestDuplicates::nameStatement(), {QStringLiteral("requester_name : \"roux\"")});
        for (const QString &line : requester + name)
            QVERIFY2(!(line.startsWith(QLatin1String("SCAN requests")) && !line.contains(QLatin1String("VIRTUAL"))),
                     qPrintable((requester + name).join(u'\n')));
        const QString joined = requester.join(u'\n');
        for (const char *index : {"requests_phone_key", "requests_email", "requests_name"})
            QVERIFY2(joined.contains(QLatin1String(index)), qPrintable(joined));
        QVERIFY2(name.join(u'\n').contains(QLatin1String("requests_fts")), qPrintable(name.join(u'\n')));

        // And it answers at once over the demo's requests.
        Request draft = validDraft();
        draft.requesterPhone = QStringLiteral("04 65 71 12 34");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            RequestDuplicates(store()).find(draft);
        qInfo("duplicate lookup: %.2f ms", double(timer.nsecsElapsed()) / 20e6);
    }
};

QTEST_GUILESS_MAIN(TestRequestIntake)
#include "tst_requestintake.moc"
