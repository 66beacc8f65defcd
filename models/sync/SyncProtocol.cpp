#include "sync/SyncProtocol.h"

#include <QJsonValue>

namespace guichet::protocol {

namespace {

bool need(const QJsonObject &object, const char *key, QJsonValue::Type type, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.type() == type)
        return true;
    if (error)
        *error = QStringLiteral("field '%1' is missing or has the wrong type").arg(QLatin1String(key));
    return false;
}

// Integers travel as JSON numbers; a double that is not a whole number is refused.
bool needInteger(const QJsonObject &object, const char *key, qint64 *out, QString *error)
{
    if (!need(object, key, QJsonValue::Double, error))
        return false;
    const double value = object.value(QLatin1String(key)).toDouble();
    if (value != static_cast<double>(static_cast<qint64>(value))) {
        if (error)
            *error = QStringLiteral("field '%1' must be a whole number").arg(QLatin1String(key));
        return false;
    }
    *out = static_cast<qint64>(value);
    return true;
}

std::optional<QJsonObject> optionalObject(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isObject())
        return value.toObject();
    return std::nullopt;
}

} // namespace

QString MutationResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Gap:
        return QStringLiteral("gap");
    case Outcome::Retry:
        return QStringLiteral("retry");
    }
    return QStringLiteral("retry");
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject object{{QStringLiteral("mutation_id"), mutationId},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("outcome"), outcomeName(outcome)},
                       {QStringLiteral("duplicate"), duplicate}};
    if (outcome == Outcome::Applied)
        object.insert(QStringLiteral("version"), version);
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (record)
        object.insert(QStringLiteral("record"), *record);
    if (outcome == Outcome::Gap)
        object.insert(QStringLiteral("expected_seq"), expectedSeq);
    return object;
}

std::optional<MutationResult> MutationResult::fromJson(const QJsonObject &object, QString *error)
{
    MutationResult result;
    if (!need(object, "mutation_id", QJsonValue::String, error) ||
        !needInteger(object, "seq", &result.seq, error) ||
        !need(object, "outcome", QJsonValue::String, error))
        return std::nullopt;
    result.mutationId = object.value(QLatin1String("mutation_id")).toString();
    const QString outcome = object.value(QLatin1String("outcome")).toString();
    if (outcome == QLatin1String("applied")) {
        result.outcome = Outcome::Applied;
        if (!needInteger(object, "version", &result.version, error))
            return std::nullopt;
    } else if (outcome == QLatin1String("rejected")) {
        result.outcome = Outcome::Rejected;
        if (!need(object, "reason", QJsonValue::String, error))
            return std::nullopt;
    } else if (outcome == QLatin1String("gap")) {
        result.outcome = Outcome::Gap;
        if (!needInteger(object, "expected_seq", &result.expectedSeq, error))
            return std::nullopt;
    } else if (outcome == QLatin1String("retry")) {
        result.outcome = Outcome::Retry;
    } else {
        if (error)
            *error = QStringLiteral("unknown outcome '%1'").arg(outcome);
        return std::nullopt;
    }
    result.duplicate = object.value(QLatin1String("duplicate")).toBool();
    result.reason = object.value(QLatin1String("reason")).toString();
    result.message = object.value(QLatin1String("message")).toString();
    result.record = optionalObject(object, "record");
    return result;
}

std::optional<Change> Change::fromJson(const QJsonObject &object, QString *error)
{
    Change change;
    if (!need(object, "entity", QJsonValue::String, error) ||
        !need(object, "id", QJsonValue::String, error) ||
        !needInteger(object, "version", &change.version, error) ||
        !need(object, "deleted", QJsonValue::Bool, error) || !need(object, "data", QJsonValue::Object, error))
        return std::nullopt;
    change.entity = object.value(QLatin1String("entity")).toString();
    change.id = object.value(QLatin1String("id")).toString();
    change.deleted = object.value(QLatin1String("deleted")).toBool();
    change.data = object.value(QLatin1String("data")).toObject();
    return change;
}

QJsonObject Rejection::toJson() const
{
    QJsonObject object{{QStringLiteral("seq"), seq},
                       {QStringLiteral("mutation_id"), mutationId},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("entity_id"), entityId},
                       {QStringLiteral("operation"), operation},
                       {QStringLiteral("payload"), payload},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("message"), message}};
    if (record)
        object.insert(QStringLiteral("record"), *record);
    return object;
}

