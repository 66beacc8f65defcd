// guichet-cli requests create --channel C --subject S --name N [--phone P] [--email E] [--service X]
#include "CliRuntime.h"
#include "domain/Request.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "requests/RequestDraftCheck.h"
#include "requests/RequestRouting.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace guichet {

namespace {

int runCreate(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Files a citizen's request at this counter: prints its reference, due date and competent service. "
        "Without --service, the service is routed from the subject (the knowledge base's \"where to go\"). "
        "Works offline; the request is sent to the server at the next sync. Bad input (no name or subject, "
        "an invalid e-mail or phone, an unknown service) writes nothing and exits 1."));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     QStringLiteral("counter, phone, mail, email, web or social"),
                                     QStringLiteral("C"), QStringLiteral("counter"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("What it is about"),
                                     QStringLiteral("S"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The requester's name"),
                                  QStringLiteral("N"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Phone number"),
                                   QStringLiteral("P"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("E-mail address"),
                                   QStringLiteral("E"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("The requester's postal address"),
                                     QStringLiteral("A"));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     QStringLiteral("The requester agrees to be contacted about the request"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Category (e.g. Voirie)"),
                                      QStringLiteral("T"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Details of the request"),
                                         QStringLiteral("D"));
    const QCommandLineOption attachment(QStringLiteral("attachment"),
                                        QStringLiteral("Reference of a document handed over (repeatable)"),
                                        QStringLiteral("REF"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     QStringLiteral("The competent service (one the knowledge base knows)"),
                                     QStringLiteral("X"));
    parser.addOptions({channel, subject, name, phone, email, address, consent, category, description, attachment,
                       service});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("requests create"), arguments))
        return *stop;
    bool channelOk = false;
    Request draft;
    draft.channel = Request::channelFromName(parser.value(channel), &channelOk);
    if (!channelOk)
        return runtime.usage(
            QStringLiteral("requests create: unknown channel '%1'").arg(parser.value(channel)));
    draft.subject = parser.value(subject);
    draft.requesterName = parser.value(name);
    draft.requesterPhone = parser.value(phone);
    draft.requesterEmail = parser.value(email);
    draft.requesterAddress = parser.value(address);
    draft.consent = parser.isSet(consent);
    draft.category = parser.value(category);
    draft.description = parser.value(description);
    draft.attachments = parser.values(attachment);
    draft.competentService = parser.value(service);
    LocalStore &store = runtime.store();
    const SyncStateRepository state(store);
    draft.siteId = state.value(SyncStateRepository::CurrentSite);

    // Where it goes: the service given, or the best route for the subject.
    RequestRouting routing(store);
    const QList<RequestRoute> routes = routing.suggest(draft.subject);
    const bool routed = draft.competentService.trimmed().isEmpty() && !routes.isEmpty();
    if (routed) {
        draft.competentService = routes.first().service.name;
        draft.competence = routes.first().competence;
        draft.articleId = routes.first().articleId;
    } else if (const std::optional<CompetentService> known = routing.directory().find(draft.competentService)) {
        draft.competence = known->competence;
        draft.articleId = known->articleId;
    }
    // Checked again by create(), which writes nothing when anything is wrong: one line per error here.
    const RequestDraftCheck::Result checked = RequestDraftCheck::check(draft, routing.directory());
    if (!checked.ok())
        return runtime.fail(QStringLiteral("requests create: ") + checked.message());

    const Request created =
        RequestRepository(store).create(draft, state.value(SyncStateRepository::CurrentAgent));
    QJsonArray suggestions;
    for (const RequestRoute &route : routes)
        suggestions.append(QJsonObject{{QStringLiteral("service"), route.service.name},
                                       {QStringLiteral("competence"), competenceToString(route.competence)},
                                       {QStringLiteral("contact"), route.service.contact()},
                                       {QStringLiteral("article_id"), route.articleId},
                                       {QStringLiteral("article_external_id"), route.articleExternalId},
                                       {QStringLiteral("article_title"), route.articleTitle}});
    QString text = QStringLiteral("%1  due %2").arg(created.reference, created.dueDate.toString(Qt::ISODate));
    if (created.competentService.isEmpty())
        text += QStringLiteral("\nservice: none (no route found for the subject; to be decided)");
    else
        text += QStringLiteral("\nservice: %1 (%2)%3")
                    .arg(created.competentService, Request::competenceName(created.competence),
                         routed ? QStringLiteral(", routed from the subject by %1 \"%2\"")
                                      .arg(routes.first().articleExternalId, routes.first().articleTitle)
                                : QString());
    if (!created.serviceContact.isEmpty())
        text += QStringLiteral("\ncontact: ") + created.serviceContact;
    return runtime.succeed(
        {{QStringLiteral("id"), created.id},
         {QStringLiteral("reference"), created.reference},
         {QStringLiteral("due_date"), created.dueDate.toString(Qt::ISODate)},
         {QStringLiteral("channel"), Request::channelName(created.channel)},
         {QStringLiteral("requester_phone"), created.requesterPhone},
         {QStringLiteral("category"), created.category},
         {QStringLiteral("attachments"), QJsonArray::fromStringList(created.attachments)},
         {QStringLiteral("competent_service"), created.competentService},
         {QStringLiteral("competence"), Request::competenceName(created.competence)},
         {QStringLiteral("service_contact"), created.serviceContact},
         {QStringLiteral("article_id"), created.articleId},
         {QStringLiteral("routed"), routed},
         {QStringLiteral("routing"), suggestions}},
        text);
}

} // namespace

int runRequestsCommand(CliRuntime &runtime, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return runtime.usage(QStringLiteral("requests: create is needed"));
    if (arguments.first() == QLatin1String("create"))
        return runCreate(runtime, arguments.mid(1));
    if (arguments.first() == QLatin1String("purge"))
        return runRequestsPurge(runtime, arguments.mid(1));
    if (arguments.first() == QLatin1String("retention"))
        return runRequestsRetention(runtime, arguments.mid(1));
    if (arguments.first() == QLatin1String("find-online"))
        return runRequestsFindOnline(runtime, arguments.mid(1));
    if (const std::optional<int> query = runRequestQueryCommand(runtime, arguments.first(), arguments.mid(1)))
        return *query;
    return runtime.usage(QStringLiteral("requests: unknown sub-command '%1'").arg(arguments.first()));
}

} // namespace guichet
