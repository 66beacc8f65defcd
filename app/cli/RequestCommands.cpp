// guichet-cli requests create --channel C --subject S --name N [--phone P] [--email E] [--service X]
#include "CliRuntime.h"
#include "domain/Request.h"
#include "repo/RequestRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>

namespace guichet {

namespace {

int runCreate(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Files a citizen's request at this counter: prints its reference and due date. Works offline; the "
        "request is sent to the server at the next sync."));
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
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("The competent service"),
                                     QStringLiteral("X"));
    parser.addOptions({channel, subject, name, phone, email, service});
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
    draft.competentService = parser.value(service);
    LocalStore &store = runtime.store();
    const SyncStateRepository state(store);
    draft.siteId = state.value(SyncStateRepository::CurrentSite);
    const Request created =
        RequestRepository(store).create(draft, state.value(SyncStateRepository::CurrentAgent));
    return runtime.succeed(
        {{QStringLiteral("id"), created.id},
         {QStringLiteral("reference"), created.reference},
         {QStringLiteral("due_date"), created.dueDate.toString(Qt::ISODate)}},
        QStringLiteral("%1  due %2").arg(created.reference, created.dueDate.toString(Qt::ISODate)));
}

} // namespace

int runRequestsCommand(CliRuntime &runtime, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return runtime.usage(QStringLiteral("requests: create is needed"));
    if (arguments.first() == QLatin1String("create"))
        return runCreate(runtime, arguments.mid(1));
    return runtime.usage(QStringLiteral("requests: unknown sub-command '%1'").arg(arguments.first()));
}

} // namespace guichet