std::optional<Rejection> Rejection::fromJson(const QJsonObject &object, QString *error)
{
    Rejection r;
    if (!needInteger(object, "seq", &r.seq, error) ||
        !need(object, "mutation_id", QJsonValue::String, error) ||
        !need(object, "entity", QJsonValue::String, error) ||
        !need(object, "entity_id", QJsonValue::String, error) ||
        !need(object, "reason", QJsonValue::String, error))
        return std::nullopt;
    r.mutationId = object.value(QLatin1String("mutation_id")).toString();
    r.entity = object.value(QLatin1String("entity")).toString();
    r.entityId = object.value(QLatin1String("entity_id")).toString();
    r.operation = object.value(QLatin1String("operation")).toString();
    r.payload = object.value(QLatin1String("payload")).toObject();
    r.reason = object.value(QLatin1String("reason")).toString();
    r.message = object.value(QLatin1String("message")).toString();
    r.record = optionalObject(object, "record");
    return r;
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject &object, QString *error)
{
    PullPage page;
    if (!need(object, "epoch", QJsonValue::String, error) ||
        !need(object, "changes", QJsonValue::Array, error) ||
        !needInteger(object, "next_cursor", &page.nextCursor, error) ||
        !need(object, "has_more", QJsonValue::Bool, error) ||
        !need(object, "device", QJsonValue::Object, error))
        return std::nullopt;
    page.epoch = object.value(QLatin1String("epoch")).toString();
    page.hasMore = object.value(QLatin1String("has_more")).toBool();
    const QJsonObject device = object.value(QLatin1String("device")).toObject();
    if (!needInteger(device, "last_seq", &page.deviceLastSeq, error))
        return std::nullopt;
    const QJsonArray changes = object.value(QLatin1String("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("a change is not an object");
            return std::nullopt;
        }
        auto change = Change::fromJson(value.toObject(), error);
        if (!change)
            return std::nullopt;
        page.changes << std::move(*change);
    }
    for (const QJsonValue &value : device.value(QLatin1String("rejected")).toArray()) {
        auto rejection = Rejection::fromJson(value.toObject(), error);
        if (!rejection)
            return std::nullopt;
        page.rejected << std::move(*rejection);
    }
    for (const QJsonValue &value : device.value(QLatin1String("confirmed")).toArray()) {
        auto change = value.isObject() ? Change::fromJson(value.toObject(), error) : std::nullopt;
        if (!change) {
            if (error && error->isEmpty())
                *error = QStringLiteral("a confirmed record is not an object");
            return std::nullopt;
        }
        page.confirmed << std::move(*change);
    }
    return page;
}

QJsonObject mutationToJson(const Mutation &m)
{
    return QJsonObject{{QStringLiteral("mutation_id"), m.mutationId},
                       {QStringLiteral("seq"), m.seq},
                       {QStringLiteral("entity"), m.entity},
                       {QStringLiteral("entity_id"), m.entityId},
                       {QStringLiteral("operation"), Mutation::operationName(m.operation)},
                       {QStringLiteral("payload"), m.payload},
                       {QStringLiteral("base_version"), m.baseVersion}};
}

std::optional<Mutation> mutationFromJson(const QJsonObject &object, QString *error)
{
    Mutation m;
    if (!need(object, "mutation_id", QJsonValue::String, error) ||
        !needInteger(object, "seq", &m.seq, error) || !need(object, "entity", QJsonValue::String, error) ||
        !need(object, "entity_id", QJsonValue::String, error) ||
        !need(object, "operation", QJsonValue::String, error) ||
        !need(object, "payload", QJsonValue::Object, error) ||
        !needInteger(object, "base_version", &m.baseVersion, error))
        return std::nullopt;
    const QString operation = object.value(QLatin1String("operation")).toString();
    if (operation != QLatin1String("create") && operation != QLatin1String("update") &&
        operation != QLatin1String("delete")) {
        if (error)
            *error = QStringLiteral("operation must be create, update or delete");
        return std::nullopt;
    }
    m.mutationId = object.value(QLatin1String("mutation_id")).toString();
    m.entity = object.value(QLatin1String("entity")).toString();
    m.entityId = object.value(QLatin1String("entity_id")).toString();
    m.operation = Mutation::operationFromName(operation);
    m.payload = object.value(QLatin1String("payload")).toObject();
    if (m.seq <= 0 || m.mutationId.isEmpty() || m.entityId.isEmpty()) {
        if (error)
            *error = QStringLiteral("seq must be positive; mutation_id and entity_id must not be empty");
        return std::nullopt;
    }
    return m;
}

} // namespace guichet::protocol
