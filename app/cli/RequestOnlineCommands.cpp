// guichet-cli requests find-online QUERY [--limit N] [--allow-http]
// Looks a request up on guichet-server, beyond this counter's retention window (DESIGN §4): the
// results are the server's, labelled as such, and are not kept on this counter. The server writes
// the search to its audit log.
#include "CliRuntime.h"
#include "core/TimeFormat.h"
#include "domain/Request.h"
#include "store/LocalStore.h"
#include "sync/OnlineRequestSearch.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace guichet {

namespace {

const QString kLabel = QStringLiteral("online (server) results");

QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? timefmt::toStore(utc) : QString();
}

QJsonObject requestJson(const Request &r)
{
    QJsonArray events;
    for (const RequestEvent &e : r.events)
        events << QJsonObject{{QStringLiteral("id"), e.id},
                              {QStringLiteral("at"), stamp(e.at)},
                              {QStringLiteral("kind"), RequestEvent::kindName(e.kind)},
                              {QStringLiteral("agent_id"), e.agentId},
                              {QStringLiteral("channel"), e.channel},
                              {QStringLiteral("text"), e.text}};
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("requester"), r.requesterName},
            {QStringLiteral("requester_phone"), r.requesterPhone},
            {QStringLiteral("requester_email"), r.requesterEmail},
            {QStringLiteral("requester_address"), r.requesterAddress},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("channel"), Request::channelName(r.channel)},
            {QStringLiteral("status"), Request::statusName(r.status)},
            {QStringLiteral("competent_service"), r.competentService},
            {QStringLiteral("created_at"), stamp(r.createdAt)},
            {QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("events"), events}};
}

} // namespace

int runRequestsFindOnline(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks requests up on the server, beyond what this counter keeps (its retention window): a reference "
        "or its start, a phone number (any spacing), an e-mail or its start, or words of the requester's name, "
        "the subject or the address (accents ignored, one typo tolerated). The results are labelled online "
        "(server) results and are not stored on this counter; the server logs the search."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QStringLiteral("At most N requests (1 to %1).").arg(OnlineRequestSearch::kMaxLimit), QStringLiteral("N"),
        QString::number(OnlineRequestSearch::kDefaultLimit));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"),
                                       QStringLiteral("Allow plain http:// to a host that is not this machine"));
    parser.addOptions({limit, allowHttp});
    const QString command = QStringLiteral("requests find-online");
    if (auto stop = runtime.parseArguments(parser, command, arguments))
        return *stop;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).simplified();
    if (query.isEmpty())
        return runtime.usage(
            QStringLiteral("%1: what to look for is needed (a reference, name, phone or e-mail)").arg(command));
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > OnlineRequestSearch::kMaxLimit)
        return runtime.usage(QStringLiteral("%1: --limit takes a number from 1 to %2")
                                 .arg(command)
                                 .arg(OnlineRequestSearch::kMaxLimit));

    QNetworkAccessManager nam;
    TokenStore tokens;
    const OnlineRequestSearch::Outcome outcome = OnlineRequestSearch::searchSignedIn(
        runtime.store(), tokens, nam, query, count, parser.isSet(allowHttp));
    if (!outcome.ok())
        return runtime.fail(QStringLiteral("online search failed: %1").arg(outcome.message.simplified()));

    QJsonArray list;
    QStringList lines{QStringLiteral("%1 for \"%2\" (not kept on this counter):").arg(kLabel, query)};
    for (const Request &r : outcome.requests) {
        list << requestJson(r);
        lines << QStringLiteral("  %1  %2  %3  %4  created %5  due %6")
                     .arg(r.reference, r.requesterName, r.subject, Request::statusName(r.status),
                          r.createdAt.date().toString(Qt::ISODate), r.dueDate.toString(Qt::ISODate));
    }
    if (outcome.requests.isEmpty())
        lines << QStringLiteral("  no request on the server matches");
    if (outcome.truncated)
        lines << QStringLiteral("  (more on the server: narrow the search or raise --limit)");
    return runtime.succeed({{QStringLiteral("source"), QStringLiteral("online")},
                            {QStringLiteral("label"), kLabel},
                            {QStringLiteral("query"), query},
                            {QStringLiteral("count"), int(outcome.requests.size())},
                            {QStringLiteral("truncated"), outcome.truncated},
                            {QStringLiteral("requests"), list}},
                           lines.join(QLatin1Char('\n')));
}

} // namespace guichet
