#include "itemmodels/SyncLabels.h"

#include "domain/Appointment.h"
#include "domain/AppointmentStatusLabel.h"
#include "domain/Request.h"
#include "itemmodels/RequestLabels.h"
#include "sync/SyncProtocol.h"

#include <QStringList>

namespace guichet {

namespace {

constexpr int kMaxPart = 60;

// The first non-empty text among `keys`, looked up in the change, then the server's record, then
// the local one (an update carries only what changed: the name comes from the record).
QString firstText(const SyncConflict &c, std::initializer_list<const char *> keys)
{
    QList<const QJsonObject *> sources{&c.payload};
    if (c.serverRecord)
        sources << &*c.serverRecord;
    sources << &c.localRecord;
    for (const QJsonObject *source : std::as_const(sources)) {
        for (const char *key : keys) {
            const QString text = source->value(QLatin1String(key)).toString().simplified();
            if (!text.isEmpty())
                return text.size() > kMaxPart ? text.left(kMaxPart - 1) + QChar(0x2026) : text;
        }
    }
    return {};
}

QString statusLabel(const QString &entity, const QString &status)
{
    bool ok = false;
    if (entity == QLatin1String("appointments")) {
        const Appointment::Status value = Appointment::statusFromName(status, &ok);
        if (ok)
            return appointmentStatusLabel(value);
    } else if (entity == QLatin1String("requests")) {
        const Request::Status value = Request::statusFromName(status, &ok);
        if (ok)
            return RequestLabels::status(value);
    }
    return status;
}

} // namespace

QString SyncLabels::reason(const QString &code)
{
    if (code == protocol::reason::SlotFull)
        return tr("The slot is full");
    if (code == protocol::reason::StaleVersion)
        return tr("Changed meanwhile at another counter");
    if (code == protocol::reason::Forbidden)
        return tr("Not allowed for this agent or site");
    if (code == protocol::reason::Invalid)
        return tr("Refused as invalid");
    if (code == protocol::reason::NotFound)
        return tr("No longer exists");
    if (code == protocol::reason::Duplicate)
        return tr("Reference already taken");
    if (code == protocol::reason::Unprocessable)
        return tr("The server could not process it");
    return tr("Refused by the server");
}

QString SyncLabels::wayForward(const QString &code)
{
    if (code == protocol::reason::SlotFull)
        return tr("Book another slot for the visitor.");
    if (code == protocol::reason::StaleVersion)
        return tr("Check the record and apply your change again.");
    if (code == protocol::reason::Forbidden)
        return tr("Ask a supervisor of the site to make this change.");
    if (code == protocol::reason::Invalid)
        return tr("Correct what was entered, then save it again.");
    if (code == protocol::reason::NotFound)
        return tr("Nothing left to change: dismiss it, or create the record again if it is still needed.");
    if (code == protocol::reason::Duplicate)
        return tr("Enter it again as a new record: it will get a reference of its own.");
    if (code == protocol::reason::Unprocessable)
        return tr("Send it again later; if it is refused again, call IT support.");
    return tr("Check the record, then send the change again or dismiss it.");
}

QString SyncLabels::entity(const QString &entity)
{
    if (entity == QLatin1String("appointments"))
        return tr("Appointment");
    if (entity == QLatin1String("requests"))
        return tr("Request");
    if (entity == QLatin1String("request_events"))
        return tr("Request history");
    if (entity == QLatin1String("call_logs"))
        return tr("Interpreter call");
    if (entity == QLatin1String("articles") || entity == QLatin1String("article_versions"))
        return tr("Knowledge-base article");
    if (entity == QLatin1String("article_favourites"))
        return tr("Favourite article");
    if (entity == QLatin1String("article_feedback"))
        return tr("Article feedback");
    if (entity == QLatin1String("sites") || entity == QLatin1String("site_closures"))
        return tr("Site");
    if (entity == QLatin1String("schedules") || entity == QLatin1String("services"))
        return tr("Service");
    if (entity == QLatin1String("agents"))
        return tr("Agent");
    if (entity == QLatin1String("interpreter_providers"))
        return tr("Interpreting service");
    return entity;
}

QString SyncLabels::operation(Mutation::Operation operation)
{
    switch (operation) {
    case Mutation::Operation::Create:
        return tr("New");
    case Mutation::Operation::Update:
        return tr("Change");
    case Mutation::Operation::Delete:
        return tr("Deletion");
    }
    return {};
}

QString SyncLabels::summary(const SyncConflict &c)
{
    QStringList parts;
    const QString who =
        firstText(c, {"visitor_name", "requester_name", "title", "display_name", "name", "reference"});
    if (!who.isEmpty())
        parts << who;
    const QString what = firstText(c, {"subject", "text"});
    if (!what.isEmpty())
        parts << what;
    const QString status = c.payload.value(QLatin1String("status")).toString();
    if (!status.isEmpty())
        parts << statusLabel(c.entity, status);
    if (c.operation == Mutation::Operation::Delete || parts.isEmpty())
        parts << operation(c.operation);
    return tr("%1: %2").arg(entity(c.entity), parts.join(QStringLiteral(" — ")));
}

} // namespace guichet
